// Gives every tenant table (any table with an `org_id` column) the deferred trigger that raises
// its organisation's data versions at commit, so that a new table needs no hand-written SQL: the
// organisation's, the table's, and for a row of a session (the table references sessions) its
// artists' on the day it starts.
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
  schema.carbonConfirmations,
  // Concerts' attendance by channel and tariff, no-shows and receipts.
  schema.concertOrders,
  schema.concertOrderLines,
  schema.concertGroupOrders,
  schema.concertRelayAllocations,
  schema.concertDoorEntries,
  schema.concertPayments,
  schema.partners,
  // The handovers and follow-up answers the continuation rate is made of.
  schema.directoryHandovers,
  schema.directoryFollowUps,
  // The choirs singing the concerts, and their singers' age bands.
  schema.choirs,
  schema.choirSeasons,
  schema.choirRehearsals,
  schema.choirMembers,
].map((table) => getTableName(table));

/**
 * Tables with an `org_id` that raise no data version: the versions themselves, the audit
 * log, which a read appends to (a version raised by each read of access needs would throw away
 * every cached answer of the organisation), and the journey spaces' reminders sent, which a job
 * writes every quarter of an hour (each would raise its session's artists' day); no cached
 * answer is made of them.
 */
export const UNVERSIONED_TABLES: readonly string[] = [
  'org_data_versions',
  'impact_data_versions',
  'table_data_versions',
  'artist_day_versions',
  'audit_events',
  'space_reminders_sent',
];

type TableTrigger = {
  table_name: string;
  key_column: string;
  /** `id` for sessions, the column referencing sessions for their rows, else empty. */
  session_column: string;
  trigger_name: string | null;
  trigger_args: string | null;
};

/** What a table's trigger passes to `tutti_note_data_change` (migrations 0014, 0029). */
function argumentsFor(row: Pick<TableTrigger, 'table_name' | 'key_column' | 'session_column'>) {
  const scope = IMPACT_TABLES.includes(row.table_name) ? 'impact' : 'all';
  return [row.key_column, scope, row.session_column] as const;
}

function createTrigger(row: TableTrigger) {
  const table = row.table_name;
  const [key, scope, session] = argumentsFor(row);
  return sql.raw(
    `CREATE CONSTRAINT TRIGGER "${table}_data_version" AFTER INSERT OR UPDATE OR DELETE ON public."${table}" ` +
      `DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.tutti_note_data_change('${key}', '${scope}', '${session}')`,
  );
}

/**
 * Installs the data-version trigger on every tenant table and on `organisations` where it is
 * missing, renames one left with a renamed table's old name, and replaces one whose arguments
 * no longer match (a table added to `IMPACT_TABLES`, a reference to sessions added). Idempotent; runs after the migrations, as
 * the tables' owner. Returns the tables it changed.
 */
export async function installDataVersionTriggers(db: Executor): Promise<string[]> {
  const rows = await rowsOf<TableTrigger>(
    db,
    sql`select c.relname as table_name, a.attname as key_column, t.tgname as trigger_name,
               encode(t.tgargs, 'escape') as trigger_args,
               case when c.relname = 'sessions' then 'id' else coalesce((
                 select min(fa.attname) from pg_constraint f
                   join pg_attribute fa on fa.attrelid = f.conrelid and fa.attnum = f.conkey[1]
                  where f.conrelid = c.oid and f.contype = 'f' and cardinality(f.conkey) = 1
                    and f.confrelid = 'public.sessions'::regclass), '') end as session_column
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
    const args = `${argumentsFor(row).join('\\000')}\\000`;
    if (row.trigger_name === null) {
      await db.execute(createTrigger(row));
      changed.add(table);
    } else if (seen.has(table) || row.trigger_args !== args) {
      // A second trigger of the same kind, or one built for other arguments: one right one stays.
      await db.execute(sql.raw(`DROP TRIGGER "${row.trigger_name}" ON public."${table}"`));
      if (!seen.has(table)) await db.execute(createTrigger(row));
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
