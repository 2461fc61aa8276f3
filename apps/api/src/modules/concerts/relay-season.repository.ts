// The season's allocations as lists read them: one page at a time with the seats named and used on
// each, and the ledger of all of them counted in the database (a season holds hundreds of
// allocations and thousands of guests: nothing is read into the process to be added up).
import { type Executor, schema } from '@tutti/db';
import { and, asc, desc, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { AllocationWithClaims } from './relay-seats.repository';

const { concertRelayAllocations, sessions } = schema;

/** Seats held under the allocation's guests' names (cancelled orders left out). */
const claimedOf = sql<number>`coalesce((select sum(o.seats) from concert_orders o
  where o.allocation_id = ${concertRelayAllocations.id} and o.status = 'booked'), 0)::int`;

/**
 * Seats the door let in on the allocation's guests' orders. The door's rule (settleCheckIns)
 * gives an order's check-ins, in device-time order, what is left of its seats; every check-in
 * asks at least one seat, so what an order's check-ins get adds up to its seats (none when it is
 * cancelled) or the seats they asked, whichever is less: the same figure as the rule, per order.
 */
const usedOf = sql<number>`coalesce((select sum(least(
    case when o.status = 'booked' then o.seats else 0 end,
    (select coalesce(sum(e.people), 0) from concert_door_entries e where e.order_id = o.id)))
  from concert_orders o where o.allocation_id = ${concertRelayAllocations.id}), 0)::int`;

export type SeasonFilter = {
  /** Every partner's when null. */
  partnerIds: string[] | null;
  /** Concerts ending after it (all when null). */
  since: Date | null;
};

function whereOf(filter: SeasonFilter): SQL | undefined {
  return and(
    filter.partnerIds ? inArray(concertRelayAllocations.partnerId, filter.partnerIds) : undefined,
    filter.since ? gte(sessions.endsAt, filter.since) : undefined,
  );
}

export type SeasonAllocation = AllocationWithClaims & { used: number };

/** One page of the allocations, the next concerts first (the latest first with past ones). */
export async function pageAllocations(
  tx: Executor,
  filter: SeasonFilter,
  page: { limit: number; offset: number },
): Promise<SeasonAllocation[]> {
  if (filter.partnerIds?.length === 0) return [];
  return tx
    .select({
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
      claimed: claimedOf,
      used: usedOf,
    })
    .from(concertRelayAllocations)
    .innerJoin(sessions, eq(sessions.id, concertRelayAllocations.sessionId))
    .where(whereOf(filter))
    .orderBy(
      filter.since ? asc(sessions.startsAt) : desc(sessions.startsAt),
      asc(concertRelayAllocations.id),
    )
    .limit(page.limit)
    .offset(page.offset);
}

/**
 * The allocations' counts per concert and timing (validity date, days before): whether each
 * group has closed is the clock's and the venue's time zone's to say (seat-layers.ts), so the
 * database adds up what the caller needs to settle it: allocations, seats issued, named, used,
 * and the seats left unnamed (what a closed allocation releases).
 */
export async function seasonCounts(tx: Executor, filter: SeasonFilter) {
  if (filter.partnerIds?.length === 0) return [];
  const rows = tx
    .select({
      sessionId: concertRelayAllocations.sessionId,
      startsAt: sessions.startsAt,
      timeZone: sessions.timeZone,
      validUntil: concertRelayAllocations.validUntil,
      releaseDaysBefore: concertRelayAllocations.releaseDaysBefore,
      seats: concertRelayAllocations.seats,
      claimed: claimedOf.as('claimed'),
      used: usedOf.as('used'),
    })
    .from(concertRelayAllocations)
    .innerJoin(sessions, eq(sessions.id, concertRelayAllocations.sessionId))
    .where(whereOf(filter))
    .as('season');
  return tx
    .select({
      startsAt: rows.startsAt,
      timeZone: rows.timeZone,
      validUntil: rows.validUntil,
      releaseDaysBefore: rows.releaseDaysBefore,
      allocations: sql<number>`count(*)::int`,
      issued: sql<number>`sum(${rows.seats})::int`,
      claimed: sql<number>`sum(${rows.claimed})::int`,
      used: sql<number>`sum(${rows.used})::int`,
      unclaimed: sql<number>`sum(greatest(${rows.seats} - ${rows.claimed}, 0))::int`,
    })
    .from(rows)
    .groupBy(rows.sessionId, rows.startsAt, rows.timeZone, rows.validUntil, rows.releaseDaysBefore);
}
