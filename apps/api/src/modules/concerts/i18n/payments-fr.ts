// Texts of paying for an order on its public page, in French: the reference.
import type { OrderPaymentStatus, RefundMethod } from '@tutti/contracts';

/** What a refund's e-mail says: amounts already written in the reader's language. */
export type RefundMail = {
  name: string;
  amount: string;
  how: string;
  concert: string;
  when: string;
  reason: string;
  /** What the order still keeps, or null when nothing. */
  kept: string | null;
  link: string;
  organisation: string;
};

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

export const paymentsFr = {
  total: 'Total',
  status: {
    free: 'Rien à payer : vos places sont gratuites.',
    toPay: 'À payer',
    partlyPaid: 'Payé en partie',
    paid: 'Payé',
    refunded: 'Remboursé',
  } satisfies Record<OrderPaymentStatus, string>,
  paidSoFar: 'Déjà payé',
  leftToPay: 'Reste à payer',
  payTitle: 'Paiement',
  payOnSite:
    'Vous pouvez régler sur place, le jour du concert : espèces, chèque ou chèques culture.',
  payOnline: 'Payer en ligne avec HelloAsso',
  payOnlineText:
    'Ou payez dès maintenant par carte sur HelloAsso, la plateforme de paiement des associations. Tutti ne voit jamais votre carte.',
  paidText: 'Merci : votre réservation est réglée.',
  returned:
    'Merci. HelloAsso nous confirme votre paiement dans quelques instants : rechargez cette page pour voir son état.',
  failed: 'Le paiement n’a pas abouti. Vous pouvez réessayer, ou régler sur place.',
  pending: (n: number) =>
    `${n} ${plural(n, 'paiement en ligne commencé', 'paiements en ligne commencés')}, en attente de la confirmation de HelloAsso.`,
  continueTitle: 'Payer sur HelloAsso',
  continueText: (amount: string) =>
    `Vous allez payer ${amount} sur HelloAsso. HelloAsso est gratuit pour l’association ; il vous propose une contribution volontaire à son fonctionnement, que vous pouvez mettre à 0 €.`,
  continue: 'Continuer vers HelloAsso',
  back: 'Revenir à ma réservation',
  nothingDueTitle: 'Rien à payer',
  nothingDueText: 'Cette réservation n’a plus rien à régler.',
  unavailableTitle: 'Paiement en ligne indisponible',
  unavailableText:
    'HelloAsso ne répond pas pour le moment. Réessayez dans quelques minutes, ou réglez sur place.',
  itemName: (seats: number, concert: string, date: string) =>
    `${seats} ${plural(seats, 'place', 'places')} — ${concert} — ${date}`,
  refundedText: (amount: string) => `${amount} vous ont été remboursés.`,
  refund: {
    subject: (concert: string) => `Remboursement : ${concert}`,
    how: {
      cash: 'en espèces',
      cheque: 'par chèque',
      transfer: 'par virement',
      helloasso: 'sur la carte utilisée pour payer en ligne (HelloAsso)',
    } satisfies Record<RefundMethod, string>,
    text: (m: RefundMail) =>
      `Bonjour ${m.name},\n\nNous vous remboursons ${m.amount} ${m.how} pour votre réservation de « ${m.concert} » (${m.when}).\n\nMotif : ${m.reason}\n\n${m.kept ? `Votre réservation reste réglée à hauteur de ${m.kept}.` : 'Vous ne nous devez rien pour cette réservation.'}\n\nVotre réservation :\n${m.link}\n\n${m.organisation}`,
  },
};

export type PaymentTexts = typeof paymentsFr;
