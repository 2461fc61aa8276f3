// `npm run bench:import-limits`: what very large imports do to the built server. Uploads a 5 MB
// XLSX of 1,000,000 rows alone, then three at once, then a 3 MB file that inflates to 1 GB, and
// prints for each the server's responsiveness (/healthz latency, probed every 20 ms), the time
// taken, the answer, and the server's resident memory before, at its peak and 5 s after.
// On a fresh embedded database (demo organisation), or on PostgreSQL when DATABASE_URL is set.
// `-- --only inflates` runs only the scenarios whose label holds that text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { manyRowsXlsx, zipBombXlsx } from '../src/testing/xlsx-bombs';
import { signInDemo, startServer } from './api-server';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const root = new URL('../../../', import.meta.url).pathname;
const filesDir = `${root}.tutti/bench-files`;
const dataDir = `${root}.tutti/bench-import-data`;

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
mkdirSync(filesDir, { recursive: true });

async function cached(name: string, make: () => Promise<Buffer>) {
  const path = `${filesDir}/${name}`;
  if (!existsSync(path)) writeFileSync(path, await make());
  return readFileSync(path);
}
const million = await cached('partners-1m-rows.xlsx', () => manyRowsXlsx(1_000_000));
const bomb = await cached('bomb-1gb.xlsx', () => zipBombXlsx(1024 ** 3));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`files: 1,000,000 rows in ${mb(million.length)}; bomb ${mb(bomb.length)} → 1 GB`);

rmSync(dataDir, { recursive: true, force: true });
const databaseUrl = process.env.DATABASE_URL;
const server = await startServer(
  databaseUrl
    ? { DATABASE_URL: databaseUrl }
    : { TUTTI_DATA_DIR: dataDir, TUTTI_DEMO_SEED: 'auto' },
);

const { headers, orgId } = await signInDemo(server.baseUrl, 'coordinator@demo.test');

async function uploadOnce(file: Buffer) {
  const response = await fetch(
    `${server.baseUrl}/api/orgs/${orgId}/partners/imports?fileName=bench.xlsx`,
    { method: 'POST', headers: { ...headers, 'content-type': XLSX }, body: new Uint8Array(file) },
  );
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return `${response.status} ${body.error ? `${body.error.code}: ${body.error.message}` : 'preview'}`;
}

/** An answer, or what became of the request when the server did not give one. */
const answerOf = (file: Buffer) =>
  uploadOnce(file).catch((error: Error) => `no answer (${String(error.cause ?? error.message)})`);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function measure(label: string, files: Buffer[]) {
  const rssBefore = server.rssMb();
  let peak = rssBefore;
  const latencies: number[] = [];
  let failedProbes = 0;
  let done = false;
  const probing = (async () => {
    while (!done) {
      const started = performance.now();
      const alive = await fetch(`${server.baseUrl}/healthz`).then(
        () => true,
        () => false,
      );
      if (!alive) {
        failedProbes++;
        if (!existsSync(`/proc/${server.pid}`)) break;
      } else latencies.push(performance.now() - started);
      if (existsSync(`/proc/${server.pid}`)) peak = Math.max(peak, server.rssMb());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = performance.now();
  const answers = await Promise.all(files.map(answerOf));
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await probing;
  if (existsSync(`/proc/${server.pid}`)) await new Promise((resolve) => setTimeout(resolve, 5000));
  const sorted = latencies.sort((a, b) => a - b);
  console.log(`\n${label}`);
  for (const answer of new Set(answers)) {
    console.log(`  answer: ${answer} (×${answers.filter((a) => a === answer).length})`);
  }
  console.log(
    `  time ${seconds.toFixed(1)} s; /healthz p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms (${sorted.length} probes, ${failedProbes} unanswered)`,
  );
  const after = existsSync(`/proc/${server.pid}`)
    ? `${server.rssMb().toFixed(0)} MB`
    : 'the server is gone';
  console.log(
    `  RSS before ${rssBefore.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, 5 s after ${after}`,
  );
  return existsSync(`/proc/${server.pid}`);
}

const scenarios: [string, Buffer[]][] = [
  ['one 5 MB XLSX of 1,000,000 rows', [million]],
  ['three of them at once', [million, million, million]],
  ['a 3 MB XLSX that inflates to 1 GB', [bomb]],
];
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : '';

try {
  for (const [label, files] of scenarios) {
    if (only && !label.includes(only)) continue;
    if (!(await measure(label, files))) break;
  }
} finally {
  if (existsSync(`/proc/${server.pid}`)) await server.stop();
}
