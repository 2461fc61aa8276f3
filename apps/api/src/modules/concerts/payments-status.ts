// Where an order stands with its payments: free, to pay, partly paid or paid, and what the
// organiser should look at (an online amount unlike the checkout's, too much received, money for
// a cancelled order). Pure: the service reads the rows, this decides.
import type { OrderPayments, OrderStatus, PaymentFlag, PaymentMethod } from '@tutti/contracts';
import type { CheckoutRow } from './payments.repository';

export type PaymentLine = {
  id: string;
  method: PaymentMethod;
  amountCents: number;
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
  const paidCents = order.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  const { totalCents } = order;
  const status =
    totalCents === 0 && paidCents === 0
      ? 'free'
      : paidCents === 0
        ? 'toPay'
        : paidCents < totalCents
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
    dueCents: order.status === 'cancelled' ? 0 : Math.max(0, totalCents - paidCents),
    status,
    flags,
    pendingOnline: order.checkouts.filter((checkout) => checkout.status === 'open').length,
    payments: order.payments.map((payment) => ({
      id: payment.id,
      method: payment.method,
      amountCents: payment.amountCents,
      recordedAt: payment.recordedAt.toISOString(),
      recordedBy: payment.recordedBy,
    })),
  };
}
