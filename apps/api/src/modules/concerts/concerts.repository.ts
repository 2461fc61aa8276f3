// The only place with queries on concert tariffs, orders, their lines and access needs.
import { type Executor, schema } from '@tutti/db';
import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';

const { concertTariffs, concertOrders, concertOrderLines, concertOrderAccessNeeds } = schema;

export type TariffRow = typeof concertTariffs.$inferSelect;
export type TariffValues = Pick<
  TariffRow,
  'kind' | 'priceCents' | 'floorCents' | 'ceilingCents' | 'conditions' | 'seatLimit' | 'position'
>;
export type OrderRow = typeof concertOrders.$inferSelect;

export function listTariffs(tx: Executor, sessionId: string) {
  return tx
    .select()
    .from(concertTariffs)
    .where(eq(concertTariffs.sessionId, sessionId))
    .orderBy(asc(concertTariffs.position), asc(concertTariffs.id));
}

export async function insertTariff(
  tx: Executor,
  orgId: string,
  sessionId: string,
  values: TariffValues,
) {
  await tx.insert(concertTariffs).values({ orgId, sessionId, ...values });
}

export async function updateTariff(tx: Executor, tariffId: string, values: TariffValues) {
  await tx
    .update(concertTariffs)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(concertTariffs.id, tariffId));
}

export async function deleteTariffs(tx: Executor, tariffIds: string[]) {
  if (tariffIds.length === 0) return;
  await tx.delete(concertTariffs).where(inArray(concertTariffs.id, tariffIds));
}

/** The tariffs among those asked that some order (even cancelled) refers to. */
export async function tariffsWithOrders(tx: Executor, tariffIds: string[]): Promise<Set<string>> {
  if (tariffIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ id: concertOrderLines.tariffId })
    .from(concertOrderLines)
    .where(inArray(concertOrderLines.tariffId, tariffIds));
  return new Set(rows.map((row) => row.id));
}

/** Seats booked per tariff of a concert, cancelled orders left out. */
export async function bookedSeatsByTariff(
  tx: Executor,
  sessionId: string,
): Promise<Map<string, number>> {
  const rows = await tx
    .select({
      tariffId: concertOrderLines.tariffId,
      seats: sql<number>`sum(${concertOrderLines.quantity})::int`,
    })
    .from(concertOrderLines)
    .innerJoin(concertOrders, eq(concertOrders.id, concertOrderLines.orderId))
    .where(and(eq(concertOrders.sessionId, sessionId), eq(concertOrders.status, 'booked')))
    .groupBy(concertOrderLines.tariffId);
  return new Map(rows.map((row) => [row.tariffId, row.seats]));
}

/** Orders booked from the public page, cancelled ones left out. */
export async function countOrders(tx: Executor, sessionId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(concertOrders)
    .where(
      and(
        eq(concertOrders.sessionId, sessionId),
        eq(concertOrders.status, 'booked'),
        eq(concertOrders.channel, 'public'),
      ),
    );
  return row?.n ?? 0;
}

export type NewOrder = {
  orgId: string;
  sessionId: string;
  secret: string;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  lines: { tariffId: string; quantity: number; unitPriceCents: number }[];
  accessNeeds: string | null;
};

/** Writes an order with its lines (and its access needs, in a sensitive transaction). */
export async function insertOrder(tx: Executor, order: NewOrder) {
  const { lines, accessNeeds, ...fields } = order;
  const seats = lines.reduce((sum, line) => sum + line.quantity, 0);
  const [row] = await tx
    .insert(concertOrders)
    .values({ ...fields, seats })
    .returning();
  await tx
    .insert(concertOrderLines)
    .values(lines.map((line) => ({ orgId: order.orgId, orderId: row!.id, ...line })));
  if (accessNeeds) {
    await tx
      .insert(concertOrderAccessNeeds)
      .values({ orgId: order.orgId, orderId: row!.id, needs: accessNeeds });
  }
  return row!;
}

export async function findOrderBySecret(tx: Executor, secret: string) {
  const [row] = await tx.select().from(concertOrders).where(eq(concertOrders.secret, secret));
  return row ?? null;
}

export function listOrderLines(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      orderId: concertOrderLines.orderId,
      tariffId: concertOrderLines.tariffId,
      kind: concertTariffs.kind,
      quantity: concertOrderLines.quantity,
      unitPriceCents: concertOrderLines.unitPriceCents,
    })
    .from(concertOrderLines)
    .innerJoin(concertTariffs, eq(concertTariffs.id, concertOrderLines.tariffId))
    .where(inArray(concertOrderLines.orderId, orderIds))
    .orderBy(asc(concertTariffs.position));
}

/** The orders booked from the public page; relays' guests are theirs to see (counts only here). */
export function listOrders(tx: Executor, sessionId: string) {
  return tx
    .select()
    .from(concertOrders)
    .where(and(eq(concertOrders.sessionId, sessionId), eq(concertOrders.channel, 'public')))
    .orderBy(desc(concertOrders.createdAt), asc(concertOrders.id));
}

/** Access needs of the orders asked; empty unless the transaction was opened as sensitive. */
export async function accessNeedsOf(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select()
    .from(concertOrderAccessNeeds)
    .where(inArray(concertOrderAccessNeeds.orderId, orderIds));
  return new Map(rows.map((row) => [row.orderId, row.needs]));
}

/** Cancels a booked order, or a group order still waiting for its head's confirmation. */
export async function cancelOrder(tx: Executor, orderId: string) {
  await tx
    .update(concertOrders)
    .set({ status: 'cancelled', cancelledAt: new Date(), updatedAt: new Date() })
    .where(
      and(eq(concertOrders.id, orderId), inArray(concertOrders.status, ['booked', 'pending'])),
    );
}

/**
 * Retention: the name, e-mail, phone and access needs of orders for concerts that ended before
 * `before` are cleared (seats, tariffs and amounts stay, for the figures). Runs as the owner;
 * rows another purge holds are skipped.
 */
export async function anonymiseOrdersOfConcertsEndedBefore(
  tx: Executor,
  before: Date,
  limit: number,
): Promise<{ orgId: string }[]> {
  const due = await tx
    .select({ id: concertOrders.id, orgId: concertOrders.orgId })
    .from(concertOrders)
    .innerJoin(schema.sessions, eq(schema.sessions.id, concertOrders.sessionId))
    .where(and(isNull(concertOrders.anonymisedAt), lt(schema.sessions.endsAt, before)))
    .limit(limit)
    .for('update', { of: concertOrders, skipLocked: true });
  const ids = due.map((row) => row.id);
  if (ids.length === 0) return [];
  await tx.delete(concertOrderAccessNeeds).where(inArray(concertOrderAccessNeeds.orderId, ids));
  await tx
    .update(concertOrders)
    .set({ name: null, email: null, phone: null, anonymisedAt: new Date() })
    .where(inArray(concertOrders.id, ids));
  return due;
}
