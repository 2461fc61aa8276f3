// The demo's payments: some orders of the booked concerts were paid on site (cash, a cheque,
// culture vouchers), one only in part, the rest are still to pay, and one paid in cash got part of
// it back (a refund, with its reason); so that the "Billetterie" card shows each state. No HelloAsso account: online payment needs the organisation's own.
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';

const { concertOrders, concertOrderLines, concertPayments, sessions } = schema;

type Method = (typeof concertPayments.$inferInsert)['method'];

/** By order name: how it was paid, in the order of the concerts (null: still to pay). */
const PAID: Record<string, (Method | 'half-voucher' | null)[]> = {
  'Famille Girard': ['cash', 'cheque'],
  'Thomas Roux': ['half-voucher', null],
  'Monique Perrin': [null, 'cash'],
};

export const demoPaymentsStep: DemoStep = {
  name: 'payments',
  async run({ db, orgId, userIds, now }) {
    // In the order of the concerts (their orders are written in one transaction: one instant).
    const orders = await db
      .select({
        id: concertOrders.id,
        name: concertOrders.name,
        sessionId: concertOrders.sessionId,
      })
      .from(concertOrders)
      .innerJoin(sessions, eq(sessions.id, concertOrders.sessionId))
      .where(eq(concertOrders.orgId, orgId))
      .orderBy(asc(sessions.startsAt), asc(concertOrders.createdAt), asc(concertOrders.id));
    if (orders.length === 0) return;
    const lines = await db
      .select()
      .from(concertOrderLines)
      .where(
        and(
          eq(concertOrderLines.orgId, orgId),
          inArray(
            concertOrderLines.orderId,
            orders.map((order) => order.id),
          ),
        ),
      );
    const concerts = [...new Set(orders.map((order) => order.sessionId))];
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    for (const order of orders) {
      const how = PAID[order.name ?? '']?.[concerts.indexOf(order.sessionId)];
      if (!how) continue;
      const total = lines
        .filter((line) => line.orderId === order.id)
        .reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
      if (total === 0) continue;
      await db.insert(concertPayments).values({
        orgId,
        orderId: order.id,
        method: how === 'half-voucher' ? 'cultureVoucher' : how,
        amountCents: how === 'half-voucher' ? Math.floor(total / 2) : total,
        recordedBy: userIds.coordinator,
        recordedAt: daysAgo(2 + concerts.indexOf(order.sessionId)),
      });
      // The Girards paid in cash, then one of the family fell ill: one seat's price back.
      if (order.name === 'Famille Girard' && how === 'cash') {
        const seat = Math.min(
          total,
          ...lines
            .filter((line) => line.orderId === order.id && line.unitPriceCents > 0)
            .map((line) => line.unitPriceCents),
        );
        await db.insert(concertPayments).values({
          orgId,
          orderId: order.id,
          method: 'cash',
          amountCents: -seat,
          refundReason: 'Une personne de la famille est malade : sa place est remboursée.',
          recordedBy: userIds.coordinator,
          recordedAt: daysAgo(1),
        });
      }
    }
  },
};
