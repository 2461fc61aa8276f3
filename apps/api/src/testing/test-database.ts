// A private database for one test file: a copy of the run's migrated database.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openDatabase, type TuttiDatabase } from '@tutti/db';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from './global-setup';

export async function openTestDatabase(): Promise<TuttiDatabase> {
  const templateUrl = inject('databaseTemplateUrl');
  if (templateUrl) return openPostgresCopy(templateUrl);
  const dumpPath = inject('pgliteDumpPath');
  if (!dumpPath) throw new Error('The test global setup did not run');
  const loadDataDir = new Blob([readFileSync(dumpPath)]);
  return openDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir });
}

async function openPostgresCopy(templateUrl: string): Promise<TuttiDatabase> {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_f${randomBytes(6).toString('hex')}`;
  const server = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await server.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await server.query(`create database "${name}" template "${template}"`);
        break;
      } catch (error) {
        // Two copies started at the same instant: the template is briefly "in use"; try again.
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
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
