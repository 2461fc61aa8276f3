// Texts of group orders (a class or a nursery), in German.
import type { GroupOrderTexts } from './group-orders.fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const children = (n: number) => `${n} ${plural(n, 'Kind', 'Kinder')}`;
const adults = (n: number) => `${n} ${plural(n, 'Erwachsene/r', 'Erwachsene')}`;

export const groupOrdersDe: GroupOrderTexts = {
  children,
  adults,
  linkTitle: 'Schulen und Kitas',
  linkText:
    'Sie kommen mit einer Klasse oder einer Kita? Buchen Sie für die ganze Gruppe auf einmal.',
  linkAction: 'Für eine Gruppe buchen',
  title: 'Für eine Klasse oder eine Kita buchen',
  lead: (hours) =>
    `Eine Buchung für die Kinder und die Erwachsenen, die sie begleiten. Die Leitung der Einrichtung bestätigt sie über einen Link per E-Mail; die Plätze werden so lange ${hours} Stunden freigehalten.`,
  kindLegend: 'Einrichtung',
  kind: { school: 'Schule (eine Klasse)', nursery: 'Kita oder Krippe' },
  establishmentLabel: 'Name der Einrichtung',
  groupLabel: 'Klasse oder Gruppe (freiwillig)',
  groupHint: 'Zum Beispiel „3b“ oder „Bärengruppe“.',
  childrenLabel: 'Kinder',
  adultsLabel: 'Begleitende Erwachsene',
  contactNameLabel: 'Ihr Name',
  contactEmailLabel: 'Ihre E-Mail-Adresse',
  contactPhoneLabel: 'Ihr Telefon (freiwillig)',
  headEmailLabel: 'E-Mail-Adresse der Leitung',
  headHint: 'Die Leitung der Einrichtung erhält dort einen Link, um die Buchung zu bestätigen.',
  accessLabel: 'Barrierefreiheit (freiwillig)',
  accessHint: 'Rollstuhl, Kinderwagen, Begleitung … Nur das Organisationsteam liest es.',
  submit: 'Anfrage senden',
  errorsTitle: 'Die Anfrage ist nicht gespeichert',
  problem: {
    kind: 'Wählen Sie die Art der Einrichtung.',
    establishment: 'Geben Sie den Namen der Einrichtung an.',
    group: 'Dieser Name ist zu lang (höchstens 120 Zeichen).',
    children: (max) => `Geben Sie die Zahl der Kinder an, von 1 bis ${max}.`,
    adults: (max) => `Geben Sie die Zahl der Erwachsenen an, von 1 bis ${max}.`,
    contactName: 'Geben Sie Ihren Namen an.',
    email: 'Diese E-Mail-Adresse ist ungültig.',
    phone: 'Geben Sie die Nummer im internationalen Format an, zum Beispiel +49 151 23456789.',
    access: 'Dieser Text ist zu lang (höchstens 500 Zeichen).',
    soldOut: (n) =>
      n === 0
        ? 'Es ist kein Platz mehr frei.'
        : `Für die Gruppe ${n === 1 ? 'ist nur noch 1 Platz' : `sind nur noch ${n} Plätze`} frei.`,
    closed: 'Buchungen für dieses Konzert sind geschlossen.',
  },
  orderTitle: 'Gruppenbuchung',
  status: {
    pending: (until) =>
      `Wartet bis ${until} auf die Bestätigung der Leitung. Ohne Bestätigung bis dahin werden die Plätze freigegeben.`,
    confirmed: 'Von der Leitung der Einrichtung bestätigt.',
    declined: 'Von der Leitung der Einrichtung abgelehnt; die Plätze sind freigegeben.',
    released: 'Nicht rechtzeitig bestätigt; die Plätze wurden freigegeben.',
    cancelled: 'Storniert.',
  },
  statusTitle: 'Stand',
  who: 'Gruppe',
  priceNote: 'Der Preis für Gruppen wird mit dem Organisationsteam vereinbart.',
  headTitle: 'Eine Gruppenbuchung bestätigen',
  headLead: (contact) =>
    `${contact} hat diese Plätze im Namen Ihrer Einrichtung angefragt. Bestätigen Sie diese Buchung?`,
  confirm: 'Buchung bestätigen',
  decline: 'Ablehnen',
  confirmedTitle: 'Buchung bestätigt',
  confirmedText:
    'Danke: Die Buchung ist bestätigt, die Person, die sie angefragt hat, ist informiert.',
  declinedTitle: 'Buchung abgelehnt',
  declinedText:
    'Die Buchung ist abgelehnt und die Plätze sind frei; die Person, die sie angefragt hat, ist informiert.',
  expiredTitle: 'Frist abgelaufen',
  expiredText: 'Die Frist zur Bestätigung ist vorbei: Die Plätze wurden freigegeben.',
  missingTitle: 'Link nicht gefunden',
  missingText: 'Zu diesem Link gibt es keine Gruppenbuchung. Prüfen Sie den erhaltenen Link.',
  mail: {
    headSubject: (establishment) => `Zu bestätigen: Gruppenbuchung — ${establishment}`,
    head: (m) =>
      `Guten Tag,\n\n${m.contact} hat im Namen von „${m.establishment}“ ${children(m.children)} und ${adults(m.adults)} für „${m.concert}“ (${m.when}) gebucht.\n\nBitte bestätigen (oder ablehnen) Sie bis ${m.until}:\n${m.link}\n\nOhne Bestätigung bis dahin werden die Plätze freigegeben.\nWenn Sie diese Anfrage nicht kennen, lehnen Sie sie ab oder ignorieren Sie diese Nachricht.\n\n${m.organisation}`,
    receivedSubject: (concert) => `Anfrage einer Gruppenbuchung: ${concert}`,
    received: (m) =>
      `Guten Tag ${m.contact},\n\nIhre Anfrage für „${m.establishment}“ ist gespeichert: ${children(m.children)} und ${adults(m.adults)} für „${m.concert}“ (${m.when}). Sie wartet bis ${m.until} auf die Bestätigung der Leitung (${m.head}).\n\nBuchung verfolgen:\n${m.link}\n\n${m.organisation}`,
    confirmedSubject: (concert) => `Gruppenbuchung bestätigt: ${concert}`,
    confirmed: (m) =>
      `Guten Tag ${m.contact},\n\ndie Leitung hat die Buchung von „${m.establishment}“ für „${m.concert}“ (${m.when}) bestätigt: ${children(m.children)} und ${adults(m.adults)}.\n\nIhre Buchung und ihr Code für den Einlass:\n${m.link}\n\n${m.organisation}`,
    declinedSubject: (concert) => `Gruppenbuchung abgelehnt: ${concert}`,
    declined: (m) =>
      `Guten Tag ${m.contact},\n\ndie Leitung hat die Buchung von „${m.establishment}“ für „${m.concert}“ (${m.when}) abgelehnt. Die Plätze sind freigegeben.\n\n${m.link}\n\n${m.organisation}`,
    releasedSubject: (concert) => `Gruppenbuchung nicht bestätigt: ${concert}`,
    released: (m) =>
      `Guten Tag ${m.contact},\n\ndie Buchung von „${m.establishment}“ für „${m.concert}“ (${m.when}) wurde nicht rechtzeitig von der Leitung bestätigt: Die Plätze wurden freigegeben. Sie können auf der Seite des Konzerts erneut anfragen.\n\n${m.link}\n\n${m.organisation}`,
  },
};
