// What the public may see of sessions an organisation published: title, kind, times, status and
// the venue (name, address, accessibility, position for directions), and a concert's performers
// by the names they perform under. Never a participant, group, note or an artist's own details.
// Read in a transaction that sees only the organisation (its public pages).
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, asc, eq, gte, inArray, isNotNull, ne, sql } from 'drizzle-orm';

const { artists, sessionArtists, sessions, venues } = schema;

const publicColumns = {
  code: sessions.publicCode,
  kind: sessions.kind,
  title: sessions.title,
  status: sessions.status,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  timeZone: sessions.timeZone,
  venue: {
    name: venues.name,
    addressLine: venues.addressLine,
    postalCode: venues.postalCode,
    communeName: venues.communeName,
    stepFreeAccess: venues.stepFreeAccess,
    accessibility: venues.accessibility,
    latitude: venues.latitude,
    longitude: venues.longitude,
  },
};

export type PublicSession = Omit<Awaited<ReturnType<typeof findPublicSession>> & {}, 'code'> & {
  code: string;
};

/** Public, with a code; never an online session, even one whose kind was changed after. */
const published = and(
  eq(sessions.isPublic, true),
  isNotNull(sessions.publicCode),
  ne(sessions.kind, 'online'),
);

/** A published session by its public code, or null. */
export async function findPublicSession(tx: Executor, code: string) {
  const [row] = await tx
    .select(publicColumns)
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(published, eq(sessions.publicCode, code)));
  return row ?? null;
}

/** Published sessions ending after `from`, soonest first (cancelled ones too: the public is told). */
/** The artists of a published concert, by their display names (schema.org's performers). */
export async function listPublicPerformers(tx: Executor, code: string): Promise<string[]> {
  const rows = await tx
    .select({ name: artists.displayName })
    .from(sessionArtists)
    .innerJoin(sessions, eq(sessions.id, sessionArtists.sessionId))
    .innerJoin(artists, eq(artists.id, sessionArtists.artistId))
    .where(and(published, eq(sessions.kind, 'concert'), eq(sessions.publicCode, code)))
    .orderBy(asc(artists.displayName));
  return rows.map((row) => row.name);
}

export async function listUpcomingPublicSessions(
  tx: Executor,
  from: Date,
  limit: number,
): Promise<PublicSession[]> {
  const rows = await tx
    .select(publicColumns)
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(published, gte(sessions.endsAt, from)))
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(limit);
  return rows as PublicSession[];
}

/** The codes of every published session, past ones included (their pages stay). */
export async function listPublicSessionCodes(tx: Executor): Promise<string[]> {
  const rows = await tx
    .select({ code: sessions.publicCode })
    .from(sessions)
    .where(published)
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  return rows.map((row) => row.code).filter((code) => code !== null);
}

/**
 * Published sessions by id, with where they take place (a network's agenda copies them):
 * the public columns, the venue's commune code and position. Unpublished ids are absent.
 */
export async function findPublicSessionsByIds(tx: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({
      id: sessions.id,
      ...publicColumns,
      place: {
        communeCode: venues.communeCode,
        latitude: venues.latitude,
        longitude: venues.longitude,
      },
    })
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(published, inArray(sessions.id, [...ids])));
}

/**
 * When a published session was moved after it was first made public: the start it was announced
 * with (the first move's "from" after the first publication), else null. schema.org calls such
 * an event rescheduled and wants its previous start date.
 */
export async function previousPublicStart(tx: Executor, code: string): Promise<Date | null> {
  const [row] = await rowsOf<{ previous: string | null }>(
    tx,
    sql`with session as (
          select id from sessions where public_code = ${code} and is_public
        ), published as (
          select min(at) as at from session_changes
          where session_id = (select id from session) and changes -> 'isPublic' ->> 'to' = 'true'
        )
        select c.changes -> 'startsAt' ->> 'from' as previous
        from session_changes c, published p
        where c.session_id = (select id from session) and p.at is not null and c.at > p.at
          and c.changes -> 'startsAt' ->> 'from' is distinct from c.changes -> 'startsAt' ->> 'to'
          and c.changes -> 'startsAt' ->> 'from' is not null
        order by c.at asc limit 1`,
  );
  return row?.previous ? new Date(row.previous) : null;
}
