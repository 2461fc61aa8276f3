// Texts of paying for an order on its public page, in English.
import type { PaymentTexts } from './payments-fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const paymentsEn: PaymentTexts = {
  total: 'Total',
  status: {
    free: 'Nothing to pay: your seats are free.',
    toPay: 'To pay',
    partlyPaid: 'Partly paid',
    paid: 'Paid',
    refunded: 'Refunded',
  },
  paidSoFar: 'Paid so far',
  leftToPay: 'Left to pay',
  payTitle: 'Payment',
  payOnSite: 'You can pay on the day of the concert: cash, cheque or culture vouchers.',
  payOnline: 'Pay online with HelloAsso',
  payOnlineText:
    'Or pay now by card on HelloAsso, the payment platform of associations. Tutti never sees your card.',
  paidText: 'Thank you: your booking is paid.',
  returned:
    'Thank you. HelloAsso confirms your payment to us in a few moments: reload this page to see it.',
  failed: 'The payment did not go through. You can try again, or pay on the day.',
  pending: (n: number) =>
    `${n} online ${plural(n, 'payment', 'payments')} started, waiting for HelloAsso’s confirmation.`,
  continueTitle: 'Pay on HelloAsso',
  continueText: (amount: string) =>
    `You are about to pay ${amount} on HelloAsso. HelloAsso is free for the association; it suggests a voluntary contribution to its running costs, which you may set to €0.`,
  continue: 'Continue to HelloAsso',
  back: 'Back to my booking',
  nothingDueTitle: 'Nothing to pay',
  nothingDueText: 'This booking has nothing left to pay.',
  unavailableTitle: 'Online payment unavailable',
  unavailableText:
    'HelloAsso is not answering right now. Try again in a few minutes, or pay on the day.',
  itemName: (seats: number, concert: string, date: string) =>
    `${seats} ${plural(seats, 'seat', 'seats')} — ${concert} — ${date}`,
  refundedText: (amount: string) => `${amount} was refunded to you.`,
  refund: {
    subject: (concert: string) => `Refund: ${concert}`,
    how: {
      cash: 'in cash',
      cheque: 'by cheque',
      transfer: 'by bank transfer',
      helloasso: 'to the card you paid with online (HelloAsso)',
    },
    text: (m) =>
      `Hello ${m.name},\n\nWe are refunding ${m.amount} ${m.how} for your booking of “${m.concert}” (${m.when}).\n\nReason: ${m.reason}\n\n${m.kept ? `Your booking stays paid up to ${m.kept}.` : 'You owe us nothing for this booking.'}\n\nYour booking:\n${m.link}\n\n${m.organisation}`,
  },
};
