// `npm run api:types` and `npm run lint:openapi`: writes the OpenAPI document the API serves to a
// file, from the app built on an empty in-memory database (nothing listens, nothing is seeded).
import { writeFileSync } from 'node:fs';
import { openDatabase } from '@tutti/db';
import pino from 'pino';
import { buildApp } from '../app';
import { loadConfig } from '../platform/config';
import { startJobQueue } from '../platform/jobs/queue';

const outFile = process.argv[2];
if (!outFile) throw new Error('Usage: tsx apps/api/src/cli/openapi.ts <file.json>');

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
const jobs = await startJobQueue({ database, log: pino({ level: 'silent' }) });
const app = await buildApp({ config, database, jobs });
try {
  await app.ready();
  writeFileSync(outFile, `${JSON.stringify(app.swagger(), null, 2)}\n`);
} finally {
  await app.close();
  await jobs.stop();
  await database.close();
}
