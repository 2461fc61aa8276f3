// The sessions an indicator counts, as a SQL CTE: shared by the indicators' queries and by the
// reports module's listings, so both count the same sessions.
import { type SQL, sql } from 'drizzle-orm';

/** The resolved filters: local dates (inclusive) read in the organisation's time zone. */
export type Scope = {
  from: string;
  to: string;
  timeZone: string;
  projectIds: string[];
  communeCodes: string[];
  departmentCode: string | null;
};

/**
 * The sessions of the scope as a CTE named `scope` (every session, cancelled ones included) and
 * `held` (not cancelled, started before now). Sessions are placed in a territory by the commune
 * of their venue; online sessions have none and leave territory filters.
 */
export function scopeCte(scope: Scope): SQL {
  const conditions: SQL[] = [
    sql`s.starts_at >= (${scope.from}::date)::timestamp at time zone ${scope.timeZone}`,
    sql`s.starts_at < (${scope.to}::date + 1)::timestamp at time zone ${scope.timeZone}`,
  ];
  if (scope.projectIds.length > 0)
    conditions.push(sql`s.project_id = any(${pgArray(scope.projectIds)}::uuid[])`);
  if (scope.communeCodes.length > 0)
    conditions.push(sql`v.commune_code = any(${pgArray(scope.communeCodes)}::text[])`);
  if (scope.departmentCode) conditions.push(sql`v.commune_code like ${`${scope.departmentCode}%`}`);
  return sql`scope as (
    select s.id, s.kind, s.status, s.project_id, s.venue_id, s.starts_at, s.updated_at,
      extract(epoch from (s.ends_at - s.starts_at))::float8 / 3600 as hours,
      v.commune_code, v.commune_name,
      to_char(s.starts_at at time zone ${scope.timeZone}, 'YYYY-MM') as month
    from sessions s left join venues v on v.id = s.venue_id
    where ${sql.join(conditions, sql` and `)}
  ), held as (select * from scope where status <> 'cancelled' and starts_at <= now())`;
}

/** A text[] parameter that both drivers pass the same way. */
export function pgArray(values: string[]) {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
}
