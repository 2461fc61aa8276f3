// Starts Tutti: configuration, database and migrations, demo data on a first start, HTTP server.
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, demoAccounts, isEmptyDatabase } from '@tutti/db';
import pino from 'pino';
import { buildApp } from './app';
import { seedDemoCallRecordings } from './modules/calls';
import { seedDemoChoirFiles } from './modules/choirs';
import { sealHelloAssoSecrets } from './modules/concerts';
import { seedDemoSpace } from './modules/journey-spaces';
import { seedDemoMedia } from './modules/media';
import { purgeExpiredRecords } from './modules/retention';
import { type Config, loadConfig } from './platform/config';
import { openConfiguredDatabase } from './platform/database';
import { seedDemoOrganisation } from './platform/demo';
import { webhookSmsTransport } from './platform/guest-access';
import { startJobQueue } from './platform/jobs/queue';
import { logOptions } from './platform/logging';
import { startMailRelay } from './platform/mail/relay';
import { localUrl, newOperatorKey, type Operator, writeOperatorKey } from './platform/operator';
import { secretBoxOf } from './platform/secrets';

const startedAt = performance.now();
const config = loadConfig();
if (!config.webDistDir) {
  config.webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));
}
const database = await openConfiguredDatabase(config);
// Payment secrets an earlier version stored in clear are sealed now (the key file of the embedded
// mode is created in its data folder on the first start); sealed ones are left as they are.
await sealHelloAssoSecrets({ database, box: secretBoxOf(config) });
// An API-only process queues jobs for the workers and runs none (TUTTI_PROCESS).
const jobs = await startJobQueue({
  database,
  log: bootLogger(config),
  runsJobs: config.processRole !== 'api',
  expirySeconds: config.jobs.expirySeconds,
});
// With several processes, the workers alone seed an empty database (two seeds must not race).
const seeded =
  config.seedDemoWhenEmpty && config.processRole !== 'api' && (await isEmptyDatabase(database));
if (seeded) {
  await seedDemoOrganisation(database);
  // The demo's media files are processed by the job queue once the server runs: start stays fast.
  await seedDemoMedia({ database, config, jobs });
  await seedDemoSpace({ database, config, jobs });
  await seedDemoCallRecordings({ database, config, jobs });
  await seedDemoChoirFiles({ database, config, jobs });
  // The first purge runs now rather than tonight: the demo shows what it removed.
  await purgeExpiredRecords({ database });
}

// On the embedded database nothing else may open the data folder: `npm run outbox` reads this
// server's outbox through the API instead, with a key only this machine's user can read.
const embeddedDataDir =
  config.database.kind === 'pglite' && !config.database.dataDir.startsWith('memory://')
    ? config.database.dataDir
    : null;
const operator: Operator = {
  print: (line) => console.log(line),
  outboxKey: embeddedDataDir ? newOperatorKey() : null,
};
const app = await buildApp({ config, database, jobs, operator });
// Messages are retried with back-off for 48 hours; several servers may relay side by side.
const relay =
  config.processRole !== 'api' && (config.smtpUrl || config.smsWebhookUrl)
    ? startMailRelay({
        database,
        smtpUrl: config.smtpUrl,
        sms: config.smsWebhookUrl ? webhookSmsTransport(config.smsWebhookUrl) : null,
        from: config.mailFrom,
        log: app.log,
      })
    : null;

let releaseOperatorKey = () => {};
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'stopping');
  releaseOperatorKey();
  await app.close();
  await jobs.stop();
  await relay?.stop();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
if (embeddedDataDir && operator.outboxKey) {
  releaseOperatorKey = writeOperatorKey(embeddedDataDir, {
    url: localUrl(app.server.address() as Parameters<typeof localUrl>[0]),
    key: operator.outboxKey,
  });
}
const readyInMs = Math.round(performance.now() - startedAt);
const where =
  config.database.kind === 'pglite'
    ? `embedded database in ${config.database.dataDir}`
    : 'PostgreSQL';
const role = {
  all: '',
  api: '; API only, its jobs run in the workers',
  worker: '; jobs worker, answering /healthz and /readyz only',
}[config.processRole];
console.log(
  `\nTutti is ready on ${config.publicUrl} (${where}, started in ${readyInMs} ms${role})`,
);
if (config.seedDemoWhenEmpty) {
  console.log(
    `${seeded ? 'Demo organisation created' : 'Demo accounts'} (password: ${DEMO_PASSWORD}):`,
  );
  for (const account of demoAccounts) console.log(`  ${account.role.padEnd(12)} ${account.email}`);
}
if (!config.smtpUrl)
  console.log(
    'No SMTP configured: e-mails are kept in the outbox (admins see them; `npm run outbox` lists them),\n' +
      'and the links to confirm an account or reset a password are printed here.',
  );

function bootLogger(config: Config) {
  return pino(logOptions(config.logLevel));
}
