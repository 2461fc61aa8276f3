// The only place with queries for traceability: the records behind each indicator, page by page.
import type { TraceIndicator } from '@tutti/contracts';
import { type Executor, rowsOf, type schema } from '@tutti/db';
import { type SQL, sql } from 'drizzle-orm';
import { type Scope, scopeCte } from './indicators.scope';

type StoredReportParams = (typeof schema.reports.$inferSelect)['params'];

type Cell = string | number | null;
type Listing = { columns: string[]; from: SQL; select: SQL; order: SQL };

const dateOf = (scope: Scope) =>
  sql`to_char(h.starts_at at time zone ${scope.timeZone}, 'YYYY-MM-DD HH24:MI')`;

/** For each indicator: its columns, the rows it counts, and a stable order for paging. */
function listingOf(indicator: TraceIndicator, scope: Scope): Listing {
  switch (indicator) {
    case 'sessions':
      return {
        columns: [
          'sessionId',
          'startsAt',
          'kind',
          'status',
          'project',
          'venue',
          'commune',
          'hours',
        ],
        from: sql`held h join projects p on p.id = h.project_id left join venues v on v.id = h.venue_id`,
        select: sql`h.id::text, ${dateOf(scope)}, h.kind, h.status, p.name, v.name, h.commune_code, round(h.hours::numeric, 2)::float8`,
        order: sql`h.starts_at, h.id`,
      };
    case 'beneficiaries':
      return {
        columns: [
          'participantId',
          'firstName',
          'ageBand',
          'commune',
          'group',
          'presences',
          'hours',
        ],
        from: sql`(select m.participant_id, count(*)::int as presences, sum(h.hours)::float8 as hours
            from attendance_marks m join held h on h.id = m.session_id
            where m.status = 'present' group by m.participant_id) b
          join participants pa on pa.id = b.participant_id
          left join groups g on g.id = pa.group_id`,
        select: sql`pa.id::text, pa.first_name, pa.age_band, coalesce(pa.commune_code, g.commune_code), g.name, b.presences, round(b.hours::numeric, 2)::float8`,
        order: sql`pa.id`,
      };
    case 'headcounts':
      return {
        columns: ['sessionId', 'startsAt', 'kind', 'group', 'commune', 'count', 'recordedAt'],
        from: sql`session_headcounts c join held h on h.id = c.session_id left join groups g on g.id = c.group_id`,
        select: sql`h.id::text, ${dateOf(scope)}, h.kind, g.name, coalesce(g.commune_code, h.commune_code), c.count, c.recorded_at::text`,
        order: sql`h.starts_at, c.id`,
      };
    case 'marks':
      return {
        columns: [
          'sessionId',
          'startsAt',
          'kind',
          'participantId',
          'firstName',
          'status',
          'recordedAt',
        ],
        from: sql`attendance_marks m join held h on h.id = m.session_id join participants pa on pa.id = m.participant_id`,
        select: sql`h.id::text, ${dateOf(scope)}, h.kind, pa.id::text, pa.first_name, m.status, m.recorded_at::text`,
        order: sql`h.starts_at, h.id, pa.id`,
      };
    case 'communes':
      return {
        columns: ['commune', 'name', 'sessions'],
        from: sql`(select commune_code, max(commune_name) as name, count(*)::int as sessions
          from held where commune_code is not null group by commune_code) c`,
        select: sql`c.commune_code, c.name, c.sessions`,
        order: sql`c.commune_code`,
      };
  }
}

export async function traceRows(
  tx: Executor,
  scope: Scope,
  indicator: TraceIndicator,
  page: { limit: number; offset: number },
) {
  const listing = listingOf(indicator, scope);
  const rows = await rowsOf<{ row: Cell[] }>(
    tx,
    sql`with ${scopeCte(scope)}
      select json_build_array(${listing.select}) as row from ${listing.from}
      order by ${listing.order} limit ${page.limit} offset ${page.offset}`,
  );
  const [total] = await rowsOf<{ n: number }>(
    tx,
    sql`with ${scopeCte(scope)} select count(*)::int as n from ${listing.from}`,
  );
  return { columns: listing.columns, rows: rows.map((r) => r.row), total: total?.n ?? 0 };
}

export async function reportFilters(tx: Executor, reportId: string) {
  const [row] = await rowsOf<{ params: StoredReportParams; data_version: string | null }>(
    tx,
    sql`select params, data_version from reports where id = ${reportId}`,
  );
  return row ?? null;
}
