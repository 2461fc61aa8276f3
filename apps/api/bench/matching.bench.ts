// `npm run bench:matching [-- --entries 100000 --queries 400]`: matching in a directory of 100,000
// listings spread over France (each at a random commune's centre, with random kinds, days, genres,
// ages and parts), from random communes with random wishes. In this process, through the service's
// tenant transaction and the k-d tree (no HTTP): the first query builds the index (reported
// apart), then p50, p95 and max of the server time per query. PostgreSQL when DATABASE_URL is set,
// else PGlite in TUTTI_DATA_DIR (.tutti/bench-matching). The listings are written once and kept.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  ageBands,
  ensembleKinds,
  ensembleParts,
  musicGenres,
  weekdayCodes,
} from '@tutti/contracts';
import { openDatabase, rowsOf, schema } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { communeReference } from '../src/modules/communes';
import { matchIn } from '../src/modules/directory/matching.service';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '400' },
  },
});
const entries = Number(values.entries);
const queries = Number(values.queries);
const root = new URL('../../../', import.meta.url).pathname;
const databaseUrl = process.env.DATABASE_URL;
const target = databaseUrl
  ? ({ kind: 'postgres', url: databaseUrl, poolSize: 2 } as const)
  : ({
      kind: 'pglite',
      dataDir: process.env.TUTTI_DATA_DIR ?? `${root}.tutti/bench-matching`,
    } as const);
const ORG_NAME = 'Annuaire national (banc d’essai)';

/** A small deterministic generator: the same directory and queries on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = random(42);
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
const some = <T>(list: readonly T[], max: number) => [
  ...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(list))),
];

const database = await openDatabase(target);
await database.migrate();
const { dataset } = await communeReference(database);
const metropolitan = dataset.communes.filter(
  (c) => c.country === 'FR' && c.departmentCode !== null && c.departmentCode.length === 2,
);

let [org] = await rowsOf<{ id: string }>(
  database.db,
  sql`select id from organisations where name = ${ORG_NAME} limit 1`,
);
const [{ n: listed } = { n: 0 }] = org
  ? await rowsOf<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from ensembles where org_id = ${org.id}`,
    )
  : [];
if (!org || listed !== entries) {
  if (org) await database.db.execute(sql`delete from organisations where id = ${org.id}`);
  [org] = await rowsOf<{ id: string }>(
    database.db,
    sql`insert into organisations (name) values (${ORG_NAME}) returning id`,
  );
  const started = performance.now();
  const BATCH = 2000;
  for (let from = 0; from < entries; from += BATCH) {
    const size = Math.min(BATCH, entries - from);
    const communes = Array.from({ length: size }, () => pick(metropolitan));
    const rows = await database.db
      .insert(schema.ensembles)
      .values(
        communes.map((commune, i) => ({
          orgId: org!.id,
          publicCode: `b${String(from + i).padStart(7, '0')}`,
          name: `${pick(['Chorale', 'Fanfare', 'Harmonie', 'Ensemble vocal'])} ${commune.name} ${from + i}`,
          kind: pick(ensembleKinds),
          status: 'published' as const,
          source: 'import' as const,
          // Some listings over 12 months: hidden, and skipped by the search.
          lastConfirmedAt: new Date(Date.now() - next() * 400 * 24 * 3600 * 1000),
          rehearsals: [
            {
              rule: `FREQ=WEEKLY;BYDAY=${pick(weekdayCodes)}`,
              startTime: '20:00',
              durationMin: 120,
            },
          ],
          levels: [],
          auditionRequired: next() < 0.2,
          partsSought: some(ensembleParts, 2),
          genres: some(musicGenres, 3),
          ageBands: next() < 0.5 ? [] : some(ageBands, 4),
        })),
      )
      .returning({ id: schema.ensembles.id });
    await database.db.insert(schema.ensemblePlaces).values(
      rows.map((row, i) => ({
        orgId: org!.id,
        ensembleId: row.id,
        position: 0,
        communeCode: communes[i]!.id,
        communeName: communes[i]!.name,
        latitude: communes[i]!.location.lat + (next() - 0.5) * 0.02,
        longitude: communes[i]!.location.lon + (next() - 0.5) * 0.02,
      })),
    );
  }
  console.log(
    `Wrote ${entries} listings in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const orgId = org!.id;
const wish = () => ({
  communeCode: pick(metropolitan).id,
  ...(next() < 0.6 ? { ageBand: pick(ageBands) } : {}),
  ...(next() < 0.7 ? { kinds: some(ensembleKinds, 2).join(',') } : {}),
  ...(next() < 0.5 ? { genres: some(musicGenres, 3).join(',') } : {}),
  ...(next() < 0.5 ? { days: some(weekdayCodes, 3).join(',') } : {}),
  ...(next() < 0.3 ? { part: pick(ensembleParts) } : {}),
  ...(next() < 0.3 ? { beginner: 'true' as const } : {}),
  limit: 10,
});
const run = (query: ReturnType<typeof wish>) =>
  database.withTenant({ orgId, userId: null }, (tx) =>
    matchIn({ tx, dataset, osrm: null, orgId, query }),
  );

const coldStart = performance.now();
await run(wish());
const coldMs = performance.now() - coldStart;

const times: number[] = [];
const found: number[] = [];
const radii = new Map<number, number>();
let white = 0;
for (let i = 0; i < queries; i++) {
  const query = wish();
  const started = performance.now();
  const result = await run(query);
  times.push(performance.now() - started);
  found.push(result.matches.length);
  if (result.matches.length === 0) white += 1;
  radii.set(result.radius.km, (radii.get(result.radius.km) ?? 0) + 1);
}
times.sort((a, b) => a - b);
const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!;
console.log(
  [
    `bench:matching — ${entries} listings, ${queries} queries, ${database.kind}, load ${loadavg()[0]!.toFixed(1)}`,
    `first query (builds the k-d tree from the database): ${coldMs.toFixed(0)} ms`,
    `server time per query: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`,
    `matches per query: mean ${(found.reduce((a, b) => a + b, 0) / found.length).toFixed(1)}; none within reach: ${white}`,
    `radius (km: queries): ${[...radii]
      .sort((a, b) => a[0] - b[0])
      .map(([km, n]) => `${km}: ${n}`)
      .join(', ')}`,
  ].join('\n'),
);
await database.close();
