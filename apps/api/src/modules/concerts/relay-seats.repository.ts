// The only place with queries on relay allocations, group reservations and the orders relays
// nominate (concert_orders of channel 'relay').
import { type Executor, schema } from '@tutti/db';
import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';

const { concertRelayAllocations, concertGroupReservations, concertOrders, sessions } = schema;

export type AllocationRow = typeof concertRelayAllocations.$inferSelect;
export type AllocationValues = Pick<
  AllocationRow,
  'partnerId' | 'seats' | 'validUntil' | 'releaseDaysBefore'
>;
/** An allocation with the seats held under its guests' names (cancelled ones left out). */
export type AllocationWithClaims = AllocationRow & { claimed: number };

// Drizzle writes a single-table query's columns unqualified; inside this subquery the outer
// allocation must be named in full, or "id" would be the order's own.
const claimed = sql<number>`coalesce((select sum(${concertOrders.seats}) from ${concertOrders}
  where ${concertOrders.allocationId} = "concert_relay_allocations"."id"
    and ${concertOrders.status} = 'booked'), 0)::int`;

/** A concert's allocations with their claimed seats, in the order they were made. */
export function listAllocations(tx: Executor, sessionId: string): Promise<AllocationWithClaims[]> {
  return tx
    .select({ ...allocationColumns, claimed })
    .from(concertRelayAllocations)
    .where(eq(concertRelayAllocations.sessionId, sessionId))
    .orderBy(asc(concertRelayAllocations.createdAt), asc(concertRelayAllocations.id));
}

const allocationColumns = {
  id: concertRelayAllocations.id,
  orgId: concertRelayAllocations.orgId,
  sessionId: concertRelayAllocations.sessionId,
  partnerId: concertRelayAllocations.partnerId,
  seats: concertRelayAllocations.seats,
  validUntil: concertRelayAllocations.validUntil,
  releaseDaysBefore: concertRelayAllocations.releaseDaysBefore,
  releasedAt: concertRelayAllocations.releasedAt,
  createdAt: concertRelayAllocations.createdAt,
  updatedAt: concertRelayAllocations.updatedAt,
};

export async function findAllocation(
  tx: Executor,
  allocationId: string,
): Promise<AllocationWithClaims | null> {
  const [row] = await tx
    .select({ ...allocationColumns, claimed })
    .from(concertRelayAllocations)
    .where(eq(concertRelayAllocations.id, allocationId));
  return row ?? null;
}

export async function insertAllocations(
  tx: Executor,
  orgId: string,
  sessionId: string,
  values: AllocationValues[],
) {
  if (values.length === 0) return;
  await tx
    .insert(concertRelayAllocations)
    .values(values.map((allocation) => ({ orgId, sessionId, ...allocation })));
}

/** Changes an allocation; a new size or date means the release job must look at it again. */
export async function updateAllocation(
  tx: Executor,
  allocationId: string,
  values: AllocationValues,
) {
  await tx
    .update(concertRelayAllocations)
    .set({ ...values, releasedAt: null, updatedAt: new Date() })
    .where(eq(concertRelayAllocations.id, allocationId));
}

export async function deleteAllocations(tx: Executor, allocationIds: string[]) {
  if (allocationIds.length === 0) return;
  await tx
    .delete(concertRelayAllocations)
    .where(inArray(concertRelayAllocations.id, allocationIds));
}

/**
 * Allocations not yet stamped released that may have closed: of concerts starting before
 * `startsBefore`, or valid until `validUntil` at the latest.
 */
export function listAllocationsToRelease(
  tx: Executor,
  bounds: { startsBefore: Date; validUntil: string },
  limit: number,
) {
  return tx
    .select({
      id: concertRelayAllocations.id,
      validUntil: concertRelayAllocations.validUntil,
      releaseDaysBefore: concertRelayAllocations.releaseDaysBefore,
      startsAt: sessions.startsAt,
      timeZone: sessions.timeZone,
    })
    .from(concertRelayAllocations)
    .innerJoin(sessions, eq(sessions.id, concertRelayAllocations.sessionId))
    .where(
      and(
        isNull(concertRelayAllocations.releasedAt),
        or(
          lte(sessions.startsAt, bounds.startsBefore),
          lte(concertRelayAllocations.validUntil, bounds.validUntil),
        ),
      ),
    )
    .orderBy(asc(sessions.startsAt))
    .limit(limit);
}

export async function stampReleased(tx: Executor, allocationIds: string[], at: Date) {
  if (allocationIds.length === 0) return;
  await tx
    .update(concertRelayAllocations)
    .set({ releasedAt: at })
    .where(inArray(concertRelayAllocations.id, allocationIds));
}

/** Seats held for each group of a concert. */
export function listGroupReservations(tx: Executor, sessionId: string) {
  return tx
    .select({ groupId: concertGroupReservations.groupId, seats: concertGroupReservations.seats })
    .from(concertGroupReservations)
    .where(eq(concertGroupReservations.sessionId, sessionId));
}

export async function replaceGroupReservations(
  tx: Executor,
  orgId: string,
  sessionId: string,
  groups: { groupId: string; seats: number }[],
) {
  await tx
    .delete(concertGroupReservations)
    .where(eq(concertGroupReservations.sessionId, sessionId));
  if (groups.length === 0) return;
  await tx
    .insert(concertGroupReservations)
    .values(groups.map((group) => ({ orgId, sessionId, ...group })));
}

/** The guests' orders (any status) of the allocations asked, with their allocation. */
export async function guestOrdersOf(tx: Executor, allocationIds: string[]) {
  if (allocationIds.length === 0) return [];
  const rows = await tx
    .select({ id: concertOrders.id, allocationId: concertOrders.allocationId })
    .from(concertOrders)
    // One array parameter: a season counts hundreds of allocations.
    .where(
      sql`${concertOrders.allocationId} = any(string_to_array(${allocationIds.join(',')}, ',')::uuid[])`,
    );
  return rows.flatMap((row) =>
    row.allocationId ? [{ id: row.id, allocationId: row.allocationId }] : [],
  );
}

/** The guests of an allocation, the latest first. */
export function listGuests(tx: Executor, allocationId: string) {
  return tx
    .select({
      id: concertOrders.id,
      secret: concertOrders.secret,
      name: concertOrders.name,
      email: concertOrders.email,
      phone: concertOrders.phone,
      seats: concertOrders.seats,
      status: concertOrders.status,
      createdAt: concertOrders.createdAt,
    })
    .from(concertOrders)
    .where(eq(concertOrders.allocationId, allocationId))
    .orderBy(desc(concertOrders.createdAt), asc(concertOrders.id));
}

export type NewGuest = {
  orgId: string;
  sessionId: string;
  allocationId: string;
  secret: string;
  firstName: string;
  email: string | null;
  phone: string | null;
  seats: number;
  locale: string;
};

/** Holds seats under a guest's name: an order of channel 'relay', without tariff lines. */
export async function insertGuest(tx: Executor, guest: NewGuest) {
  const [row] = await tx
    .insert(concertOrders)
    .values({
      orgId: guest.orgId,
      sessionId: guest.sessionId,
      allocationId: guest.allocationId,
      channel: 'relay',
      secret: guest.secret,
      name: guest.firstName,
      email: guest.email,
      phone: guest.phone,
      seats: guest.seats,
      locale: guest.locale,
    })
    .returning();
  return row!;
}

export async function findGuest(tx: Executor, allocationId: string, guestId: string) {
  const [row] = await tx
    .select({ id: concertOrders.id, status: concertOrders.status })
    .from(concertOrders)
    .where(and(eq(concertOrders.id, guestId), eq(concertOrders.allocationId, allocationId)));
  return row ?? null;
}
