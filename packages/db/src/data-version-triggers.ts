// Gives every tenant table (any table with an `org_id` column) the deferred trigger that raises
// its organisation's data version at commit, so that a new table needs no hand-written SQL.
import { getTableName, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { rowsOf } from './rows-of';
import * as schema from './schema/index';

/** Tables impact figures are made of: a change also raises the impact data version. */
export const IMPACT_TABLES: readonly string[] = [
  schema.sessions,
  schema.sessionGroups,
  schema.sessionArtists,
  schema.attendanceMarks,
  schema.sessionHeadcounts,
  schema.participants,
  schema.participantAccessNeeds,
  schema.groups,
  schema.venues,
  schema.artists,
  schema.projects,
  schema.carbonSettings,
  schema.carbonProjectSettings,
  schema.carbonSessionSettings,
].map((table) => getTableName(table));

/**
 * Tables with an `org_id` that raise no data version: the versions themselves, and the audit
 * log, which a read appends to (a version raised by each read of access needs would throw away
 * every cached answer of the organisation) and which no cached answer is made of.
 */
export const UNVERSIONED_TABLES: readonly string[] = [
  'org_data_versions',
  'impact_data_versions',
  'audit_events',
];

type TableTrigger = {
  table_name: string;
  key_column: string;
  trigger_name: string | null;
  trigger_args: string | null;
};

/** What a table's trigger passes to `tutti_note_data_change` (migration 0014). */
function argumentsFor(table: string, keyColumn: string) {
  return [keyColumn, IMPACT_TABLES.includes(table) ? 'impact' : 'all'] as const;
}

function createTrigger(table: string, keyColumn: string) {
  const [key, scope] = argumentsFor(table, keyColumn);
  return sql.raw(
    `CREATE CONSTRAINT TRIGGER "${table}_data_version" AFTER INSERT OR UPDATE OR DELETE ON public."${table}" ` +
      `DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.tutti_note_data_change('${key}', '${scope}')`,
  );
}

/**
 * Installs the data-version trigger on every tenant table and on `organisations` where it is
 * missing, renames one left with a renamed table's old name, and replaces one whose arguments
 * no longer match (a table added to `IMPACT_TABLES`). Idempotent; runs after the migrations, as
 * the tables' owner. Returns the tables it changed.
 */
export async function installDataVersionTriggers(db: Executor): Promise<string[]> {
  const rows = await rowsOf<TableTrigger>(
    db,
    sql`select c.relname as table_name, a.attname as key_column, t.tgname as trigger_name,
               encode(t.tgargs, 'escape') as trigger_args
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
          join pg_attribute a on a.attrelid = c.oid and not a.attisdropped
           and (a.attname = 'org_id' or (c.relname = 'organisations' and a.attname = 'id'))
          left join pg_trigger t on t.tgrelid = c.oid
           and t.tgfoid = 'public.tutti_note_data_change'::regproc
         where c.relkind in ('r', 'p')
           and c.relname not in (${sql.join(
             UNVERSIONED_TABLES.map((table) => sql`${table}`),
             sql`, `,
           )})
         order by c.relname, (t.tgname = c.relname || '_data_version') desc, t.tgname`,
  );
  const changed = new Set<string>();
  const seen = new Set<string>();
  for (const row of rows) {
    const table = row.table_name;
    const wanted = `${table}_data_version`;
    const args = `${argumentsFor(table, row.key_column).join('\\000')}\\000`;
    if (row.trigger_name === null) {
      await db.execute(createTrigger(table, row.key_column));
      changed.add(table);
    } else if (seen.has(table) || row.trigger_args !== args) {
      // A second trigger of the same kind, or one built for other arguments: one right one stays.
      await db.execute(sql.raw(`DROP TRIGGER "${row.trigger_name}" ON public."${table}"`));
      if (!seen.has(table)) await db.execute(createTrigger(table, row.key_column));
      changed.add(table);
    } else if (row.trigger_name !== wanted) {
      await db.execute(
        sql.raw(`ALTER TRIGGER "${row.trigger_name}" ON public."${table}" RENAME TO "${wanted}"`),
      );
      changed.add(table);
    }
    seen.add(table);
  }
  return [...changed];
}
