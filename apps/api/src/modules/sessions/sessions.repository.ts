// The only place with queries on sessions, their artists and groups.
import { type Executor, inTurn, schema } from '@tutti/db';
import { and, asc, eq, getTableColumns, gte, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';

const {
  attendanceMarks,
  groups,
  journeys,
  projects,
  sessionArtists,
  sessionGroups,
  sessionHeadcounts,
  sessions,
  venues,
} = schema;

export type SessionRow = typeof sessions.$inferSelect;

/** The ids of a session's artists and groups, as columns of a select from `sessions`. */
export const artistIdsColumn = sql<
  string[]
>`array(select sa.artist_id from session_artists sa where sa.session_id = sessions.id)::text[]`;
export const groupIdsColumn = sql<
  string[]
>`array(select sg.group_id from session_groups sg where sg.session_id = sessions.id)::text[]`;
export type SessionInsert = Omit<typeof sessions.$inferInsert, 'createdAt' | 'updatedAt'>;

/**
 * Artists and groups as JSON arrays in the same row: one round trip for a whole calendar.
 * Correlated subqueries name the outer table literally (`sessions.id`): drizzle leaves columns
 * unqualified in single-table selects, where they would bind to the inner table instead.
 */
const artistsJson = sql<{ id: string; displayName: string }[]>`coalesce((
  select json_agg(json_build_object('id', a.id, 'displayName', a.display_name) order by a.display_name)
  from session_artists sa join artists a on a.id = sa.artist_id where sa.session_id = sessions.id
), '[]'::json)`;
const groupsJson = sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', g.id, 'name', g.name) order by g.name)
  from session_groups sg join groups g on g.id = sg.group_id where sg.session_id = sessions.id
), '[]'::json)`;

const viewColumns = {
  session: sessions,
  project: { id: projects.id, name: projects.name },
  journey: { id: journeys.id, name: journeys.name },
  venue: {
    id: venues.id,
    name: venues.name,
    addressLine: venues.addressLine,
    postalCode: venues.postalCode,
    communeName: venues.communeName,
    capacity: venues.capacity,
  },
  artists: artistsJson,
  groups: groupsJson,
};

function selectViews(tx: Executor) {
  return tx
    .select(viewColumns)
    .from(sessions)
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(journeys, eq(journeys.id, sessions.journeyId))
    .leftJoin(venues, eq(venues.id, sessions.venueId));
}

export type SessionView = Awaited<ReturnType<typeof findSessionViews>>[number];

export async function findSessionViews(tx: Executor, where: SQL | undefined, limit = 2000) {
  return selectViews(tx)
    .where(where)
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(limit);
}

export async function findSessionView(tx: Executor, sessionId: string) {
  const [view] = await findSessionViews(tx, eq(sessions.id, sessionId), 1);
  return view ?? null;
}

export type CalendarFilters = {
  from: Date;
  to: Date;
  projectId?: string | undefined;
  venueId?: string | undefined;
  artistId?: string | undefined;
  groupId?: string | undefined;
  journeyId?: string | undefined;
  includeCancelled: boolean;
  /** Relays see only the sessions of the groups they follow. */
  onlyGroupsOfRelay?: string | undefined;
};

/** Sessions starting in `[from, to)`, narrowed by the filters; served by the starts_at indexes. */
export async function listCalendar(tx: Executor, filters: CalendarFilters, limit: number) {
  const inGroups = (groupCondition: SQL) =>
    inArray(
      sessions.id,
      tx.select({ id: sessionGroups.sessionId }).from(sessionGroups).where(groupCondition),
    );
  return findSessionViews(
    tx,
    and(
      gte(sessions.startsAt, filters.from),
      lt(sessions.startsAt, filters.to),
      filters.projectId ? eq(sessions.projectId, filters.projectId) : undefined,
      filters.venueId ? eq(sessions.venueId, filters.venueId) : undefined,
      filters.journeyId ? eq(sessions.journeyId, filters.journeyId) : undefined,
      filters.includeCancelled ? undefined : ne(sessions.status, 'cancelled'),
      filters.artistId
        ? inArray(
            sessions.id,
            tx
              .select({ id: sessionArtists.sessionId })
              .from(sessionArtists)
              .where(eq(sessionArtists.artistId, filters.artistId)),
          )
        : undefined,
      filters.groupId ? inGroups(eq(sessionGroups.groupId, filters.groupId)) : undefined,
      filters.onlyGroupsOfRelay
        ? inGroups(
            inArray(
              sessionGroups.groupId,
              tx
                .select({ id: groups.id })
                .from(groups)
                .where(eq(groups.relayUserId, filters.onlyGroupsOfRelay)),
            ),
          )
        : undefined,
    ),
    limit,
  );
}

export async function findSession(tx: Executor, sessionId: string) {
  const [row] = await tx.select().from(sessions).where(eq(sessions.id, sessionId));
  if (!row) return null;
  const [artistRows, groupRows] = await inTurn(
    () =>
      tx
        .select({ id: sessionArtists.artistId })
        .from(sessionArtists)
        .where(eq(sessionArtists.sessionId, sessionId)),
    () =>
      tx
        .select({ id: sessionGroups.groupId })
        .from(sessionGroups)
        .where(eq(sessionGroups.sessionId, sessionId)),
  );
  return { ...row, artistIds: artistRows.map((r) => r.id), groupIds: groupRows.map((r) => r.id) };
}
export type SessionWithLinks = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** Several sessions with their artists and groups, in one query. */
export async function findSessionsWithLinks(
  tx: Executor,
  sessionIds: string[],
): Promise<SessionWithLinks[]> {
  if (sessionIds.length === 0) return [];
  return tx
    .select({
      ...getTableColumns(sessions),
      artistIds: artistIdsColumn,
      groupIds: groupIdsColumn,
    })
    .from(sessions)
    .where(inArray(sessions.id, sessionIds));
}

/** The sessions of a journey in their order, with their artists and groups. */
export async function findJourneySessions(
  tx: Executor,
  journeyId: string,
): Promise<SessionWithLinks[]> {
  return tx
    .select({
      ...getTableColumns(sessions),
      artistIds: artistIdsColumn,
      groupIds: groupIdsColumn,
    })
    .from(sessions)
    .where(eq(sessions.journeyId, journeyId))
    .orderBy(asc(sessions.journeyPosition), asc(sessions.startsAt));
}

export async function insertSession(
  tx: Executor,
  values: SessionInsert,
  links: { artistIds: string[]; groupIds: string[] },
) {
  const [row] = await tx.insert(sessions).values(values).returning();
  await replaceLinks(tx, row!.orgId, row!.id, links);
  return row!;
}

export async function updateSession(
  tx: Executor,
  sessionId: string,
  values: Partial<SessionInsert>,
  links?: { artistIds?: string[] | undefined; groupIds?: string[] | undefined },
) {
  const [row] = await tx
    .update(sessions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(sessions.id, sessionId))
    .returning();
  if (links) await replaceLinks(tx, row!.orgId, sessionId, links);
  return row!;
}

async function replaceLinks(
  tx: Executor,
  orgId: string,
  sessionId: string,
  links: { artistIds?: string[] | undefined; groupIds?: string[] | undefined },
) {
  if (links.artistIds) {
    await tx.delete(sessionArtists).where(eq(sessionArtists.sessionId, sessionId));
    if (links.artistIds.length > 0) {
      await tx
        .insert(sessionArtists)
        .values(links.artistIds.map((artistId) => ({ orgId, sessionId, artistId })));
    }
  }
  if (links.groupIds) {
    await tx.delete(sessionGroups).where(eq(sessionGroups.sessionId, sessionId));
    if (links.groupIds.length > 0) {
      await tx
        .insert(sessionGroups)
        .values(links.groupIds.map((groupId) => ({ orgId, sessionId, groupId })));
    }
  }
}

/** Attendance recorded for a session: marks and head counts. */
export async function countAttendance(tx: Executor, sessionId: string) {
  const [marks] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(attendanceMarks)
    .where(eq(attendanceMarks.sessionId, sessionId));
  const [headcounts] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(sessionHeadcounts)
    .where(eq(sessionHeadcounts.sessionId, sessionId));
  return { marks: marks?.count ?? 0, headcounts: headcounts?.count ?? 0 };
}

export async function deleteSession(tx: Executor, sessionId: string) {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

/**
 * Serialises the writes that touch the same sessions, venues, artists or groups, so that two
 * coordinators cannot both take one free slot. Each call takes its locks in one sorted pass; the
 * locks end with the transaction.
 */
export async function lockIds(tx: Executor, ids: (string | null)[]) {
  const sorted = [...new Set(ids.filter((id): id is string => !!id))].sort();
  if (sorted.length === 0) return;
  await tx.execute(
    sql`select count(pg_advisory_xact_lock(hashtextextended(held.id, 7117))) from (select id from unnest(string_to_array(${sorted.join(',')}, ',')) as id order by id) as held`,
  );
}

/** The ids that exist among those asked, for references given in a request body. */
export async function existingIds(
  tx: Executor,
  table: 'projects' | 'venues' | 'artists' | 'groups',
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const source = { projects, venues, artists: schema.artists, groups }[table];
  const rows = await tx.select({ id: source.id }).from(source).where(inArray(source.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** The ids among those asked that are sessions of the organisation. */
export async function existingSessionIds(tx: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: sessions.id }).from(sessions).where(inArray(sessions.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** True when the user is the relay of one of the groups. */
export async function isRelayOfAny(tx: Executor, userId: string, groupIds: string[]) {
  if (groupIds.length === 0) return false;
  const rows = await tx
    .select({ id: groups.id })
    .from(groups)
    .where(and(inArray(groups.id, groupIds), eq(groups.relayUserId, userId)))
    .limit(1);
  return rows.length > 0;
}

/** The artist record linked to a user's account, if any. */
export async function artistIdOfUser(tx: Executor, userId: string) {
  const [row] = await tx
    .select({ id: schema.artists.id })
    .from(schema.artists)
    .where(eq(schema.artists.userId, userId))
    .limit(1);
  return row?.id ?? null;
}
