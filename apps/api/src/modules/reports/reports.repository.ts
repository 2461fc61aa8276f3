// The only place with queries for reports: the reports table, and the per-session, per-project and
// per-journey tables a report is built from.
import { type Executor, rowsOf, schema } from '@tutti/db';
import { count, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Scope, scopeCte } from '../impact';

const { reports, projects, surveys, organisations, users } = schema;

export type ReportRow = typeof reports.$inferSelect;

export async function insertReport(tx: Executor, values: typeof reports.$inferInsert) {
  const [row] = await tx.insert(reports).values(values).returning();
  return row!;
}

export async function updateReport(
  tx: Executor,
  id: string,
  values: Partial<typeof reports.$inferInsert>,
) {
  await tx.update(reports).set(values).where(eq(reports.id, id));
}

export async function findReport(tx: Executor, id: string) {
  const [row] = await tx
    .select({ report: reports, requestedByName: users.displayName })
    .from(reports)
    .leftJoin(users, eq(users.id, reports.requestedBy))
    .where(eq(reports.id, id));
  return row ?? null;
}

export async function listReports(tx: Executor, page: { limit: number; offset: number }) {
  const rows = await tx
    .select({ report: reports, requestedByName: users.displayName })
    .from(reports)
    .leftJoin(users, eq(users.id, reports.requestedBy))
    .orderBy(desc(reports.createdAt), desc(reports.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(reports);
  return { rows, total: total?.n ?? 0 };
}

export async function projectNames(tx: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(inArray(projects.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function existingSurveyIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.select({ id: surveys.id }).from(surveys).where(inArray(surveys.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function organisationName(tx: Executor, orgId: string) {
  const [row] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.name ?? '';
}

export type SessionLine = {
  starts: string;
  kind: string;
  status: string;
  project: string;
  venue: string | null;
  commune: string | null;
  hours: number;
  present: number;
  marked: number;
  counted: number;
};

/** Every session of the scope with its attendance, in date order. */
export function sessionLines(tx: Executor, scope: Scope) {
  return rowsOf<SessionLine>(
    tx,
    sql`with ${scopeCte(scope)},
      marks as (
        select m.session_id, count(*) filter (where m.status = 'present')::int as present, count(*)::int as marked
        from attendance_marks m join scope s on s.id = m.session_id group by m.session_id
      ),
      heads as (
        select c.session_id, sum(c.count)::int as counted
        from session_headcounts c join scope s on s.id = c.session_id group by c.session_id
      )
      select to_char(s.starts_at at time zone ${scope.timeZone}, 'YYYY-MM-DD HH24:MI') as starts,
        s.kind, s.status, p.name as project, v.name as venue, s.commune_code as commune,
        round(s.hours::numeric, 2)::float8 as hours,
        coalesce(m.present, 0) as present, coalesce(m.marked, 0) as marked, coalesce(h.counted, 0) as counted
      from scope s join projects p on p.id = s.project_id left join venues v on v.id = s.venue_id
        left join marks m on m.session_id = s.id left join heads h on h.session_id = s.id
      order by s.starts_at, s.id`,
  );
}

export type ProjectLine = {
  id: string;
  name: string;
  sessions: number;
  listed: number;
  counted: number;
  hours: number;
};

/** Per project: held sessions, listed people present at least once, people counted, participant-hours. */
export function projectLines(tx: Executor, scope: Scope) {
  return rowsOf<ProjectLine>(
    tx,
    sql`with ${scopeCte(scope)},
      listed as (
        select h.project_id, count(distinct m.participant_id)::int as listed,
          coalesce(sum(h.hours), 0)::float8 as hours
        from attendance_marks m join held h on h.id = m.session_id
        where m.status = 'present' group by h.project_id
      ),
      counted as (
        select h.project_id, sum(c.count)::int as counted, sum(c.count * h.hours)::float8 as hours
        from session_headcounts c join held h on h.id = c.session_id group by h.project_id
      ),
      held_sessions as (select project_id, count(*)::int as sessions from held group by project_id)
      select p.id, p.name, coalesce(hs.sessions, 0) as sessions, coalesce(l.listed, 0) as listed,
        coalesce(c.counted, 0) as counted, (coalesce(l.hours, 0) + coalesce(c.hours, 0))::float8 as hours
      from held_sessions hs join projects p on p.id = hs.project_id
        left join listed l on l.project_id = p.id left join counted c on c.project_id = p.id
      order by p.name`,
  );
}

export type JourneyLine = {
  name: string;
  group_name: string;
  sessions: number;
  members: number;
  present_people: number;
  present: number;
  marked: number;
};

/** Journeys with a session in the scope: sessions held, group size, people present, marks. */
export function journeyLines(tx: Executor, scope: Scope) {
  return rowsOf<JourneyLine>(
    tx,
    sql`with ${scopeCte(scope)},
      journey_sessions as (
        select s.journey_id, h.id from held h join sessions s on s.id = h.id where s.journey_id is not null
      )
      select j.name, g.name as group_name, count(distinct js.id)::int as sessions,
        (select count(*)::int from participants p where p.group_id = g.id and p.archived_at is null) as members,
        count(distinct m.participant_id) filter (where m.status = 'present')::int as present_people,
        count(m.participant_id) filter (where m.status = 'present')::int as present,
        count(m.participant_id)::int as marked
      from journey_sessions js join journeys j on j.id = js.journey_id join groups g on g.id = j.group_id
        left join attendance_marks m on m.session_id = js.id
      group by j.id, j.name, g.id, g.name
      order by j.name`,
  );
}
