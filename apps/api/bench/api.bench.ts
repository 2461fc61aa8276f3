// `npm run bench:api [-- --duration 10 --connections 50]`: latency and throughput of the
// artist's day roster, a project's calendar month, the participant list and an attendance
// write, against the built server on the generated organisation (`npm run seed:large`).
// `--only mixed [--runs 3 --artists 8]` runs the mixed read/write load instead (api-mixed.ts);
// `--only costs` the cost of one request of each of its kinds (api-costs.ts).
// On PostgreSQL when DATABASE_URL is set, else on the embedded database in TUTTI_DATA_DIR.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, openDatabase } from '@tutti/db';
import autocannon from 'autocannon';
import { runCosts } from './api-costs';
import { findFixtures } from './api-fixtures';
import { runMixed } from './api-mixed';
import {
  buffersRead,
  type MixedFixtures,
  prepareMixedFixtures,
  tableNote,
} from './api-mixed-fixtures';
import { startServer } from './api-server';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    /** Runs only the scenarios whose name contains this text, e.g. `--only write`. */
    only: { type: 'string', default: '' },
    /** Consecutive runs of the mixed load on one server. */
    runs: { type: 'string', default: '3' },
    /** Artists reading and marking in the mixed load (accounts are made for them). */
    artists: { type: 'string', default: '8' },
    /** `--only costs`: requests of each kind. */
    requests: { type: 'string', default: '300' },
  },
});
const costs = values.only === 'costs';
const mixed = values.only === 'mixed' || costs;
const durationS = Number(values.duration);
const connections = Number(values.connections);
const root = new URL('../../../', import.meta.url).pathname;
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.TUTTI_DATA_DIR ?? `${root}.tutti/bench-data`;
const target = databaseUrl
  ? ({ kind: 'postgres', url: databaseUrl } as const)
  : ({ kind: 'pglite', dataDir } as const);
const env: Record<string, string> = databaseUrl
  ? { DATABASE_URL: databaseUrl }
  : { TUTTI_DATA_DIR: dataDir };

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });

async function fixtures() {
  const database = await openDatabase(target);
  await database.migrate();
  try {
    const found = await findFixtures(database);
    const mixedFixtures: MixedFixtures | null =
      found && mixed
        ? await prepareMixedFixtures(database, found.orgId, Number(values.artists))
        : null;
    return found ? { ...found, mixedFixtures } : null;
  } finally {
    await database.close();
  }
}

let found = await fixtures();
if (!found) {
  console.log('No generated organisation yet: running `npm run seed:large` first.');
  execFileSync('npm', ['run', 'seed:large'], { stdio: 'inherit', env: { ...process.env, ...env } });
  found = await fixtures();
}
if (!found)
  throw new Error('The generated organisation has no artist day, month or workshop to measure');
const f = found;

const server = await startServer(env);
let peakRssMb = server.rssMb();
const sampler = setInterval(() => {
  peakRssMb = Math.max(peakRssMb, server.rssMb());
}, 200);

async function signIn(email: string) {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    // `tutti_session` before the rename to logins: the bench also measures older commits.
    .find((c) => /^tutti_(login|session)=/.test(c))!
    .split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

if (f.mixedFixtures && costs) {
  clearInterval(sampler);
  const stats = databaseUrl ? await openDatabase(target) : null;
  try {
    await runCosts({
      baseUrl: server.baseUrl,
      orgId: f.orgId,
      fixtures: f.mixedFixtures,
      requests: Number(values.requests),
      parallel: 4,
      signIn,
      cpuMs: server.cpuMs,
      buffers: stats && (() => buffersRead(stats)),
    });
  } finally {
    await stats?.close();
    await server.stop();
  }
  process.exit(0);
}

if (f.mixedFixtures) {
  clearInterval(sampler);
  const stats = databaseUrl ? await openDatabase(target) : null;
  try {
    await runMixed({
      baseUrl: server.baseUrl,
      orgId: f.orgId,
      fixtures: f.mixedFixtures,
      connections,
      durationS,
      runs: Number(values.runs),
      signIn,
      rssMb: server.rssMb,
      cpuMs: server.cpuMs,
      database: stats && { buffers: () => buffersRead(stats), note: () => tableNote(stats) },
    });
  } finally {
    await stats?.close();
    await server.stop();
  }
  process.exit(0);
}

const artist = await signIn('artist@large.test');
const coordinator = await signIn('coordinator@large.test');
const org = `/api/orgs/${f.orgId}`;
let counter = 0;

type Scenario = { name: string; kind: 'read' | 'write'; options: Partial<autocannon.Options> };
const scenarios: Scenario[] = [
  {
    name: "artist's day roster",
    kind: 'read',
    options: { headers: artist, requests: [{ path: `${org}/my-day?date=${f.artistDay}` }] },
  },
  {
    name: "project's calendar month",
    kind: 'read',
    options: {
      headers: coordinator,
      requests: [
        { path: `${org}/sessions?projectId=${f.projectId}&from=${f.monthFrom}&to=${f.monthTo}` },
      ],
    },
  },
  {
    name: 'participant list (search, page)',
    kind: 'read',
    options: {
      headers: coordinator,
      requests: [
        {
          setupRequest: (request) => {
            counter += 1;
            const term = f.searchTerms[counter % f.searchTerms.length];
            const offset = (counter % 5) * 50;
            return {
              ...request,
              path: `${org}/participants?q=${encodeURIComponent(term ?? '')}&limit=50&offset=${offset}`,
            };
          },
        },
      ],
    },
  },
  {
    name: 'attendance write (1 mark)',
    kind: 'write',
    options: {
      method: 'POST',
      headers: { ...coordinator, 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            counter += 1;
            const participantId = f.markParticipantIds[counter % f.markParticipantIds.length];
            const body = JSON.stringify({
              operations: [
                {
                  opId: randomUUID(),
                  deviceId: 'bench-device',
                  recordedAt: new Date().toISOString(),
                  sessionId: f.markSessionId,
                  kind: 'attendance.mark',
                  participantId,
                  status: counter % 7 === 0 ? 'absent' : 'present',
                },
              ],
            });
            return { ...request, path: `${org}/offline/operations`, body };
          },
        },
      ],
    },
  },
];

type Row = {
  scenario: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  non2xx: number;
  timeouts: number;
};

function percentile(sorted: number[], fraction: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/** Runs one scenario; latencies come from every response, so p95 is exact, not interpolated. */
function measure(scenario: Scenario): Promise<Row> {
  return new Promise((resolve, reject) => {
    const latenciesMs: number[] = [];
    const instance = autocannon(
      {
        url: server.baseUrl,
        connections,
        duration: durationS,
        ...scenario.options,
      } as autocannon.Options,
      (error, result) => {
        if (error) return reject(error);
        latenciesMs.sort((a, b) => a - b);
        resolve({
          scenario: scenario.name,
          p50: percentile(latenciesMs, 0.5),
          p95: percentile(latenciesMs, 0.95),
          p99: percentile(latenciesMs, 0.99),
          rps: Math.round(result.requests.average),
          non2xx: result.non2xx,
          timeouts: result.timeouts + result.errors,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTimeMs: number) => {
      latenciesMs.push(responseTimeMs);
    });
  });
}

const results: Row[] = [];
for (const scenario of scenarios.filter((s) => s.name.includes(values.only))) {
  results.push(await measure(scenario));
}
clearInterval(sampler);
peakRssMb = Math.max(peakRssMb, server.rssMb());
await server.stop();

console.log(
  `\nbench:api on ${databaseUrl ? 'PostgreSQL' : 'the embedded PGlite'}, ${connections} connections, ${durationS} s per scenario`,
);
console.log(
  'scenario                          p50 ms   p95 ms   p99 ms     req/s  non-2xx  timeouts',
);
const ms = (value: number) => value.toFixed(1).padStart(8);
for (const r of results) {
  console.log(
    `${r.scenario.padEnd(32)}${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${String(r.rps).padStart(9)} ${String(r.non2xx).padStart(8)} ${String(r.timeouts).padStart(9)}`,
  );
}
console.log(`server peak resident memory: ${Math.round(peakRssMb)} MiB`);
