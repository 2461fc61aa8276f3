// `npm run bench:network [-- --orgs 100 --events 5000 --runs 40]`: a network of 100 organisations
// whose figures are precomputed (seeded straight into `organisation_figures`, as the refresh
// would store them: 40 communes each) and an agenda of 5,000 events. In this process, through
// the services (no HTTP): the dashboard, the agenda's first page, the iCal and OpenAgenda feeds
// (200 events each). p50, p95 and max. PostgreSQL when DATABASE_URL is set, else an in-memory PGlite.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase, schema } from '@tutti/db';
import { inArray } from 'drizzle-orm';
import { readAgenda } from '../src/modules/networks/agenda.service';
import { agendaIcal, openAgendaExport } from '../src/modules/networks/agenda-formats';
import { getDashboard } from '../src/modules/networks/figures.service';

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '100' },
    events: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '40' },
  },
});
const orgCount = Number(values.orgs);
const eventCount = Number(values.events);
const runs = Number(values.runs);
const databaseUrl = process.env.DATABASE_URL;
const database = await openDatabase(
  databaseUrl
    ? { kind: 'postgres', url: databaseUrl, poolSize: 2 }
    : { kind: 'pglite', dataDir: 'memory://bench-network' },
);
await database.migrate();

const started = performance.now();
const db = database.db;
const slug = `bench-${Date.now().toString(36)}`;
const orgs = await db
  .insert(schema.organisations)
  .values(Array.from({ length: orgCount }, (_, i) => ({ name: `Structure ${i + 1} (bench)` })))
  .returning({ id: schema.organisations.id });
const [network] = await db
  .insert(schema.networks)
  .values({ name: 'Réseau national (bench)', slug, homeOrgId: orgs[0]!.id })
  .returning();
const networkId = network!.id;
const countries = ['FR', 'FR', 'FR', 'BE', 'DE', 'LU'] as const;
await db.insert(schema.networkMembers).values(
  orgs.map((org, i) => ({
    networkId,
    memberOrgId: org.id,
    status: 'active' as const,
    country: countries[i % countries.length]!,
    languages: ['fr' as const],
    networkAcceptedAt: new Date(),
    orgAcceptedAt: new Date(),
  })),
);
// Every tenth member has not computed its figures yet: "not reported".
await db.insert(schema.organisationFigures).values(
  orgs
    .filter((_, i) => i % 10 !== 9)
    .map((org, i) => ({
      orgId: org.id,
      periodFrom: '2025-09-01',
      periodTo: '2026-08-31',
      beneficiaries: 2000 + i * 37,
      sessions: 300 + i,
      hours: 9000 + i * 11,
      carbonPerBeneficiaryKg: i % 4 === 0 ? null : 1.5 + (i % 7) / 10,
      communes: Array.from({ length: 40 }, (_, c) => ({
        code: `${10000 + ((i * 13 + c * 7) % 3000)}`,
        name: `Commune ${c}`,
        latitude: 43 + ((i * 13 + c * 7) % 3000) / 500,
        longitude: -1 + ((i * 17 + c * 3) % 3000) / 400,
      })),
    })),
);
const now = Date.now();
for (let offset = 0; offset < eventCount; offset += 1000) {
  await db.insert(schema.networkEvents).values(
    Array.from({ length: Math.min(1000, eventCount - offset) }, (_, k) => {
      const i = offset + k;
      const startsAt = new Date(now + ((i * 7919) % (365 * 24)) * 36e5);
      return {
        networkId,
        memberOrgId: orgs[i % orgCount]!.id,
        sessionId: crypto.randomUUID(),
        title: `Concert ${i + 1}`,
        category: (['concert', 'open-rehearsal', 'workshop', 'training'] as const)[i % 4]!,
        audiences: ['everyone' as const],
        accessibility: i % 3 === 0 ? ['wheelchair' as const] : [],
        startsAt,
        endsAt: new Date(+startsAt + 2 * 36e5),
        timeZone: 'Europe/Paris',
        venueName: `Salle ${i % 300}`,
        communeName: `Commune ${i % 300}`,
        latitude: 46,
        longitude: 3,
        publicPath: `/e/b${i}`,
      };
    }),
  );
}
console.log(
  `Seeded ${orgCount} organisations, ${eventCount} events in ${Math.round(performance.now() - started)} ms (${database.kind}, load ${loadavg()[0]!.toFixed(1)})`,
);

const actor = { userId: '', networkId, orgId: orgs[0]!.id, role: 'coordinator' as const };
const base = 'https://tutti.example';
const today = new Date().toISOString().slice(0, 10);
const scenes: Record<string, () => Promise<unknown>> = {
  dashboard: () => getDashboard({ actor, database }),
  'agenda page (50 of 5,000)': () =>
    readAgenda(database, networkId, { from: today, limit: 50, offset: 0 }, base),
  'agenda page 40 (offset 2,000)': () =>
    readAgenda(database, networkId, { from: today, limit: 50, offset: 2000 }, base),
  'iCal feed (200 events)': async () =>
    agendaIcal(
      'Réseau',
      (await readAgenda(database, networkId, { from: today, limit: 200, offset: 0 }, base)).items,
      'fr',
    ),
  'OpenAgenda export (200 events)': async () =>
    openAgendaExport(
      (await readAgenda(database, networkId, { from: today, limit: 200, offset: 0 }, base)).items,
      'fr',
    ),
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
for (const [name, scene] of Object.entries(scenes)) {
  await scene(); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    await scene();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `${name.padEnd(32)} p50 ${f(percentile(times, 50))}  p95 ${f(percentile(times, 95))}  max ${f(times.at(-1)!)}`,
  );
}

// Leaves nothing behind on a PostgreSQL database.
await db.delete(schema.organisations).where(
  inArray(
    schema.organisations.id,
    orgs.map((o) => o.id),
  ),
);
await database.close();
