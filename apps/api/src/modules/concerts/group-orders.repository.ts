// The only place with queries on group orders (a class's or a nursery's collective order: a
// concert order with no tariff lines, and this row beside it).
import { type Executor, schema } from '@tutti/db';
import { and, asc, desc, eq, inArray, isNotNull, lt, lte, sql } from 'drizzle-orm';

const { concertGroupOrders: groups, concertOrders: orders, sessions } = schema;

export type GroupRow = typeof groups.$inferSelect;

/** Seats of the concert's group orders: booked (confirmed), and held for a head's confirmation. */
export async function groupOrderSeats(
  tx: Executor,
  sessionId: string,
  now: Date,
): Promise<{ booked: number; held: number }> {
  const [row] = await tx
    .select({
      booked: sql<number>`coalesce(sum(${orders.seats}) filter (where ${orders.status} = 'booked'), 0)::int`,
      held: sql<number>`coalesce(sum(${orders.seats}) filter (where ${orders.status} = 'pending' and ${groups.holdExpiresAt} > ${now}), 0)::int`,
    })
    .from(groups)
    .innerJoin(orders, eq(orders.id, groups.orderId))
    .where(eq(orders.sessionId, sessionId));
  return { booked: row?.booked ?? 0, held: row?.held ?? 0 };
}

/**
 * Writes a group order: a `pending` concert order with no tariff lines (its seats are the
 * children and the adults), the group beside it, and its access needs (a sensitive transaction).
 */
export async function insertGroupOrder(
  tx: Executor,
  order: Omit<typeof orders.$inferInsert, 'seats' | 'status'>,
  group: Omit<typeof groups.$inferInsert, 'orderId' | 'orgId'>,
  accessNeeds: string | null,
) {
  const [row] = await tx
    .insert(orders)
    .values({ ...order, seats: group.children + group.adults, status: 'pending' })
    .returning();
  const [groupRow] = await tx
    .insert(groups)
    .values({ ...group, orderId: row!.id, orgId: order.orgId })
    .returning();
  if (accessNeeds) {
    await tx
      .insert(schema.concertOrderAccessNeeds)
      .values({ orgId: order.orgId, orderId: row!.id, needs: accessNeeds });
  }
  return { order: row!, group: groupRow! };
}

/** The group order a head's link names, with its order; locked when asked. */
export async function findByConfirmSecret(tx: Executor, secret: string, lock = false) {
  const query = tx
    .select({ group: groups, order: orders })
    .from(groups)
    .innerJoin(orders, eq(orders.id, groups.orderId))
    .where(eq(groups.confirmSecret, secret));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findGroupOfOrder(tx: Executor, orderId: string) {
  const [row] = await tx.select().from(groups).where(eq(groups.orderId, orderId));
  return row ?? null;
}

/** The concert's group orders with their orders, the latest first. */
export function listGroupOrders(tx: Executor, sessionId: string) {
  return tx
    .select({ group: groups, order: orders })
    .from(groups)
    .innerJoin(orders, eq(orders.id, groups.orderId))
    .where(eq(orders.sessionId, sessionId))
    .orderBy(desc(orders.createdAt), asc(orders.id));
}

export async function confirmGroup(tx: Executor, orderId: string, now: Date) {
  await tx
    .update(orders)
    .set({ status: 'booked', updatedAt: now })
    .where(and(eq(orders.id, orderId), eq(orders.status, 'pending')));
  await tx.update(groups).set({ confirmedAt: now }).where(eq(groups.orderId, orderId));
}

export async function declineGroup(tx: Executor, orderId: string, now: Date) {
  await tx
    .update(orders)
    .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
    .where(and(eq(orders.id, orderId), eq(orders.status, 'pending')));
  await tx.update(groups).set({ declinedAt: now }).where(eq(groups.orderId, orderId));
}

/** Pending group orders of the concert whose hold ran out at `now` are cancelled, released. */
export async function releaseExpiredHolds(tx: Executor, sessionId: string, now: Date) {
  const due = await tx
    .select({ orderId: groups.orderId })
    .from(groups)
    .innerJoin(orders, eq(orders.id, groups.orderId))
    .where(
      and(
        eq(orders.sessionId, sessionId),
        eq(orders.status, 'pending'),
        lte(groups.holdExpiresAt, now),
      ),
    );
  const ids = due.map((row) => row.orderId);
  if (ids.length === 0) return [];
  await tx
    .update(orders)
    .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
    .where(inArray(orders.id, ids));
  await tx.update(groups).set({ releasedAt: now }).where(inArray(groups.orderId, ids));
  return tx
    .select({ group: groups, order: orders })
    .from(groups)
    .innerJoin(orders, eq(orders.id, groups.orderId))
    .where(inArray(groups.orderId, ids));
}

/** Concerts with a group hold that ran out, in every organisation (runs as the owner). */
export function concertsWithExpiredHolds(tx: Executor, now: Date) {
  return tx
    .selectDistinct({ orgId: orders.orgId, sessionId: orders.sessionId })
    .from(groups)
    .innerJoin(orders, eq(orders.id, groups.orderId))
    .where(and(eq(orders.status, 'pending'), lte(groups.holdExpiresAt, now)));
}

/** Group orders whose head has one of `addresses` (a person's rights). */
export function groupsOfHeads(tx: Executor, addresses: string[]) {
  if (addresses.length === 0) return Promise.resolve([]);
  return tx.select().from(groups).where(inArray(groups.headEmail, addresses));
}

/** Clears the head's address of the group orders of `orderIds`. */
export async function clearHeads(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return;
  await tx.update(groups).set({ headEmail: null }).where(inArray(groups.orderId, orderIds));
}

/**
 * Retention, with the concert's orders: the head's address of group orders of concerts that
 * ended before `before` is cleared. Runs as the owner; rows another purge holds are skipped.
 */
export async function clearHeadsOfConcertsEndedBefore(
  tx: Executor,
  before: Date,
  limit: number,
): Promise<{ orgId: string }[]> {
  const due = await tx
    .select({ orderId: groups.orderId, orgId: groups.orgId })
    .from(groups)
    .innerJoin(orders, eq(orders.id, groups.orderId))
    .innerJoin(sessions, eq(sessions.id, orders.sessionId))
    .where(and(isNotNull(groups.headEmail), lt(sessions.endsAt, before)))
    .limit(limit)
    .for('update', { of: groups, skipLocked: true });
  await clearHeads(
    tx,
    due.map((row) => row.orderId),
  );
  return due;
}
