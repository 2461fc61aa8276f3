// What a cached answer was made of, and a stamp of those data versions: the answer stays current
// while the stamp read now is the one read with its data (apps/api/README.md, read after write).
import { type Executor, rowsOf } from '@tutti/db';
import { type SQL, sql } from 'drizzle-orm';

/**
 * An answer that reads sessions (and their rows: artists, groups, marks, head counts…) only of
 * some artists, starting on some UTC days: it depends on those artists' day versions instead of
 * on every session of the organisation. `'ofUser'`: the artists the reader is.
 */
export type ArtistDays = { artistIds: string[] | 'ofUser'; fromDay: string; toDay: string };

export type Dependencies = {
  /** Tables read whose rows raise a version (every tenant table but the counters and audit). */
  tables: string[];
  /**
   * With `ArtistDays`, the tables of sessions read (sessions, their artists, groups, marks…) are
   * left out of `tables` and followed per artist and day instead.
   */
  artistDays: { artistIds: string[]; fromDay: string; toDay: string; tables: string[] } | null;
};

/** The values the stamp query takes, as text (arrays in PostgreSQL's literal form). */
export type StampValues = {
  orgId: string;
  tables: string;
  artistIds: string;
  fromDay: string;
  toDay: string;
  sessionTables: string;
};

export function stampValues(orgId: string, dependencies: Dependencies): StampValues {
  const days = dependencies.artistDays;
  return {
    orgId,
    tables: `{${dependencies.tables.join(',')}}`,
    artistIds: `{${(days?.artistIds ?? []).join(',')}}`,
    fromDay: days?.fromDay ?? '-infinity',
    toDay: days?.toDay ?? '-infinity',
    sessionTables: `{${(days?.tables ?? []).join(',')}}`,
  };
}

/**
 * The stamp (md5) of the versions named, as an expression: `values` are the values or, in a
 * prepared statement (the login lookup, login-store.ts), placeholders of the same names.
 */
export function stampSql(values: Record<keyof StampValues, unknown>): SQL<string> {
  return sql<string>`md5(
    coalesce((select string_agg(v.table_name || '=' || v.version, ',' order by v.table_name)
                from table_data_versions v
               where v.org_id = ${values.orgId}::uuid
                 and v.table_name = any(${values.tables}::text[])), '')
    || '|' ||
    coalesce((select string_agg(v.artist_id || '/' || v.day || '/' || v.table_name
                                || '=' || v.version, ','
                                order by v.artist_id, v.day, v.table_name)
                from artist_day_versions v
               where v.org_id = ${values.orgId}::uuid
                 and v.artist_id = any(${values.artistIds}::uuid[])
                 and (v.day = '-infinity'
                      or (v.table_name = any(${values.sessionTables}::text[])
                          and v.day >= ${values.fromDay}::date
                          and v.day < ${values.toDay}::date))), ''))`;
}

/** The stamp of the data versions `dependencies` names, as they are now (or in `db`'s snapshot). */
export async function stampOf(db: Executor, orgId: string, dependencies: Dependencies) {
  const [row] = await rowsOf<{ stamp: string }>(
    db,
    sql`select ${stampSql(stampValues(orgId, dependencies))} as stamp`,
  );
  return row!.stamp;
}

/** Scans of each versioned table counted so far by this connection (not yet published). */
type ScanCounts = Map<string, { scans: number; ofSessions: boolean }>;

/** A table whose rows raise a data version: its oid and its indexes' (`relids`). */
type VersionedTable = { name: string; ofSessions: boolean; relids: number[] };

/**
 * The versioned tables with their indexes, read from the catalog once per server: they change
 * only with migrations, which run before it serves. Counting scans by oid then reads no catalog
 * (the `pg_stat_xact_user_tables` view scanned pg_class and pg_index twice per computed answer,
 * some 400 buffers).
 */
export class VersionedTables {
  private loading: Promise<VersionedTable[]> | undefined;

  of(tx: Executor): Promise<VersionedTable[]> {
    this.loading ??= rowsOf<{ name: string; of_sessions: boolean; relids: number[] }>(
      tx,
      sql`select c.relname::text as name,
                 split_part(encode(t.tgargs, 'escape'), '\\000', 3) <> '' as of_sessions,
                 array(select c.oid::int8
                       union all
                       select i.indexrelid::int8 from pg_index i where i.indrelid = c.oid) as relids
            from pg_trigger t
            join pg_class c on c.oid = t.tgrelid
           where t.tgname = c.relname || '_data_version'`,
    )
      .then((rows) =>
        rows.map((row) => ({
          name: row.name,
          ofSessions: row.of_sessions,
          relids: row.relids.map(Number),
        })),
      )
      .catch((error: unknown) => {
        this.loading = undefined;
        throw error;
      });
    return this.loading;
  }
}

/**
 * PostgreSQL's count of scans (sequential and by index) per versioned table on this connection.
 * These counts also hold the last transactions' scans until the connection publishes them (when
 * idle, at most once a second), never during a transaction: what a transaction read is the growth
 * of the counts between its first and its last statement.
 */
export async function scanCounts(tx: Executor, tables: VersionedTable[]): Promise<ScanCounts> {
  const relids = tables.flatMap((table) => table.relids);
  const rows = await rowsOf<{ relid: string; scans: string }>(
    tx,
    sql`select r.relid::text as relid, pg_stat_get_xact_numscans(r.relid)::text as scans
          from unnest(${`{${relids.join(',')}}`}::oid[]) as r(relid)`,
  );
  const scansOf = new Map(rows.map((row) => [Number(row.relid), Number(row.scans)]));
  const counts: ScanCounts = new Map();
  for (const table of tables) {
    const scans = table.relids.reduce((sum, relid) => sum + (scansOf.get(relid) ?? 0), 0);
    if (scans > 0) counts.set(table.name, { scans, ofSessions: table.ofSessions });
  }
  return counts;
}

/**
 * Last step of a cached answer's transaction (repeatable read, `before` counted at its start):
 * the versioned tables it read, from PostgreSQL's own count of scans, so that no list is kept by
 * hand, and the stamp of their versions in the same snapshot as the data.
 */
export async function recordDependencies(
  tx: Executor,
  scope: { orgId: string; userId: string },
  artistDays: ArtistDays | undefined,
  before: ScanCounts,
  tables: VersionedTable[],
): Promise<{ dependencies: Dependencies; stamp: string }> {
  // Who the reader is, read first: a change of the artists' links then counts as read data.
  let followed: Omit<NonNullable<Dependencies['artistDays']>, 'tables'> | null = null;
  if (artistDays) {
    const artistIds =
      artistDays.artistIds === 'ofUser'
        ? (
            await rowsOf<{ id: string }>(
              tx,
              sql`select id from artists where user_id = ${scope.userId} order by id`,
            )
          ).map((row) => row.id)
        : artistDays.artistIds;
    followed = { artistIds, fromDay: artistDays.fromDay, toDay: artistDays.toDay };
  }
  const read = [...(await scanCounts(tx, tables))]
    .filter(([name, after]) => after.scans > (before.get(name)?.scans ?? 0))
    .map(([name, after]) => ({ name, ofSessions: after.ofSessions }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const ofSessions = read.filter((table) => table.ofSessions).map((table) => table.name);
  const dependencies: Dependencies = {
    tables: read.filter((table) => !(followed && table.ofSessions)).map((table) => table.name),
    artistDays: followed && { ...followed, tables: ofSessions },
  };
  return { dependencies, stamp: await stampOf(tx, scope.orgId, dependencies) };
}
