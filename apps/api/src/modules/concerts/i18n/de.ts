// Texts of a concert's public tickets, booking form and order page, in German.
import type { ConcertTexts } from './fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const euro = (cents: number) =>
  `${new Intl.NumberFormat('de-DE', { minimumFractionDigits: cents % 100 ? 2 : 0 }).format(cents / 100)} €`;

export const de: ConcertTexts = {
  euro,
  concert: 'Konzert',
  tariffKind: {
    free: 'Kostenlos',
    solidarity: 'Solidaritätspreis',
    reduced: 'Ermäßigt',
    full: 'Normalpreis',
    supporter: 'Förderpreis',
    payWhatYouCan: 'Zahl, was du kannst',
  },
  free: 'kostenlos',
  range: (floor, ceiling) => `von ${euro(floor)} bis ${euro(ceiling)}, nach Ihren Möglichkeiten`,
  supporterNote: 'Sie zahlen etwas mehr und schenken so einen Solidaritätsplatz',
  ticketsTitle: 'Preise und Plätze',
  seatsLeft: (n) => (n === 0 ? 'Ausverkauft' : `noch ${n} ${plural(n, 'Platz', 'Plätze')} frei`),
  tariffSeatsLeft: (n) =>
    n === 0
      ? 'zu diesem Preis ausverkauft'
      : `${n} ${plural(n, 'Platz', 'Plätze')} zu diesem Preis`,
  supporterFunded: (n) =>
    `${n} ${plural(n, 'Solidaritätsplatz', 'Solidaritätsplätze')} durch Förderkarten finanziert`,
  payAtDoor: 'Sie zahlen vor Ort, am Tag des Konzerts.',
  closed: 'Die Buchungen für dieses Konzert sind geschlossen.',
  bookTitle: 'Buchen',
  bookLead:
    'Ohne Konto: ein Name und eine Möglichkeit, Sie zu erreichen. Eine Buchung für die ganze Familie.',
  seatsLegend: 'Anzahl der Plätze je Preis',
  amountLabel: (tariff) => `${tariff}: Betrag pro Platz, in Euro`,
  nameLabel: 'Name',
  emailLabel: 'E-Mail-Adresse',
  phoneLabel: 'Oder Telefonnummer',
  phoneHint: 'Im internationalen Format, zum Beispiel +49 151 2345 6789.',
  accessLabel: 'Bedürfnisse für die Barrierefreiheit (freiwillig)',
  accessHint: 'Rollstuhl, Begleitung, Induktionsschleife … Nur die Veranstalter lesen es.',
  submit: 'Buchen',
  errorsTitle: 'Die Buchung wurde nicht gespeichert',
  problem: {
    name: 'Geben Sie einen Namen an.',
    contact: 'Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.',
    email: 'Diese E-Mail-Adresse ist ungültig.',
    phone: 'Geben Sie die Nummer im internationalen Format an, zum Beispiel +49 151 2345 6789.',
    noSeat: 'Wählen Sie mindestens einen Platz.',
    tooMany: (max) => `Höchstens ${max} Plätze pro Buchung.`,
    soldOut: (n) =>
      n === 0
        ? 'Es sind keine Plätze mehr frei.'
        : `Nur noch ${n} ${plural(n, 'Platz', 'Plätze')} frei.`,
    amount: (floor, ceiling) => `Wählen Sie einen Betrag von ${euro(floor)} bis ${euro(ceiling)}.`,
    access: 'Dieser Text ist zu lang (höchstens 500 Zeichen).',
    closed: 'Die Buchungen für dieses Konzert sind geschlossen.',
    unknown: 'Diesen Preis gibt es nicht mehr: Laden Sie die Seite neu.',
  },
  orderTitle: 'Ihre Buchung',
  orderLead:
    'Bewahren Sie diese Seite auf: Ihre Adresse ist Ihr Ticket. Zeigen Sie den Code am Eingang.',
  orderFor: 'Gebucht von',
  seats: (n) => `${n} ${plural(n, 'Platz', 'Plätze')}`,
  total: 'Vor Ort zu zahlen',
  qrAlt: 'QR-Code Ihrer Buchung, am Eingang vorzuzeigen',
  code: 'Buchungscode',
  calendar: 'Zu meinem Kalender hinzufügen',
  cancelTitle: 'Sie können nicht mehr kommen?',
  cancelText: 'Stornieren Sie: Ihre Plätze gehen an andere.',
  cancel: 'Meine Buchung stornieren',
  cancelledTitle: 'Buchung storniert',
  cancelledText: 'Diese Buchung ist storniert; ihre Plätze sind wieder frei.',
  missingTitle: 'Buchung nicht gefunden',
  missingText: 'Diese Adresse gehört zu keiner Buchung. Prüfen Sie den erhaltenen Link.',
  crossSiteTitle: 'Anfrage abgelehnt',
  crossSiteText:
    'Dieses Formular wurde von einer anderen Website gesendet. Öffnen Sie die Seite des Konzerts und versuchen Sie es erneut.',
  backToConcert: 'Zurück zum Konzert',
  offeredSeats: (n) => `${n} ${plural(n, 'Freiplatz', 'Freiplätze')} für Sie`,
  offeredTotal: 'Nichts zu bezahlen: Diese Plätze werden Ihnen geschenkt.',
};
