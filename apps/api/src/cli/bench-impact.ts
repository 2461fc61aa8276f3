// `npm run bench:impact`: the impact dashboard's server time and a full-year report's build time on
// the organisation made by `npm run seed:large` (PostgreSQL through DATABASE_URL, or the embedded one).
import { cpus, loadavg } from 'node:os';
import { LARGE_ORGANISATION_NAME, rowsOf, schema } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../app';
import { gatherReportData } from '../modules/reports/report-data';
import type { RenderedReport } from '../modules/reports/report-render';
import type { OrgActor } from '../platform/auth/request-auth';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';
import { startJobQueue } from '../platform/jobs/queue';
import { runWorker } from '../platform/workers/run-worker';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 30);
const config = loadConfig({
  ...process.env,
  LOG_LEVEL: 'silent',
  TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '1000',
  TUTTI_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE: '100000',
  TUTTI_SIGN_IN_ACCOUNT_LIMIT_PER_HOUR: '100000',
});
const database = await openConfiguredDatabase(config);
const [org] = await database.db
  .select({ id: schema.organisations.id })
  .from(schema.organisations)
  .where(eq(schema.organisations.name, LARGE_ORGANISATION_NAME));
if (!org) {
  console.error(
    'No generated organisation: run `npm run seed:large` (with the same DATABASE_URL) first.',
  );
  await database.close();
  process.exit(1);
}
const [found] = await rowsOf<{ first: string; last: string; marks: number }>(
  database.db,
  sql`select min(starts_at)::date::text as first, max(starts_at)::date::text as last,
    (select count(*)::int from attendance_marks where org_id = ${org.id}) as marks
    from sessions where org_id = ${org.id}`,
);
const span = found!;
const lastYearStart = `${Number(span.last.slice(0, 4)) - (Number(span.last.slice(5, 7)) >= 9 ? 0 : 1)}-09-01`;
const lastYearEnd = `${Number(lastYearStart.slice(0, 4)) + 1}-08-31`;
const allStart = `${span.first.slice(0, 4)}-09-01`;
const years = Number(lastYearEnd.slice(0, 4)) - Number(allStart.slice(0, 4));

const jobs = await startJobQueue({ database, log: pino({ level: 'silent' }) });
const app = await buildApp({ config, database, jobs });
await app.ready();
const signIn = await app.inject({
  method: 'POST',
  url: '/api/auth/sign-in',
  payload: { email: 'coordinator@large.test', password: 'tutti-demo-password' },
});
const cookie = signIn.cookies.find((c) => c.name === 'tutti_login')!;
const [coordinator] = await database.db
  .select({ id: schema.users.id })
  .from(schema.users)
  .where(eq(schema.users.email, 'coordinator@large.test'));

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function timeDashboard(label: string, query: string) {
  const url = `/api/orgs/${org!.id}/impact/indicators?${query}`;
  const call = async () => {
    const started = performance.now();
    const response = await app.inject({
      method: 'GET',
      url,
      cookies: { tutti_login: cookie.value },
    });
    if (response.statusCode !== 200)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return {
      ms: performance.now() - started,
      body: response.json() as { beneficiaries: { total: unknown }; carbon: { state: string } },
    };
  };
  // The footprint is computed in the background after a change: wait for it, as a steady state.
  const settle = async () => {
    for (let i = 0; i < 600 && (await call()).body.carbon.state !== 'current'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  const first = await call();
  await settle();
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) times.push((await call()).ms);
  times.sort((a, b) => a - b);
  // Any change to the organisation's data moves its version: the next call aggregates again.
  const recomputed: number[] = [];
  for (let i = 0; i < 3; i++) {
    await database.db.execute(
      sql`update impact_data_versions set version = version + 1 where org_id = ${org!.id}`,
    );
    recomputed.push((await call()).ms);
  }
  recomputed.sort((a, b) => a - b);
  await settle();
  console.log(
    `  ${label.padEnd(34)} first ${first.ms.toFixed(0).padStart(6)} ms   p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   after a change ${percentile(recomputed, 50).toFixed(0).padStart(5)} ms   (beneficiaries ${first.body.beneficiaries.total})`,
  );
}

async function timeReport(label: string, from: string, to: string) {
  const actor: OrgActor = {
    orgId: org!.id,
    userId: coordinator!.id,
    role: 'coordinator',
    inTenant: (work, options) =>
      database.withTenant(
        { orgId: org!.id, userId: coordinator!.id, sensitive: options?.sensitive ?? false },
        work,
      ),
  };
  const report = {
    id: '00000000-0000-4000-8000-000000000000',
    orgId: org!.id,
    template: 'funder_summary' as const,
    title: `Bench ${from} – ${to}`,
    params: {
      from,
      to,
      projectIds: [],
      communeCodes: [],
      departmentCode: null,
      surveyIds: [],
      locale: 'fr' as const,
    },
  } as unknown as Parameters<typeof gatherReportData>[0]['report'];
  const started = performance.now();
  const data = await gatherReportData({ actor, database, report, progress: async () => {} });
  const gathered = performance.now();
  const files = await runWorker<RenderedReport>('report', data);
  const rendered = performance.now();
  console.log(
    `  ${label.padEnd(34)} data ${(gathered - started).toFixed(0).padStart(6)} ms   files ${(rendered - gathered).toFixed(0).padStart(6)} ms   total ${((rendered - started) / 1000).toFixed(1)} s   (PDF ${(files.pdf.byteLength / 1024).toFixed(0)} KB, XLSX ${(files.xlsx.byteLength / 1024).toFixed(0)} KB, CSV zip ${(files.csvZip.byteLength / 1024).toFixed(0)} KB, ${data.sessions.length} sessions)`,
  );
}

await database.db.execute(
  sql`insert into impact_data_versions (org_id) values (${org.id}) on conflict do nothing`,
);
console.log(
  `Impact benchmark on ${config.database.kind === 'postgres' ? 'PostgreSQL' : 'the embedded database'}: ${years} school year(s), ${span.marks.toLocaleString('en-GB')} attendance marks; ${REPEAT} warm calls each`,
);
console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (figures grow with the load)\n`,
);
console.log('Dashboard (GET /impact/indicators, server time through the HTTP stack)');
await timeDashboard(
  `last school year ${lastYearStart.slice(0, 4)}`,
  `from=${lastYearStart}&to=${lastYearEnd}`,
);
await timeDashboard(
  'last school year, department 58',
  `from=${lastYearStart}&to=${lastYearEnd}&department=58`,
);
if (years > 1)
  await timeDashboard(`all ${years} school years`, `from=${allStart}&to=${lastYearEnd}`);
console.log('\nFunder report (data in the API process, PDF + XLSX + CSV in a worker thread)');
await timeReport(`last school year ${lastYearStart.slice(0, 4)}`, lastYearStart, lastYearEnd);
if (years > 1) await timeReport(`all ${years} school years`, allStart, lastYearEnd);

await app.close();
await jobs.stop();
await database.close();
