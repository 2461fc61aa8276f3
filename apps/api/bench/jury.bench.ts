// `npm run bench:jury [-- --applications 250 --jurors 7 --runs 30]`: a call with 250 submitted
// applications of 3 recordings each, every juror assigned every application and all scored. In
// this process, through the services' tenant transactions (no HTTP): a juror's queue, one blind
// application, and the chair's ranking of all applications (z-scores per juror, per part);
// p50, p95 and max of the server time. PostgreSQL when DATABASE_URL is set, else PGlite in
// TUTTI_DATA_DIR (.tutti/bench-jury). The call is written again on every run.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { CallCriterion, Role } from '@tutti/contracts';
import { openDatabase, rowsOf, schema } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { ranking } from '../src/modules/calls/deliberation.service';
import { juryApplication, juryQueue } from '../src/modules/calls/jury.service';
import type { OrgActor } from '../src/platform/auth/request-auth';

const { values } = parseArgs({
  options: {
    applications: { type: 'string', default: '250' },
    jurors: { type: 'string', default: '7' },
    runs: { type: 'string', default: '30' },
  },
});
const applicationCount = Number(values.applications);
const jurorCount = Number(values.jurors);
const runs = Number(values.runs);
const root = new URL('../../../', import.meta.url).pathname;
const databaseUrl = process.env.DATABASE_URL;
const target = databaseUrl
  ? ({ kind: 'postgres', url: databaseUrl, poolSize: 2 } as const)
  : ({
      kind: 'pglite',
      dataDir: process.env.TUTTI_DATA_DIR ?? `${root}.tutti/bench-jury`,
    } as const);
const ORG_NAME = 'Jury (banc d’essai)';

const database = await openDatabase(target);
await database.migrate();
await database.db.execute(sql`delete from organisations where name = ${ORG_NAME}`);
await database.db.execute(sql`delete from users where email like 'bench-juror-%@bench.test'`);
const [org] = await rowsOf<{ id: string }>(
  database.db,
  sql`insert into organisations (name) values (${ORG_NAME}) returning id`,
);
const orgId = org!.id;
const users = await database.db
  .insert(schema.users)
  .values(
    Array.from({ length: jurorCount }, (_, i) => ({
      email: `bench-juror-${i}@bench.test`,
      displayName: `Juré·e ${i + 1}`,
    })),
  )
  .returning({ id: schema.users.id });
await database.db
  .insert(schema.memberships)
  .values(users.map((u) => ({ orgId, userId: u.id, role: 'juror' as const })));
// The chair sits on no jury: a coordinator on it reads no ranking while scores are open.
const [chair] = await database.db
  .insert(schema.users)
  .values({ email: 'bench-chair@bench.test', displayName: 'Présidence' })
  .returning({ id: schema.users.id });
await database.db
  .insert(schema.memberships)
  .values({ orgId, userId: chair!.id, role: 'coordinator' as const });

const criteria: CallCriterion[] = ['voice', 'musicality', 'reading', 'ensemble'].map((key, i) => ({
  key,
  label: { fr: key },
  weight: [40, 30, 20, 10][i]!,
  independent: false,
}));
const parts = ['soprano', 'alto', 'tenor', 'bass'];
const actor = (userId: string, role: Role): OrgActor => ({
  userId,
  orgId,
  role,
  inTenant: (work) => database.withTenant({ orgId, userId }, work),
});
const setupStarted = performance.now();
const callId = await database.withTenant({ orgId, userId: null }, async (tx) => {
  const [call] = await tx
    .insert(schema.calls)
    .values({
      orgId,
      publicCode: 'benchjury',
      title: { fr: 'Chœur (banc d’essai)' },
      description: { fr: '…' },
      eligibility: { fr: '…' },
      timeZone: 'Europe/Paris',
      opensAt: new Date(Date.now() - 60 * 86_400_000),
      closesAt: new Date(Date.now() - 86_400_000),
      recordings: ['range', 'sight', 'free'].map((key) => ({
        key,
        label: { fr: key },
        maxSeconds: 120,
        required: true,
      })),
      criteria,
      parts: parts.map((key) => ({ key, label: { fr: key }, places: 20 })),
      phase: 'preselection',
    })
    .returning({ id: schema.calls.id });
  await tx
    .insert(schema.callJurors)
    .values(users.map((u) => ({ orgId, callId: call!.id, userId: u.id })));
  const apps = await tx
    .insert(schema.callApplications)
    .values(
      Array.from({ length: applicationCount }, (_, i) => ({
        orgId,
        callId: call!.id,
        code: `B${String(i).padStart(3, '0')}-X`,
        email: `applicant-${i}@bench.test`,
        name: `Candidat·e ${i}`,
        part: parts[i % 4]!,
        answers: { country: 'France' },
        status: 'submitted' as const,
        submittedAt: new Date(),
      })),
    )
    .returning({ id: schema.callApplications.id });
  await tx
    .insert(schema.callRecordings)
    .values(
      apps.flatMap((a) =>
        ['range', 'sight', 'free'].map((key) => ({ orgId, applicationId: a.id, key })),
      ),
    );
  const assignments = apps.flatMap((a, i) =>
    users.map((u, j) => {
      const score = Math.min(10, Math.max(0, Math.round(((i * 7 + j * 3) % 11) + j / 2) / 1));
      return {
        orgId,
        callId: call!.id,
        applicationId: a.id,
        userId: u.id,
        scores: Object.fromEntries(criteria.map((c) => [c.key, score])),
        total: score,
        recordingQuality: (i + j) % 6,
        submittedAt: new Date(),
      };
    }),
  );
  for (let from = 0; from < assignments.length; from += 1000) {
    await tx.insert(schema.callAssignments).values(assignments.slice(from, from + 1000));
  }
  return { id: call!.id, firstApplication: apps[0]!.id };
});
console.log(
  `${applicationCount} applications × 3 recordings, ${jurorCount} jurors: written in ${Math.round(performance.now() - setupStarted)} ms`,
);

async function measure(name: string, work: () => Promise<unknown>) {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(
    `${name.padEnd(34)} p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  max ${times.at(-1)!.toFixed(1)} ms`,
  );
}

let juror = 0;
await measure(`juror queue (${applicationCount} codes)`, () =>
  juryQueue({ actor: actor(users[juror++ % jurorCount]!.id, 'juror'), callId: callId.id }),
);
await measure('one blind application', () =>
  juryApplication({
    actor: actor(users[0]!.id, 'juror'),
    callId: callId.id,
    applicationId: callId.firstApplication,
  }),
);
await measure(`ranking of ${applicationCount} (${jurorCount} jurors)`, () =>
  ranking({ actor: actor(chair!.id, 'coordinator'), callId: callId.id, disagreementAt: 2.5 }),
);
console.log(`${databaseUrl ? 'PostgreSQL' : 'PGlite'}, load average ${loadavg()[0]!.toFixed(1)}`);
await database.close();
