// A private database for one test file: a copy of the run's migrated database, or of the run's
// demo database (the migrated one with the demo organisation seeded once, by the first file that
// asks for it), so that the files that read the demo do not each seed it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { openDatabase, type TuttiDatabase } from '@tutti/db';
import pg from 'pg';
import { inject } from 'vitest';
import { seedDemoOrganisation } from '../platform/demo';
import { withDatabase } from './global-setup';

export type TestDatabaseOptions = {
  /** A copy of the run's database with the demo organisation seeded (as of the run's start). */
  demo?: boolean;
};

export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<TuttiDatabase> {
  const templateUrl = inject('databaseTemplateUrl');
  if (templateUrl) {
    const template = new URL(templateUrl).pathname.slice(1);
    return openPostgresCopy(templateUrl, options.demo ? await demoTemplate(templateUrl) : template);
  }
  const dumpPath = inject('pgliteDumpPath');
  if (!dumpPath) throw new Error('The test global setup did not run');
  return openPgliteCopy(options.demo ? await demoDump(dumpPath) : dumpPath);
}

function openPgliteCopy(dumpPath: string) {
  const loadDataDir = new Blob([readFileSync(dumpPath)]);
  return openDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir });
}

/** The PGlite dump with the demo seeded, made by the first file that needs it; others wait. */
async function demoDump(dumpPath: string): Promise<string> {
  const demoPath = dumpPath.replace(/\.tar$/, '-demo.tar');
  if (existsSync(demoPath)) return demoPath;
  try {
    mkdirSync(`${demoPath}.lock`);
  } catch {
    return waitForFile(demoPath);
  }
  const database = await openPgliteCopy(dumpPath);
  try {
    await seedDemoOrganisation(database);
    const dump = Buffer.from(await (await database.dump()).arrayBuffer());
    writeFileSync(`${demoPath}.part`, dump);
    renameSync(`${demoPath}.part`, demoPath);
  } finally {
    await database.close();
  }
  return demoPath;
}

async function waitForFile(path: string) {
  // Seeding the demo takes seconds on a quiet machine, a few minutes on a very busy one.
  const deadline = Date.now() + 10 * 60_000;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`No demo database at ${path} after 10 minutes`);
    await delay(200);
  }
  return path;
}

/**
 * The PostgreSQL template with the demo seeded: `<run database>_fdemo`, made once under an
 * advisory lock (the run's teardown drops every `<run database>_f…` database).
 */
async function demoTemplate(templateUrl: string): Promise<string> {
  const name = `${new URL(templateUrl).pathname.slice(1)}_fdemo`;
  const server = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await server.connect();
  try {
    await server.query('select pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await server.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) {
      const building = `${name}_building`;
      await server.query(`drop database if exists "${building}" with (force)`);
      await createFromTemplate(server, building, new URL(templateUrl).pathname.slice(1));
      const database = await openDatabase({
        kind: 'postgres',
        url: withDatabase(templateUrl, building),
        poolSize: 2,
      });
      try {
        await seedDemoOrganisation(database);
      } finally {
        await database.close();
      }
      await server.query(`alter database "${building}" rename to "${name}"`);
    }
    return name;
  } finally {
    await server.query('select pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined);
    await server.end();
  }
}

async function createFromTemplate(server: pg.Client, name: string, template: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await server.query(`create database "${name}" template "${template}"`);
      return;
    } catch (error) {
      // Two copies started at the same instant: the template is briefly "in use"; try again.
      if (attempt >= 20) throw error;
      await delay(100 * attempt);
    }
  }
}

async function openPostgresCopy(templateUrl: string, template: string): Promise<TuttiDatabase> {
  const name = `${new URL(templateUrl).pathname.slice(1)}_f${randomBytes(6).toString('hex')}`;
  const server = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await server.connect();
  try {
    await createFromTemplate(server, name, template);
  } finally {
    await server.end();
  }
  const database = await openDatabase({
    kind: 'postgres',
    url: withDatabase(templateUrl, name),
    poolSize: 5,
  });
  return {
    ...database,
    async close() {
      await database.close();
      const admin = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
