// Texts of paying for an order on its public page, in German.
import type { PaymentTexts } from './payments-fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const paymentsDe: PaymentTexts = {
  total: 'Gesamt',
  status: {
    free: 'Nichts zu zahlen: Ihre Plätze sind kostenlos.',
    toPay: 'Zu zahlen',
    partlyPaid: 'Teilweise bezahlt',
    paid: 'Bezahlt',
    refunded: 'Erstattet',
  },
  paidSoFar: 'Bereits bezahlt',
  leftToPay: 'Noch zu zahlen',
  payTitle: 'Zahlung',
  payOnSite: 'Sie können am Konzerttag vor Ort zahlen: bar, per Scheck oder mit Kulturgutscheinen.',
  payOnline: 'Online mit HelloAsso bezahlen',
  payOnlineText:
    'Oder zahlen Sie jetzt per Karte bei HelloAsso, der Zahlungsplattform für Vereine. Tutti sieht Ihre Karte nie.',
  paidText: 'Vielen Dank: Ihre Reservierung ist bezahlt.',
  returned:
    'Vielen Dank. HelloAsso bestätigt uns Ihre Zahlung in wenigen Augenblicken: Laden Sie diese Seite neu, um sie zu sehen.',
  failed: 'Die Zahlung ist nicht durchgegangen. Versuchen Sie es erneut oder zahlen Sie vor Ort.',
  pending: (n: number) =>
    `${n} ${plural(n, 'Online-Zahlung begonnen', 'Online-Zahlungen begonnen')}, wartet auf die Bestätigung von HelloAsso.`,
  continueTitle: 'Bei HelloAsso bezahlen',
  continueText: (amount: string) =>
    `Sie zahlen ${amount} bei HelloAsso. HelloAsso ist für den Verein kostenlos; es schlägt Ihnen einen freiwilligen Beitrag zu seinem Betrieb vor, den Sie auf 0 € setzen können.`,
  continue: 'Weiter zu HelloAsso',
  back: 'Zurück zu meiner Reservierung',
  nothingDueTitle: 'Nichts zu zahlen',
  nothingDueText: 'Für diese Reservierung ist nichts mehr zu zahlen.',
  unavailableTitle: 'Online-Zahlung nicht verfügbar',
  unavailableText:
    'HelloAsso antwortet gerade nicht. Versuchen Sie es in einigen Minuten erneut oder zahlen Sie vor Ort.',
  itemName: (seats: number, concert: string, date: string) =>
    `${seats} ${plural(seats, 'Platz', 'Plätze')} — ${concert} — ${date}`,
  refundedText: (amount: string) => `${amount} wurden Ihnen erstattet.`,
  refund: {
    subject: (concert: string) => `Erstattung: ${concert}`,
    how: {
      cash: 'in bar',
      cheque: 'per Scheck',
      transfer: 'per Überweisung',
      helloasso: 'auf die Karte, mit der Sie online bezahlt haben (HelloAsso)',
    },
    text: (m) =>
      `Guten Tag ${m.name},\n\nwir erstatten Ihnen ${m.amount} ${m.how} für Ihre Reservierung für „${m.concert}“ (${m.when}).\n\nGrund: ${m.reason}\n\n${m.kept ? `Ihre Reservierung bleibt in Höhe von ${m.kept} bezahlt.` : 'Sie schulden uns für diese Reservierung nichts.'}\n\nIhre Reservierung:\n${m.link}\n\n${m.organisation}`,
  },
};
