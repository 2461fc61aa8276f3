// Payments of a concert's orders as organisers handle them: what each order paid and how, a
// payment taken on site (cash, cheque, transfer, culture vouchers) recorded against an order, and
// removed when it was a mistake (not once given back: refunds.service.ts). Online payments arrive
// through HelloAsso's notification only.
import type {
  ConcertPayments,
  OrderPayments,
  OrderStatus,
  PaymentMethod,
  PaymentRecordBody,
} from '@tutti/contracts';
import type { Executor, Tx } from '@tutti/db';
import { recordAudit } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { findConcertSession } from '../sessions';
import { euros } from './box-office';
import * as payments from './payments.repository';
import { summariseOrder } from './payments-status';

/** The payment state of the orders asked, in their order. */
export async function summariseOrders(
  tx: Executor,
  orders: { id: string; status: OrderStatus }[],
): Promise<OrderPayments[]> {
  const ids = orders.map((order) => order.id);
  const totals = await payments.orderTotals(tx, ids);
  const lines = await payments.listPayments(tx, ids);
  const checkouts = await payments.listCheckouts(tx, ids);
  return orders.map((order) =>
    summariseOrder({
      id: order.id,
      status: order.status,
      totalCents: totals.get(order.id) ?? 0,
      payments: lines.filter((line) => line.orderId === order.id),
      checkouts: checkouts.filter((checkout) => checkout.orderId === order.id),
    }),
  );
}

async function loadConcert(tx: Tx, sessionId: string) {
  const concert = await findConcertSession(tx, sessionId);
  if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
  return concert;
}

export async function listConcertPayments({
  actor,
  sessionId,
}: {
  actor: OrgActor;
  sessionId: string;
}): Promise<ConcertPayments> {
  requirePermission(actor, 'payments.read');
  return actor.inTenant(async (tx) => {
    await loadConcert(tx, sessionId);
    const orders = await payments.listConcertOrders(tx, sessionId);
    const items = await summariseOrders(tx, orders);
    const booked = items.filter((_, index) => orders[index]!.status === 'booked');
    const byMethod = new Map<PaymentMethod, number>();
    for (const payment of items.flatMap((item) => item.payments)) {
      byMethod.set(payment.method, (byMethod.get(payment.method) ?? 0) + payment.amountCents);
    }
    const sum = (pick: (item: OrderPayments) => number) =>
      booked.reduce((total, item) => total + pick(item), 0);
    return {
      totalCents: sum((item) => item.totalCents),
      paidCents: sum((item) => item.paidCents),
      refundedCents: sum((item) => item.refundedCents),
      dueCents: sum((item) => item.dueCents),
      byMethod: [...byMethod].map(([method, amountCents]) => ({ method, amountCents })),
      onlineEnabled: (await payments.findHelloAssoAccount(tx, actor.orgId)) !== null,
      items,
    };
  });
}

async function summariseOne(tx: Executor, order: { id: string; status: OrderStatus }) {
  const [summary] = await summariseOrders(tx, [order]);
  return summary!;
}

/**
 * Records money taken on site against a booked order: at most what is left to pay (the order's
 * row is locked, so two cashiers cannot both take the last euros).
 */
export async function recordPayment({
  actor,
  sessionId,
  orderId,
  input,
}: {
  actor: OrgActor;
  sessionId: string;
  orderId: string;
  input: PaymentRecordBody;
}): Promise<OrderPayments> {
  requirePermission(actor, 'payments.record');
  return actor.inTenant(async (tx) => {
    await loadConcert(tx, sessionId);
    const order = await payments.lockOrder(tx, sessionId, orderId);
    if (!order) throw new AppError('CONCERT.ORDER_NOT_FOUND', 'Order not found');
    const before = await summariseOne(tx, order);
    if (order.status === 'cancelled' || before.dueCents === 0) {
      throw new AppError('PAYMENT.NOTHING_DUE', 'Nothing is left to pay on this order', {
        details: { status: before.status, cancelled: order.status === 'cancelled' },
      });
    }
    if (input.amountCents > before.dueCents) {
      throw new AppError('PAYMENT.ABOVE_DUE', `Only ${euros(before.dueCents)} is left to pay`, {
        fields: [
          { path: 'body.amountCents', message: `at most ${euros(before.dueCents)} is left to pay` },
        ],
        details: { dueCents: before.dueCents },
      });
    }
    await payments.insertPayment(tx, {
      orgId: actor.orgId,
      orderId,
      method: input.method,
      amountCents: input.amountCents,
      recordedBy: actor.userId,
    });
    return summariseOne(tx, order);
  });
}

/** Removes a payment recorded on site by mistake (audited); online payments stay as HelloAsso said. */
export async function removePayment({
  actor,
  sessionId,
  orderId,
  paymentId,
}: {
  actor: OrgActor;
  sessionId: string;
  orderId: string;
  paymentId: string;
}): Promise<OrderPayments> {
  requirePermission(actor, 'payments.record');
  return actor.inTenant(async (tx) => {
    await loadConcert(tx, sessionId);
    const order = await payments.lockOrder(tx, sessionId, orderId);
    if (!order) throw new AppError('CONCERT.ORDER_NOT_FOUND', 'Order not found');
    const payment = await payments.findPayment(tx, orderId, paymentId);
    if (!payment) throw notFound('PAYMENT.NOT_FOUND', 'Payment');
    if (payment.amountCents < 0) {
      throw new AppError(
        'PAYMENT.REFUND_NOT_REMOVABLE',
        "A refund is money given back: it stays in the order's payments",
      );
    }
    if (payment.method === 'helloasso') {
      throw new AppError(
        'PAYMENT.ONLINE_NOT_REMOVABLE',
        'An online payment is refunded from HelloAsso, not removed here',
      );
    }
    const before = await summariseOne(tx, order);
    if (before.paidCents - payment.amountCents < 0) {
      throw new AppError(
        'PAYMENT.REFUNDED',
        'Part of this payment was given back: it can no longer be removed',
        { details: { refundedCents: before.refundedCents } },
      );
    }
    await payments.deletePayment(tx, paymentId);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'payment.remove',
      subjectKind: 'concertOrder',
      subjectId: orderId,
      detail: `${payment.method} ${payment.amountCents}`,
    });
    return summariseOne(tx, order);
  });
}
