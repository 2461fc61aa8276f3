// npm run bench:geo — load time, spatial index speed, full-France access index.

import { communesInArea } from '../src/access/area';
import { computeAccessIndex } from '../src/access/compute';
import { rankCommunes } from '../src/access/rank';
import { coverageStats } from '../src/communes/dataset';
// `.js` on purpose: extensionless "load.node" is read as a native addon by Node's ESM loader.
import { loadCommuneDataset } from '../src/communes/load.node.js';
import { buildCommuneSearch } from '../src/search/commune-search';
import { buildPointIndex } from '../src/spatial/point-index';
import type { Commune, LatLon } from '../src/types';
import { approximationError } from './approximation-error';
import { generateVenues, jitter, seededRandom } from './fixtures';

const VENUES = 100_000;
const QUERIES = 20_000;
const AS_OF = '2025-06-30';
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const gc = (globalThis as { gc?: () => void }).gc;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

const heapStart = process.memoryUsage().heapUsed;
const { dataset, report } = loadCommuneDataset();
gc?.();
const retainedMb = mb(process.memoryUsage().heapUsed - heapStart);
console.log(
  `Load commune data set: ${report.durationMs.toFixed(0)} ms, ${dataset.communes.length} municipalities, retained heap ≈ ${gc ? `${retainedMb} MB` : 'n/a (run with --expose-gc)'}`,
);
for (const s of coverageStats(dataset)) {
  const pct = (100 * s.approximateShare).toFixed(1);
  console.log(
    `  ${s.country}: ${s.communes} municipalities, ${s.approximate} approximate (${pct} %)`,
    s.byMethod,
  );
}
const french = dataset.communes.filter((c) => c.country === 'FR');
const population = (list: readonly Commune[]) => list.reduce((sum, c) => sum + c.population, 0);
const approxPopulation = population(french.filter((c) => c.coordinatesSource === 'approximate'));
console.log(
  `  FR population living in communes with an approximate position: ${((100 * approxPopulation) / population(french)).toFixed(1)} %`,
);
console.log(
  `  Unlocated (left out): ${dataset.unlocated.map((u) => `${u.code} ${u.name}`).join(', ')}`,
);
for (const e of approximationError(dataset.communes)) {
  console.log(
    `  Leave-one-out error of ${e.method} on ${e.communes} GeoNames-located communes: median ${e.medianKm.toFixed(1)} km, p90 ${e.p90Km.toFixed(1)} km`,
  );
}

const random = seededRandom(42);
const venues = generateVenues(french, VENUES, AS_OF, random);
type Item = { kind: 'commune' | 'venue'; id: string; location: LatLon };
const items: Item[] = [
  ...dataset.communes.map((c) => ({ kind: 'commune' as const, id: c.id, location: c.location })),
  ...venues,
];
const [index, buildMs] = timed(() => buildPointIndex(items, (i) => i.location));
console.log(
  `\nSpatial index over ${items.length} points (communes + ${VENUES} venues): built in ${buildMs.toFixed(1)} ms`,
);

const queries = Array.from({ length: QUERIES }, () =>
  jitter((french[Math.floor(random() * french.length)] as Commune).location, 10, random),
);
for (const q of queries.slice(0, 500)) index.nearest(q, { k: 10 }); // warm-up
const durations: number[] = [];
let checksum = 0;
for (const q of queries) {
  const started = performance.now();
  checksum += index.nearest(q, { k: 10 }).length;
  durations.push(performance.now() - started);
}
durations.sort((a, b) => a - b);
const mean = durations.reduce((s, d) => s + d, 0) / durations.length;
const p99 = durations[Math.floor(0.99 * durations.length)] ?? Number.NaN;
console.log(
  `Nearest-10 over ${QUERIES} queries: mean ${(mean * 1000).toFixed(1)} µs, p99 ${(p99 * 1000).toFixed(1)} µs (target < 100 µs), ${checksum} results`,
);
const [within] = timed(() => index.within(queries[0] as LatLon, 20));
const [, withinMs] = timed(() => {
  for (const q of queries.slice(0, 1000)) index.within(q, 20);
});
console.log(
  `Within 20 km: ${within.length} points around the first query; mean ${withinMs.toFixed(1)} µs per query over 1,000 queries`,
);

const activities = new Map<string, number>();
for (let i = 0; i < 2400; i++) {
  const id = (french[Math.floor(random() * french.length)] as Commune).id;
  activities.set(id, (activities.get(id) ?? 0) + 1);
}
const places = venues.map((v) => ({
  id: v.id,
  location: v.location,
  eventDates: [v.lastConcertOn],
}));
const [access, accessMs] = timed(() =>
  computeAccessIndex({
    communes: french,
    liveMusicPlaces: places,
    activitiesByCommune: activities,
    asOf: AS_OF,
  }),
);
console.log(
  `\nAccess index for ${access.size} French communes, ${VENUES} candidate places: ${accessMs.toFixed(0)} ms (target < 2000 ms)`,
);
const [ranked, rankMs] = timed(() =>
  rankCommunes(communesInArea(dataset, { kind: 'department', code: '48' }), access),
);
console.log(
  `Ranked list for Lozère (${ranked.length} communes): ${rankMs.toFixed(1)} ms; top: ${ranked
    .slice(0, 3)
    .map((r) => `${r.name} ${r.score}`)
    .join(', ')}`,
);

const [search, searchBuildMs] = timed(() => buildCommuneSearch(dataset.communes, dataset.aliases));
const words = [
  'saint etienne',
  'evry',
  'lisle adam',
  'bruxelles',
  'mont',
  '01400',
  'sainte',
  'val',
];
const [, searchMs] = timed(() => {
  for (let i = 0; i < 100; i++) for (const w of words) search.search(w);
});
console.log(
  `\nSearch: index built in ${searchBuildMs.toFixed(0)} ms; mean ${((searchMs * 1000) / (100 * words.length)).toFixed(0)} µs per query`,
);
console.log(
  `Memory: rss ${mb(process.memoryUsage().rss)} MB, heap used ${mb(process.memoryUsage().heapUsed)} MB`,
);
