// Texts of a concert's waiting list and of the "lost your booking link?" form, in German.
import type { EntryMail, WaitingListTexts } from './waiting-list.fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const seats = (n: number) => `${n} ${plural(n, 'Platz', 'Plätze')}`;

export const waitingListDe: WaitingListTexts = {
  seats,
  title: 'Warteliste',
  lead: 'Ausverkauft, oder nicht genug Plätze für Sie? Tragen Sie sich ein: Werden Plätze frei, bieten wir sie Ihnen per E-Mail an und halten sie eine begrenzte Zeit für Sie frei.',
  partyLabel: 'Gewünschte Anzahl Plätze',
  nameLabel: 'Name',
  emailLabel: 'E-Mail-Adresse',
  emailHint: 'Angebote für Plätze werden dorthin geschickt.',
  phoneLabel: 'Telefon (freiwillig)',
  submit: 'Auf die Warteliste setzen',
  errorsTitle: 'Die Eintragung ist nicht gespeichert',
  problem: {
    name: 'Geben Sie einen Namen an.',
    email:
      'Geben Sie eine gültige E-Mail-Adresse an: Angebote für Plätze werden dorthin geschickt.',
    phone: 'Geben Sie die Nummer im internationalen Format an, zum Beispiel +49 151 23456789.',
    party: (max) => `Geben Sie eine Anzahl Plätze an, von 1 bis ${max}.`,
    seatsAvailable: (n) =>
      `Es ${n === 1 ? 'ist' : 'sind'} noch ${seats(n)} frei: Buchen Sie direkt.`,
    closed: 'Buchungen für dieses Konzert sind geschlossen.',
  },
  entryTitle: 'Ihre Eintragung auf der Warteliste',
  waiting: (place, n) => `Sie sind Nr. ${place} auf der Warteliste, für ${seats(n)}.`,
  waitingNext: (hours) =>
    `Werden Plätze frei, schreiben wir Ihnen; sie werden ${hours} Stunden für Sie freigehalten. Bewahren Sie diese Seite auf: Über ihre Adresse können Sie sich austragen.`,
  offeredTitle: 'Plätze warten auf Sie',
  offered: (n, until) =>
    `${seats(n)} ${plural(n, 'wird', 'werden')} bis ${until} für Sie freigehalten. Wählen Sie Ihre Tarife und bestätigen Sie.`,
  confirm: 'Buchung bestätigen',
  bookedTitle: 'Buchung bestätigt',
  booked: 'Sie haben die angebotenen Plätze angenommen.',
  orderLink: 'Meine Buchung ansehen',
  leftTitle: 'Sie haben die Warteliste verlassen',
  left: 'Ihre Eintragung ist gelöscht. Danke für die Nachricht.',
  lapsedTitle: 'Das Angebot ist abgelaufen',
  lapsed: 'Die angebotenen Plätze gingen an die nächste Person auf der Liste.',
  leaveTitle: 'Sie kommen nicht?',
  leaveText: 'Tragen Sie sich aus: Die Plätze gehen an andere.',
  leave: 'Warteliste verlassen',
  tooManySeats: (n) => `Höchstens ${seats(n)}: die angebotene Anzahl.`,
  noOffer: 'Dieses Angebot gilt nicht mehr.',
  missingTitle: 'Eintragung nicht gefunden',
  missingText: 'Zu dieser Adresse gibt es keine Eintragung. Prüfen Sie den erhaltenen Link.',
  lostTitle: 'Buchungslink verloren?',
  lostLead:
    'Geben Sie die E-Mail-Adresse an, die Sie beim Buchen angegeben haben: Wir schicken Ihnen den Link jeder kommenden Buchung erneut.',
  lostSubmit: 'Links zuschicken',
  lostSentTitle: 'Anfrage erhalten',
  lostSentText:
    'Wenn unter dieser Adresse kommende Buchungen gespeichert sind, ist eine Nachricht mit ihren Links unterwegs. Sehen Sie auch im Spam-Ordner nach.',
  lostBadEmail: 'Diese E-Mail-Adresse ist ungültig.',
  tooManyTitle: 'Zu viele Anfragen',
  tooManyText: 'Zu viele Anfragen von dieser Verbindung. Versuchen Sie es in einer Stunde erneut.',
  mail: {
    joinedSubject: (concert) => `Warteliste: ${concert}`,
    joined: (m: EntryMail) =>
      `Guten Tag ${m.name},\n\nSie stehen auf der Warteliste für „${m.concert}“ (${m.when}), für ${seats(m.seats)}. Werden Plätze frei, schreiben wir Ihnen.\n\nIhre Eintragung, und wie Sie sich austragen:\n${m.link}\n\n${m.organisation}`,
    offerSubject: (concert) => `Plätze für Sie: ${concert}`,
    offer: (m) =>
      `Guten Tag ${m.name},\n\nFür „${m.concert}“ (${m.when}) ${plural(m.seats, 'ist', 'sind')} ${seats(m.seats)} frei geworden. Sie ${plural(m.seats, 'wird', 'werden')} bis ${m.until} für Sie freigehalten.\n\nHier bestätigen:\n${m.link}\n\nWenn Sie nicht mehr kommen, tragen Sie sich über denselben Link aus: Die Plätze gehen an andere.\n\n${m.organisation}`,
    linksSubject: (organisation) => `Ihre Buchungen — ${organisation}`,
    links: (lines, organisation) =>
      `Guten Tag,\n\nhier ist der Link jeder Ihrer kommenden Buchungen und Eintragungen:\n\n${lines.join('\n\n')}\n\nJeder Link ist persönlich: Geben Sie ihn nicht weiter.\nWenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht.\n\n${organisation}`,
    orderLine: (concert, when, n, link) => `„${concert}“ (${when}), ${seats(n)}:\n${link}`,
    entryLine: (concert, when, n, link) =>
      `„${concert}“ (${when}), Warteliste für ${seats(n)}:\n${link}`,
  },
};
