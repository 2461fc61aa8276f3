// Opens the database: embedded PGlite in a data folder by default, PostgreSQL when a URL is given.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { installDataVersionTriggers } from './data-version-triggers';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database itself or an open transaction. */
export type Executor = Db | Tx;

/**
 * The folder of generated migrations, resolved through the package so that it is found from
 * sources and from a bundled server alike.
 */
export const migrationsFolder = join(
  dirname(createRequire(import.meta.url).resolve('@tutti/db/package.json')),
  'migrations',
);

// Any constant works; it only has to be the same for every Tutti process.
const MIGRATION_LOCK_KEY = 7_117_117;

export type TenantScope = {
  orgId: string;
  userId: string | null;
  /** Opens special-category data (access needs) to this transaction; services decide by role. */
  sensitive?: boolean;
  /**
   * `repeatable read`: every statement sees the data as it was at the first one (a cached answer
   * reads the data versions it depends on last, in the same snapshot as the data).
   */
  isolation?: 'repeatable read';
};

export type DatabaseOptions =
  /** `memory://` keeps the embedded database in memory; `loadDataDir` starts from a dump (tests). */
  | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

export type TuttiDatabase = {
  kind: DatabaseOptions['kind'];
  /** Runs as the owning role: migrations, authentication, jobs. Tenant code uses withTenant. */
  db: Db;
  /**
   * Runs `work` in a transaction under the non-superuser application role with the
   * organisation set, so row-level security hides every other organisation's rows.
   */
  withTenant<T>(scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Plain SQL with positional parameters, for libraries that bring their own queries. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /**
   * Applies pending migrations, then gives every tenant table its data-version trigger;
   * idempotent, and serialised between processes on PostgreSQL.
   */
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** A copy of the embedded database's files, to start other instances from it quickly. */
  dump(): Promise<Blob>;
};

export async function openDatabase(options: DatabaseOptions): Promise<TuttiDatabase> {
  return options.kind === 'pglite'
    ? openPglite(options.dataDir, options.loadDataDir)
    : openPostgres(options);
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<TuttiDatabase> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // pg_trgm keeps the embedded database on par with the server for substring search indexes.
  const extensions = { pg_trgm };
  const client = await PGlite.create(
    dataDir,
    loadDataDir ? { loadDataDir, extensions } : { extensions },
  );
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    withTenant: (scope, work) => runAsTenant(db, scope, work),
    async executeSql(text, values) {
      // PGlite's `query` takes one statement; multi-statement text without parameters goes to `exec`.
      if (values && values.length > 0) {
        const result = await client.query<Record<string, unknown>>(text, values);
        return { rows: result.rows };
      }
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    async migrate() {
      await migratePglite(db as never, { migrationsFolder });
      await db.transaction((tx) => installDataVersionTriggers(tx));
    },
    async ping() {
      await client.query('select 1');
    },
    async close() {
      await client.close();
    },
    async dump() {
      return client.dumpDataDir('none');
    },
  };
}

async function openPostgres(options: { url: string; poolSize?: number }): Promise<TuttiDatabase> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    withTenant: (scope, work) => runAsTenant(db, scope, work),
    async executeSql(text, values) {
      const result = await pool.query(text, values);
      return { rows: result.rows };
    },
    async migrate() {
      // A session-level lock on one connection: concurrent starts wait, then find nothing to do.
      const connection = await pool.connect();
      try {
        await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        const migrating = drizzleNodePg(connection, { schema }) as unknown as Db;
        await migrateNodePg(migrating as never, { migrationsFolder });
        await migrating.transaction((tx) => installDataVersionTriggers(tx));
      } finally {
        await connection
          .query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
          .catch(() => {});
        connection.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      await pool.end();
    },
    async dump() {
      throw new Error('Only the embedded database can be dumped to a file');
    },
  };
}

async function runAsTenant<T>(
  db: Db,
  scope: TenantScope,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(
    async (tx) => {
      // One round trip: the settings and the role last until the end of the transaction.
      await tx.execute(
        sql`select set_config('tutti.org_id', ${scope.orgId}, true), set_config('tutti.user_id', ${scope.userId ?? ''}, true), set_config('tutti.sensitive', ${scope.sensitive ? 'on' : 'off'}, true), set_config('role', 'tutti_app', true)`,
      );
      return work(tx);
    },
    scope.isolation ? { isolationLevel: scope.isolation } : undefined,
  );
}
