// `npm run bench:import`: a year of an association's participants (45,000 lines, DESIGN.md's
// order of magnitude) imported through the built server as an office would: an Excel export
// naming five groups the organisation does not have, consent columns, postal codes that lost
// their zero, trailing spaces. Prints for the preview, the choice (create the five groups) and
// the apply: the time, the server's resident memory before and at its peak, and /healthz
// latency meanwhile (probed every 50 ms). On a fresh embedded database with the demo
// organisation, or on PostgreSQL when DATABASE_URL is set. `-- --lines 10000` for a smaller file;
// `-- --groups-exist` creates the five groups first (a file into known groups: no choice to make).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { signInDemo, startServer } from './api-server';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const root = new URL('../../../', import.meta.url).pathname;
const filesDir = `${root}.tutti/bench-files`;
const dataDir = `${root}.tutti/bench-import-participants-data`;
const argument = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const LINES = Number(argument('--lines') ?? 45_000);
const GROUPS_EXIST = process.argv.includes('--groups-exist');

const GROUPS = [
  'PS Les Lutins',
  'MS Les Écureuils',
  'GS Les Hiboux',
  'CM1 B',
  'EHPAD Les Tilleuls – aile B',
];
const FIRST = ['Jade', 'Louis', 'Emma', 'Gabriel', 'Alice', 'Léo', 'Rose', 'Nino', 'Inès', 'Noé'];
const LAST = ['Martin', 'Bernard', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau'];

/** The export: each group a fifth of the lines, every name once per group. */
async function officeExport(lines: number) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow([
    'Nom',
    'Prénom',
    'Date de naissance',
    'Classe',
    'Code postal',
    'Commune',
    'Autorisation parentale',
    'Responsable légal',
    'Téléphone du responsable',
  ]);
  for (let i = 0; i < lines; i++) {
    const group = i % GROUPS.length;
    const n = Math.floor(i / GROUPS.length);
    const lastName = `${LAST[n % LAST.length]}-${Math.floor(n / FIRST.length)}`;
    const firstName = FIRST[Math.floor(n / LAST.length) % FIRST.length]!;
    const elderly = group === 4;
    const born = new Date(Date.UTC(elderly ? 1940 : 2016 + (n % 6), n % 12, 1 + (n % 28)));
    const bourg = n % 10 === 0;
    const consent = elderly ? null : n % 3 === 0 ? 'oui' : n % 3 === 1 ? 'non' : born;
    sheet.addRow([
      lastName,
      firstName,
      born,
      GROUPS[group],
      bourg ? 1000 : 58170,
      bourg ? 'Bourg-en-Bresse' : n % 7 === 0 ? 'Luzy ' : 'Luzy',
      consent,
      consent === 'oui' ? `Parent ${lastName}` : null,
      consent === 'oui' ? 612345678 : null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
mkdirSync(filesDir, { recursive: true });
const path = `${filesDir}/participants-${LINES}-lines.xlsx`;
if (!existsSync(path)) writeFileSync(path, await officeExport(LINES));
const file = readFileSync(path);
console.log(
  `file: ${LINES.toLocaleString('en')} lines, ${(file.length / 1024 / 1024).toFixed(1)} MB XLSX`,
);

rmSync(dataDir, { recursive: true, force: true });
const databaseUrl = process.env.DATABASE_URL;
const server = await startServer(
  databaseUrl
    ? { DATABASE_URL: databaseUrl, TUTTI_DEMO_SEED: 'auto' }
    : { TUTTI_DATA_DIR: dataDir, TUTTI_DEMO_SEED: 'auto' },
);

const { headers, orgId } = await signInDemo(server.baseUrl, 'coordinator@demo.test');

type Batch = {
  id: string;
  counts: Record<string, number>;
  /** Absent before imports had unknown values (a baseline run of older code). */
  references?: { id: string }[];
  result: Record<string, number> | null;
  error?: { code: string; message: string };
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Runs one step while probing /healthz and sampling the server's memory. */
async function measure(label: string, step: () => Promise<Response>): Promise<Batch> {
  const rssBefore = server.rssMb();
  const cpuBefore = server.cpuMs();
  let peak = rssBefore;
  const latencies: number[] = [];
  let done = false;
  const probing = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(`${server.baseUrl}/healthz`).catch(() => null);
      latencies.push(performance.now() - started);
      peak = Math.max(peak, server.rssMb());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  const response = await step();
  const body = (await response.json()) as Batch;
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await probing;
  const sorted = latencies.sort((a, b) => a - b);
  console.log(`\n${label}: ${response.status}${body.error ? ` ${body.error.code}` : ''}`);
  console.log(
    `  time ${seconds.toFixed(1)} s, server CPU ${((server.cpuMs() - cpuBefore) / 1000).toFixed(1)} s; RSS before ${rssBefore.toFixed(0)} MB, peak ${peak.toFixed(0)} MB; /healthz p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
  );
  if (!response.ok) throw new Error(`${label} failed: ${JSON.stringify(body.error)}`);
  return body;
}

try {
  if (GROUPS_EXIST) {
    for (const name of GROUPS) {
      const created = await fetch(`${server.baseUrl}/api/orgs/${orgId}/groups`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name, kind: 'class' }),
      });
      if (!created.ok) throw new Error(`group ${name}: ${created.status}`);
    }
  }
  const preview = await measure('preview (upload, read in the worker, understood, stored)', () =>
    fetch(`${server.baseUrl}/api/orgs/${orgId}/participants/imports?fileName=export.xlsx`, {
      method: 'POST',
      headers: { ...headers, 'content-type': XLSX },
      body: new Uint8Array(file),
    }),
  );
  console.log(
    `  counts ${JSON.stringify(preview.counts)}; ${preview.references?.length ?? 0} unknown values`,
  );
  const unknown = preview.references ?? [];
  if (unknown.length > 0) {
    const chosen = await measure('choice: create the five groups (every line settled again)', () =>
      fetch(`${server.baseUrl}/api/orgs/${orgId}/imports/${preview.id}/choices`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          choices: unknown.map((r) => ({
            reference: r.id,
            choice: { action: 'create' },
          })),
        }),
      }),
    );
    console.log(`  counts ${JSON.stringify(chosen.counts)}`);
  }
  const applied = await measure(
    'apply (groups, participants and consents in one transaction)',
    () =>
      fetch(`${server.baseUrl}/api/orgs/${orgId}/imports/${preview.id}/apply`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ duplicates: 'skip' }),
      }),
  );
  console.log(`  result ${JSON.stringify(applied.result)}`);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  console.log(`\nRSS 5 s after: ${server.rssMb().toFixed(0)} MB`);
} finally {
  await server.stop();
}
