// The only place with queries on payments, online checkouts and the HelloAsso account.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';

const { concertPayments, concertCheckouts, concertOrders, concertOrderLines, helloassoAccounts } =
  schema;

export type PaymentRow = typeof concertPayments.$inferSelect;
export type CheckoutRow = typeof concertCheckouts.$inferSelect;
export type HelloAssoAccountRow = typeof helloassoAccounts.$inferSelect;

/** What each order costs: the sum of its lines (quantity × unit price). */
export async function orderTotals(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({
      orderId: concertOrderLines.orderId,
      total: sql<number>`sum(${concertOrderLines.quantity} * ${concertOrderLines.unitPriceCents})::int`,
    })
    .from(concertOrderLines)
    .where(inArray(concertOrderLines.orderId, orderIds))
    .groupBy(concertOrderLines.orderId);
  return new Map(rows.map((row) => [row.orderId, row.total]));
}

/** The payments of the orders asked, oldest first, with the recording member's name. */
export function listPayments(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      id: concertPayments.id,
      orderId: concertPayments.orderId,
      method: concertPayments.method,
      amountCents: concertPayments.amountCents,
      refundReason: concertPayments.refundReason,
      recordedAt: concertPayments.recordedAt,
      recordedBy: schema.users.displayName,
      checkoutId: concertPayments.checkoutId,
    })
    .from(concertPayments)
    .leftJoin(schema.users, eq(schema.users.id, concertPayments.recordedBy))
    .where(inArray(concertPayments.orderId, orderIds))
    .orderBy(asc(concertPayments.recordedAt), asc(concertPayments.id));
}

export function listCheckouts(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return Promise.resolve([] as CheckoutRow[]);
  return tx
    .select()
    .from(concertCheckouts)
    .where(inArray(concertCheckouts.orderId, orderIds))
    .orderBy(asc(concertCheckouts.createdAt));
}

/** The orders of a concert (every status), oldest first: the payments page's rows. */
export function listConcertOrders(tx: Executor, sessionId: string) {
  return tx
    .select({ id: concertOrders.id, status: concertOrders.status })
    .from(concertOrders)
    .where(eq(concertOrders.sessionId, sessionId))
    .orderBy(asc(concertOrders.createdAt), asc(concertOrders.id));
}

/** An order of the concert, its row locked so that two payments are decided one after the other. */
export async function lockOrder(tx: Executor, sessionId: string, orderId: string) {
  const [row] = await tx
    .select()
    .from(concertOrders)
    .where(and(eq(concertOrders.id, orderId), eq(concertOrders.sessionId, sessionId)))
    .for('no key update');
  return row ?? null;
}

export async function lockOrderById(tx: Executor, orderId: string) {
  const [row] = await tx
    .select()
    .from(concertOrders)
    .where(eq(concertOrders.id, orderId))
    .for('no key update');
  return row ?? null;
}

export async function insertPayment(tx: Executor, values: typeof concertPayments.$inferInsert) {
  const [row] = await tx.insert(concertPayments).values(values).returning();
  return row!;
}

/** Records an online payment once: a second delivery of the same HelloAsso payment is a no-op. */
export async function insertOnlinePaymentOnce(
  tx: Executor,
  values: typeof concertPayments.$inferInsert & { externalId: string },
): Promise<boolean> {
  const rows = await tx
    .insert(concertPayments)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: concertPayments.id });
  return rows.length > 0;
}

export async function findPayment(tx: Executor, orderId: string, paymentId: string) {
  const [row] = await tx
    .select()
    .from(concertPayments)
    .where(and(eq(concertPayments.id, paymentId), eq(concertPayments.orderId, orderId)));
  return row ?? null;
}

export async function deletePayment(tx: Executor, paymentId: string) {
  await tx.delete(concertPayments).where(eq(concertPayments.id, paymentId));
}

export async function insertCheckout(tx: Executor, values: typeof concertCheckouts.$inferInsert) {
  const [row] = await tx.insert(concertCheckouts).values(values).returning();
  return row!;
}

type CheckoutReference = { id: string } | { intentId: string };

const checkoutWhere = (by: CheckoutReference) =>
  'id' in by ? eq(concertCheckouts.id, by.id) : eq(concertCheckouts.intentId, by.intentId);

/** A checkout by our id or by HelloAsso's intent id. */
export async function findCheckout(tx: Executor, by: CheckoutReference) {
  const [row] = await tx.select().from(concertCheckouts).where(checkoutWhere(by));
  return row ?? null;
}

/** The same, locked for the notification that settles it. */
export async function lockCheckout(tx: Executor, by: CheckoutReference) {
  const [row] = await tx.select().from(concertCheckouts).where(checkoutWhere(by)).for('update');
  return row ?? null;
}

export async function settleCheckout(
  tx: Executor,
  checkoutId: string,
  values: { receivedCents: number; paidAt: Date },
) {
  await tx
    .update(concertCheckouts)
    .set({ status: 'paid', ...values, updatedAt: new Date() })
    .where(eq(concertCheckouts.id, checkoutId));
}

/** The sum of the payments an online checkout brought. */
export async function receivedThrough(tx: Executor, checkoutId: string) {
  const [row] = await tx
    .select({ cents: sql<number>`coalesce(sum(${concertPayments.amountCents}), 0)::int` })
    .from(concertPayments)
    .where(eq(concertPayments.checkoutId, checkoutId));
  return row?.cents ?? 0;
}

export async function paidFor(tx: Executor, orderId: string) {
  const [row] = await tx
    .select({ cents: sql<number>`coalesce(sum(${concertPayments.amountCents}), 0)::int` })
    .from(concertPayments)
    .where(eq(concertPayments.orderId, orderId));
  return row?.cents ?? 0;
}

export async function findHelloAssoAccount(tx: Executor, orgId: string) {
  const [row] = await tx.select().from(helloassoAccounts).where(eq(helloassoAccounts.orgId, orgId));
  return row ?? null;
}

export async function saveHelloAssoAccount(
  tx: Executor,
  values: Omit<typeof helloassoAccounts.$inferInsert, 'createdAt' | 'updatedAt'>,
) {
  const { orgId, ...rest } = values;
  const [row] = await tx
    .insert(helloassoAccounts)
    .values(values)
    .onConflictDoUpdate({
      target: helloassoAccounts.orgId,
      set: { ...rest, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

export async function deleteHelloAssoAccount(tx: Executor, orgId: string) {
  const rows = await tx
    .delete(helloassoAccounts)
    .where(eq(helloassoAccounts.orgId, orgId))
    .returning({ orgId: helloassoAccounts.orgId });
  return rows.length > 0;
}

/**
 * The highest price (or pay-what-you-can ceiling) among the tariffs of concerts that have not
 * started: a cap below it would refuse tariffs already announced.
 */
export async function highestUpcomingPrice(tx: Executor, now: Date) {
  const { concertTariffs, sessions } = schema;
  const [row] = await tx
    .select({
      cents: sql<
        number | null
      >`max(greatest(coalesce(${concertTariffs.priceCents}, 0), coalesce(${concertTariffs.ceilingCents}, 0)))::int`,
    })
    .from(concertTariffs)
    .innerJoin(sessions, eq(sessions.id, concertTariffs.sessionId))
    .where(gt(sessions.startsAt, now));
  return row?.cents ?? null;
}

/** Upcoming concerts with a tariff above `cents`: their ids and titles, soonest first. */
export function concertsPricedAbove(tx: Executor, cents: number, now: Date) {
  const { concertTariffs, sessions } = schema;
  return tx
    .selectDistinct({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt })
    .from(concertTariffs)
    .innerJoin(sessions, eq(sessions.id, concertTariffs.sessionId))
    .where(
      and(
        gt(sessions.startsAt, now),
        sql`greatest(coalesce(${concertTariffs.priceCents}, 0), coalesce(${concertTariffs.ceilingCents}, 0)) > ${cents}`,
      ),
    )
    .orderBy(asc(sessions.startsAt))
    .limit(20);
}
