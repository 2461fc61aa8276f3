// What the home's reads share: a session as the home lists it, a range of local days, and the
// conditions every role's reads use.
import { type Executor, schema } from '@tutti/db';
import { and, eq, gte, lt, ne, sql } from 'drizzle-orm';

const { sessions, sessionGroups, projects, venues, attendanceMarks, sessionHeadcounts } = schema;

/** Local midnight of `date` in `timeZone`, as SQL. */
export function localMidnight(date: string, timeZone: string) {
  return sql`((${date}::date)::timestamp at time zone ${timeZone})`;
}
export type SQLish = ReturnType<typeof localMidnight>;

export const notCancelled = ne(sessions.status, 'cancelled');

export const sessionColumns = {
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

export function selectSessions(tx: Executor) {
  return tx
    .select(sessionColumns)
    .from(sessions)
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(venues, eq(venues.id, sessions.venueId));
}

/** No mark and no head count has reached the server for the session. */
export const noAttendance = and(
  sql`not exists (select 1 from ${attendanceMarks} where ${attendanceMarks.sessionId} = ${sessions.id})`,
  sql`not exists (select 1 from ${sessionHeadcounts} where ${sessionHeadcounts.sessionId} = ${sessions.id})`,
  sql`exists (select 1 from ${sessionGroups} where ${sessionGroups.sessionId} = ${sessions.id})`,
);

export type Range = { orgId: string; from: string; toExclusive: string; timeZone: string };

export function within(range: Range) {
  return and(
    eq(sessions.orgId, range.orgId),
    gte(sessions.startsAt, localMidnight(range.from, range.timeZone)),
    lt(sessions.startsAt, localMidnight(range.toExclusive, range.timeZone)),
    notCancelled,
  );
}
