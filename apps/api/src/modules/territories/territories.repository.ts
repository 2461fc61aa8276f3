// The only place with queries for territories: the organisation's venues, sessions and groups.
import { type Executor, schema } from '@tutti/db';
import { and, eq, exists, gte, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';

const { venues, sessions, groups } = schema;

export type VenueRow = Awaited<ReturnType<typeof listVenues>>[number];
export type SessionRow = Awaited<ReturnType<typeof listSessionsBetween>>[number];
export type GroupRow = Awaited<ReturnType<typeof listGroups>>[number];

/**
 * The organisation's venues; with `sessionsSince`, also the archived ones where a session (not
 * cancelled) starts from then on: a place where it made or will make music.
 */
export async function listVenues(tx: Executor, orgId: string, sessionsSince?: Date) {
  const used = sessionsSince
    ? exists(
        tx
          .select({ one: sql`1` })
          .from(sessions)
          .where(
            and(
              eq(sessions.venueId, venues.id),
              ne(sessions.status, 'cancelled'),
              gte(sessions.startsAt, sessionsSince),
            ),
          ),
      )
    : undefined;
  return tx
    .select({
      id: venues.id,
      name: venues.name,
      communeCode: venues.communeCode,
      communeName: venues.communeName,
      latitude: venues.latitude,
      longitude: venues.longitude,
    })
    .from(venues)
    .where(
      and(
        eq(venues.orgId, orgId),
        used ? or(isNull(venues.archivedAt), used) : isNull(venues.archivedAt),
      ),
    );
}

/** Sessions held at a venue, not cancelled, starting between two instants. */
export async function listSessionsBetween(tx: Executor, orgId: string, from: Date, to: Date) {
  return tx
    .select({
      venueId: sessions.venueId,
      kind: sessions.kind,
      startsAt: sessions.startsAt,
      timeZone: sessions.timeZone,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.orgId, orgId),
        isNotNull(sessions.venueId),
        ne(sessions.status, 'cancelled'),
        gte(sessions.startsAt, from),
        lte(sessions.startsAt, to),
      ),
    );
}

export async function listGroups(tx: Executor, orgId: string) {
  return tx
    .select({
      id: groups.id,
      name: groups.name,
      communeCode: groups.communeCode,
      communeName: groups.communeName,
    })
    .from(groups)
    .where(and(eq(groups.orgId, orgId), isNull(groups.archivedAt)));
}
