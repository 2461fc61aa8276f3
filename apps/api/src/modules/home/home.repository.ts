// The home page's reads for those who run the organisation: the coordinator's week and first
// steps, the admins' administration, the viewer's season figures. Each is a small aggregate over
// several modules' tables served by an index (the home is the first page everyone opens).
// Read-only; rules owned elsewhere (a missing consent, the impact scope) come from their owners.
import { consentMissingSql, type Executor, rowsOf, schema } from '@tutti/db';
import { and, asc, count, desc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import { type Scope, scopeCte } from '../impact';
import {
  type HomeSessionRow,
  noAttendance,
  notCancelled,
  type Range,
  type SQLish,
  selectSessions,
  sessionColumns,
  within,
} from './home-sessions.repository';

const {
  sessions,
  sessionArtists,
  sessionGroups,
  projects,
  venues,
  artists,
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
} = schema;

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
