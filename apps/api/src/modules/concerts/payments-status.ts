// Where an order stands with its payments: free, to pay, partly paid, paid or refunded, what it
// kept and gave back, and what the organiser should look at (an online amount unlike the checkout's, too much received, money for
// a cancelled order). Pure: the service reads the rows, this decides.
import type { OrderPayments, OrderStatus, PaymentFlag, PaymentMethod } from '@tutti/contracts';
import type { CheckoutRow } from './payments.repository';

export type PaymentLine = {
  id: string;
  method: PaymentMethod;
  /** Below 0 for a refund. */
  amountCents: number;
  refundReason: string | null;
  recordedAt: Date;
  recordedBy: string | null;
};

export function summariseOrder(order: {
  id: string;
  status: OrderStatus;
  totalCents: number;
  payments: PaymentLine[];
  checkouts: Pick<CheckoutRow, 'status' | 'amountCents' | 'receivedCents'>[];
}): OrderPayments {
  const sum = (lines: PaymentLine[]) => lines.reduce((total, line) => total + line.amountCents, 0);
  const receivedCents = sum(order.payments.filter((line) => line.amountCents > 0));
  const refundedCents = -sum(order.payments.filter((line) => line.amountCents < 0));
  const paidCents = receivedCents - refundedCents;
  const { totalCents } = order;
  const status =
    totalCents === 0 && receivedCents === 0
      ? 'free'
      : refundedCents > 0 && paidCents === 0
        ? 'refunded'
        : receivedCents === 0
          ? 'toPay'
          : receivedCents < totalCents
            ? 'partlyPaid'
            : 'paid';
  const flags: PaymentFlag[] = [];
  if (
    order.checkouts.some(
      (checkout) => checkout.status === 'paid' && checkout.receivedCents !== checkout.amountCents,
    )
  ) {
    flags.push('amountMismatch');
  }
  if (paidCents > totalCents) flags.push('overpaid');
  if (order.status === 'cancelled' && paidCents > 0) flags.push('cancelledPaid');
  return {
    orderId: order.id,
    totalCents,
    paidCents,
    refundedCents,
    // What was received counts against the total even when part of it was given back: a refund
    // settles the order for less, it does not ask for the money again.
    dueCents: order.status === 'cancelled' ? 0 : Math.max(0, totalCents - receivedCents),
    status,
    flags,
    pendingOnline: order.checkouts.filter((checkout) => checkout.status === 'open').length,
    payments: order.payments.map((payment) => ({
      id: payment.id,
      kind: payment.amountCents < 0 ? 'refund' : 'payment',
      method: payment.method,
      amountCents: payment.amountCents,
      reason: payment.refundReason,
      recordedAt: payment.recordedAt.toISOString(),
      recordedBy: payment.recordedBy,
    })),
  };
}
