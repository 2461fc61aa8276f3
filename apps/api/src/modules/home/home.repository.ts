// The home page's reads: small aggregates over several modules' tables, each served by an index
// (the home is the first page everyone opens). Read-only; rules owned elsewhere (a missing
// consent, the impact scope) come from their owners.
import { consentMissingSql, type Executor, rowsOf, schema } from '@tutti/db';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  ne,
  sql,
} from 'drizzle-orm';
import { type Scope, scopeCte } from '../impact';

const {
  sessions,
  sessionArtists,
  sessionGroups,
  projects,
  venues,
  artists,
  groups,
  partners,
  participants,
  attendanceMarks,
  sessionHeadcounts,
  attendanceOperations,
  importBatches,
  memberships,
  memberInvitations,
  outboxMessages,
  journeys,
  surveys,
  surveyResponses,
} = schema;

/** Local midnight of `date` in `timeZone`, as SQL. */
export function localMidnight(date: string, timeZone: string) {
  return sql`((${date}::date)::timestamp at time zone ${timeZone})`;
}
type SQLish = ReturnType<typeof localMidnight>;

const notCancelled = ne(sessions.status, 'cancelled');

const sessionColumns = {
  id: sessions.id,
  kind: sessions.kind,
  title: sessions.title,
  status: sessions.status,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  timeZone: sessions.timeZone,
  projectName: projects.name,
  venueName: venues.name,
  acceptedConflicts: sql<number>`coalesce(jsonb_array_length(${sessions.conflictOverride}->'codes'), 0)::int`,
};
export type HomeSessionRow = {
  id: string;
  kind: (typeof sessions.$inferSelect)['kind'];
  title: string | null;
  status: (typeof sessions.$inferSelect)['status'];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  projectName: string;
  venueName: string | null;
  acceptedConflicts: number;
};

function selectSessions(tx: Executor) {
  return tx
    .select(sessionColumns)
    .from(sessions)
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(venues, eq(venues.id, sessions.venueId));
}

/** No mark and no head count has reached the server for the session. */
const noAttendance = and(
  sql`not exists (select 1 from ${attendanceMarks} where ${attendanceMarks.sessionId} = ${sessions.id})`,
  sql`not exists (select 1 from ${sessionHeadcounts} where ${sessionHeadcounts.sessionId} = ${sessions.id})`,
  sql`exists (select 1 from ${sessionGroups} where ${sessionGroups.sessionId} = ${sessions.id})`,
);

export type Range = { orgId: string; from: string; toExclusive: string; timeZone: string };

function within(range: Range) {
  return and(
    eq(sessions.orgId, range.orgId),
    gte(sessions.startsAt, localMidnight(range.from, range.timeZone)),
    lt(sessions.startsAt, localMidnight(range.toExclusive, range.timeZone)),
    notCancelled,
  );
}

// ---- the week (admins and coordinators) ----

/**
 * The first `limit` sessions of the range, and (window counts, one query) how many there are in
 * all, still planned, and placed with accepted conflicts.
 */
export async function weekSessions(tx: Executor, range: Range, limit: number) {
  const rows = await tx
    .select({
      ...sessionColumns,
      total: sql<number>`(count(*) over ())::int`,
      unconfirmed: sql<number>`(count(*) filter (where ${sessions.status} = 'planned') over ())::int`,
      withAcceptedConflicts: sql<number>`(count(*) filter (where ${sessions.conflictOverride} is not null) over ())::int`,
    })
    .from(sessions)
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(within(range))
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(limit);
  const first = rows[0];
  return {
    rows: rows as HomeSessionRow[],
    total: first?.total ?? 0,
    unconfirmed: first?.unconfirmed ?? 0,
    withAcceptedConflicts: first?.withAcceptedConflicts ?? 0,
  };
}

/** The first sessions starting at or after `from`. */
export async function sessionsFrom(
  tx: Executor,
  options: { orgId: string; from: SQLish | Date; limit: number },
) {
  return (await selectSessions(tx)
    .where(
      and(eq(sessions.orgId, options.orgId), gte(sessions.startsAt, options.from), notCancelled),
    )
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(options.limit)) as HomeSessionRow[];
}

/** Minors without a consent in the groups that have a session in the range. */
export async function missingConsentsOfRange(tx: Executor, range: Range) {
  const groupsOfRange = tx
    .selectDistinct({ groupId: sessionGroups.groupId })
    .from(sessionGroups)
    .innerJoin(sessions, eq(sessions.id, sessionGroups.sessionId))
    .where(within(range));
  const [row] = await tx
    .select({
      participants: count(),
      groups: sql<number>`count(distinct ${participants.groupId})::int`,
    })
    .from(participants)
    .where(
      and(
        eq(participants.orgId, range.orgId),
        inArray(participants.groupId, groupsOfRange),
        sql`${participants.archivedAt} is null`,
        consentMissingSql,
      ),
    );
  return row ?? { participants: 0, groups: 0 };
}

/** Sessions started since `since`, over at `now`, with a group and no attendance received. */
export async function attendanceAwaited(
  tx: Executor,
  options: { orgId: string; since: Date; now: Date; limit: number },
) {
  const where = and(
    eq(sessions.orgId, options.orgId),
    gte(sessions.startsAt, options.since),
    lte(sessions.endsAt, options.now),
    notCancelled,
    noAttendance,
  );
  const rows = await tx
    .select({ ...sessionColumns, total: sql<number>`(count(*) over ())::int` })
    .from(sessions)
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(where)
    .orderBy(desc(sessions.startsAt), asc(sessions.id))
    .limit(options.limit);
  return { rows: rows as HomeSessionRow[], total: rows[0]?.total ?? 0 };
}

/**
 * The artists of `sessionIds`, each with the last time the server received attendance from
 * their account on one of their sessions of the last 60 days (through the artist's sessions,
 * which are indexed, rather than every operation of the organisation).
 */
export async function artistsWithLastSync(tx: Executor, sessionIds: string[], now: Date) {
  if (sessionIds.length === 0) return [];
  const since = new Date(now.getTime() - 60 * 86_400_000);
  return rowsOf<{
    session_id: string;
    id: string;
    name: string;
    last_sync_at: Date | string | null;
  }>(
    tx,
    sql`select sa.session_id, a.id, a.display_name as name,
        (select max(o.received_at)
           from ${sessionArtists} own
           join ${sessions} s2 on s2.id = own.session_id and s2.starts_at >= ${since}
           join ${attendanceOperations} o on o.session_id = s2.id and o.user_id = a.user_id
          where own.artist_id = a.id) as last_sync_at
      from ${sessionArtists} sa join ${artists} a on a.id = sa.artist_id
      where sa.session_id in (${sql.join(
        sessionIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      order by a.display_name, a.id`,
  );
}

export async function previewedImports(tx: Executor, orgId: string, since: Date, limit: number) {
  return tx
    .select({
      id: importBatches.id,
      entity: importBatches.entity,
      fileName: importBatches.fileName,
      createdAt: importBatches.createdAt,
      errorCount: importBatches.errorCount,
    })
    .from(importBatches)
    .where(
      and(
        eq(importBatches.orgId, orgId),
        gt(importBatches.createdAt, since),
        eq(importBatches.status, 'previewed'),
      ),
    )
    .orderBy(desc(importBatches.createdAt))
    .limit(limit);
}

/** Whether the organisation has any venue, partner, participant, project and journey. */
export async function firstStepFacts(tx: Executor, orgId: string) {
  const [row] = await rowsOf<{
    venues: boolean;
    partners: boolean;
    participants: boolean;
    project: boolean;
    journey: boolean;
  }>(
    tx,
    sql`select
        exists (select 1 from ${venues} where ${venues.orgId} = ${orgId}) as venues,
        exists (select 1 from ${partners} where ${partners.orgId} = ${orgId}) as partners,
        exists (select 1 from ${participants} where ${participants.orgId} = ${orgId}) as participants,
        exists (select 1 from ${projects} where ${projects.orgId} = ${orgId}) as project,
        exists (select 1 from ${journeys} where ${journeys.orgId} = ${orgId}) as journey`,
  );
  return row!;
}

export async function administrationFacts(tx: Executor, orgId: string, now: Date) {
  const [row] = await rowsOf<{ members: number; pending: number; failed: number }>(
    tx,
    sql`select
        (select count(*)::int from ${memberships} where ${memberships.orgId} = ${orgId}) as members,
        (select count(*)::int from ${memberInvitations} where ${memberInvitations.orgId} = ${orgId}
           and ${memberInvitations.acceptedAt} is null and ${memberInvitations.revokedAt} is null
           and ${memberInvitations.expiresAt} > ${now}) as pending,
        (select count(*)::int from ${outboxMessages} where ${outboxMessages.orgId} = ${orgId}
           and ${outboxMessages.status} = 'failed') as failed`,
  );
  return row!;
}

// ---- the artist ----

export async function artistOfUser(tx: Executor, orgId: string, userId: string) {
  const [row] = await tx
    .select({ id: artists.id })
    .from(artists)
    .where(and(eq(artists.orgId, orgId), eq(artists.userId, userId)))
    .orderBy(sql`${artists.archivedAt} is not null`, asc(artists.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/** At most this many of an artist's sessions are read from a week ago on (weeks of work). */
export const ARTIST_SESSIONS_READ = 120;

export type ArtistSessionRow = HomeSessionRow & {
  onlineUrl: string | null;
  venueAddress: string | null;
  venueCommune: string | null;
  /** A mark or a head count has reached the server. */
  hasAttendance: boolean;
  hasGroups: boolean;
};

/**
 * The artist's sessions (cancelled ones left out) starting from `since`, by start: through the
 * artist's index on session_artists, so one query serves the next session, its day, what follows,
 * the week's count and the attendance still awaited.
 */
export async function sessionsOfArtistSince(tx: Executor, artistId: string, since: Date) {
  return (await tx
    .select({
      ...sessionColumns,
      onlineUrl: sessions.onlineUrl,
      venueAddress: venues.addressLine,
      venueCommune: venues.communeName,
      hasAttendance: sql<boolean>`(exists (select 1 from ${attendanceMarks} where ${attendanceMarks.sessionId} = ${sessions.id}) or exists (select 1 from ${sessionHeadcounts} where ${sessionHeadcounts.sessionId} = ${sessions.id}))`,
      hasGroups: sql<boolean>`exists (select 1 from ${sessionGroups} where ${sessionGroups.sessionId} = ${sessions.id})`,
    })
    .from(sessionArtists)
    .innerJoin(sessions, eq(sessions.id, sessionArtists.sessionId))
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(eq(sessionArtists.artistId, artistId), gte(sessions.startsAt, since), notCancelled))
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(ARTIST_SESSIONS_READ)) as ArtistSessionRow[];
}

/** A session's groups and artists, in one query. */
export async function peopleOfSession(tx: Executor, sessionId: string) {
  return rowsOf<{ kind: 'group' | 'artist'; id: string; name: string }>(
    tx,
    sql`select 'group' as kind, g.id, g.name from ${sessionGroups} sg
          join ${groups} g on g.id = sg.group_id where sg.session_id = ${sessionId}
        union all
        select 'artist', a.id, a.display_name from ${sessionArtists} sa
          join ${artists} a on a.id = sa.artist_id where sa.session_id = ${sessionId}
        order by 1, 3, 2`,
  );
}

// ---- the relay ----

/** The relay's groups (archived ones left out), with counts of participants and missing consents. */
export async function groupsOfRelay(tx: Executor, orgId: string, userId: string) {
  return tx
    .select({
      id: groups.id,
      name: groups.name,
      partnerName: partners.name,
      listedIndividually: groups.listedIndividually,
      participants: sql<number>`(select count(*)::int from ${participants} where ${participants.groupId} = ${groups.id} and ${participants.archivedAt} is null)`,
      missingConsents: sql<number>`(select count(*)::int from ${participants} where ${participants.groupId} = ${groups.id} and ${participants.archivedAt} is null and ${consentMissingSql})`,
    })
    .from(groups)
    .leftJoin(partners, eq(partners.id, groups.partnerId))
    .where(
      and(
        eq(groups.orgId, orgId),
        eq(groups.relayUserId, userId),
        sql`${groups.archivedAt} is null`,
      ),
    )
    .orderBy(asc(groups.name), asc(groups.id));
}

/** For each group, its first session not over at `now`. */
export async function nextSessionsOfGroups(tx: Executor, groupIds: string[], now: Date) {
  if (groupIds.length === 0) return [];
  return (await tx
    .selectDistinctOn([sessionGroups.groupId], {
      groupId: sessionGroups.groupId,
      ...sessionColumns,
    })
    .from(sessionGroups)
    .innerJoin(sessions, eq(sessions.id, sessionGroups.sessionId))
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(inArray(sessionGroups.groupId, groupIds), gt(sessions.endsAt, now), notCancelled))
    .orderBy(
      sessionGroups.groupId,
      asc(sessions.startsAt),
      asc(sessions.id),
    )) as (HomeSessionRow & {
    groupId: string;
  })[];
}

/** Open surveys of the groups' journeys, with the answers recorded for each group. */
export async function openSurveysOfGroups(tx: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return tx
    .select({
      groupId: journeys.groupId,
      id: surveys.id,
      title: surveys.title,
      answers: sql<number>`(select count(*)::int from ${surveyResponses} where ${surveyResponses.surveyId} = ${surveys.id} and ${surveyResponses.groupId} = ${journeys.groupId})`,
    })
    .from(surveys)
    .innerJoin(journeys, eq(journeys.id, surveys.journeyId))
    .where(
      and(
        inArray(journeys.groupId, groupIds),
        eq(surveys.status, 'open'),
        isNotNull(surveys.journeyId),
      ),
    )
    .orderBy(asc(surveys.title), asc(surveys.id));
}

// ---- the viewer ----

/**
 * The season's figures up to yesterday, over the sessions Impact counts (`held`: not cancelled,
 * started; here every session of `held` started before today), and the sessions still to come
 * from `today` to the end of the season.
 */
export async function seasonFigures(
  tx: Executor,
  held: Scope,
  upcoming: { orgId: string; from: string; toExclusive: string; timeZone: string },
) {
  const [row] = await rowsOf<{
    sessions_held: number;
    concerts_held: number;
    communes: number;
    projects: number;
    attendances: number;
  }>(
    tx,
    sql`with ${scopeCte(held)}
      select
        (select count(*)::int from held) as sessions_held,
        (select count(*)::int from held where kind = 'concert') as concerts_held,
        (select count(distinct commune_code)::int from held) as communes,
        (select count(distinct project_id)::int from held) as projects,
        (select count(*)::int from ${attendanceMarks} m join held h on h.id = m.session_id
          where m.status = 'present')
        + (select coalesce(sum(c.count), 0)::int from ${sessionHeadcounts} c
            join held h on h.id = c.session_id) as attendances`,
  );
  const [later] = await tx
    .select({ n: count() })
    .from(sessions)
    .where(within({ ...upcoming }));
  return { ...row!, upcoming: later?.n ?? 0 };
}
