// Solomon benchmark: solves every instance of a folder with the CLI (one process each) and compares with bks.json.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFlags } from '../src/cli/main-flags';
import { parseSolomon } from '../src/index';
import { verifySolomon } from './solomon-verify';

type Known = { vehicles: number; distance: number };
type Bks = Record<string, { distance: Known; hierarchical: Known }>;
type Row = {
  name: string;
  vehicles: number;
  distance: number;
  seconds: number;
  known?: Known;
  feasible: boolean;
};

const here = new URL('.', import.meta.url).pathname;
const { flags } = parseFlags(process.argv.slice(2));
const dir = resolve(flags.get('dir') ?? join(here, '../../../../shared/bench/solomon'));
const timeLimit = Number(flags.get('time-limit') ?? 10);
const objective = flags.get('objective') ?? 'distance';
const parallel = Number(flags.get('jobs') ?? 1);
const seed = flags.get('seed') ?? '1';
const only = flags.get('only');
const bksPath = join(dir, 'bks.json');
const bks: Bks = existsSync(bksPath) ? JSON.parse(readFileSync(bksPath, 'utf8')) : {};
const files = readdirSync(dir)
  .filter((f) => /\.txt$/i.test(f) && (!only || new RegExp(only).test(f)))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const cli = join(here, '../bin/tutti-planner.js');

function solveOne(file: string): Promise<Row> {
  const instance = parseSolomon(readFileSync(join(dir, file), 'utf8'));
  const name = instance.name;
  const known = bks[name]?.[objective === 'distance' ? 'distance' : 'hierarchical'];
  const args = [
    cli,
    'solve-solomon',
    join(dir, file),
    '--time-limit',
    String(timeLimit),
    '--seed',
    seed,
  ];
  args.push('--objective', objective);
  if (flags.has('iterations')) args.push('--iterations', flags.get('iterations')!);
  const maxVehicles = objective === 'distance' ? known?.vehicles : undefined;
  if (maxVehicles !== undefined) args.push('--max-vehicles', String(maxVehicles));
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', fail);
    child.on('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const result = JSON.parse(out) as { routes: number[][] };
      const check = verifySolomon(instance, result.routes, maxVehicles);
      if (check.violations.length > 0) console.error(`${name}: ${check.violations.join('; ')}`);
      done({
        name,
        vehicles: result.routes.length,
        distance: check.distance,
        seconds,
        known,
        feasible: check.violations.length === 0,
      });
    });
  });
}

const rows: Row[] = [];
const queue = [...files];
await Promise.all(
  Array.from({ length: parallel }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const row = await solveOne(file);
      rows.push(row);
      const gap = row.known
        ? `${((100 * (row.distance - row.known.distance)) / row.known.distance).toFixed(2)} %`
        : 'n/a';
      const knownText = row.known
        ? `${row.known.vehicles} / ${row.known.distance.toFixed(2)}`
        : 'n/a';
      console.log(
        `${row.name.padEnd(8)} vehicles ${String(row.vehicles).padStart(3)}  distance ${row.distance.toFixed(2).padStart(9)}  best known ${knownText.padStart(14)}  gap ${gap.padStart(8)}  ${row.seconds.toFixed(1)} s${row.feasible ? '' : '  INFEASIBLE'}`,
      );
    }
  }),
);

const compared = rows.filter((r) => r.known);
const gaps = compared.map((r) => (100 * (r.distance - r.known!.distance)) / r.known!.distance);
const mean = gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length);
const worst = Math.max(...gaps);
const sorted = [...gaps].sort((a, b) => a - b);
const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : Number.NaN;
const vehicles = rows.reduce((s, r) => s + r.vehicles, 0);
const knownVehicles = compared.reduce((s, r) => s + r.known!.vehicles, 0);
const distance = rows.reduce((s, r) => s + r.distance, 0);
const knownDistance = compared.reduce((s, r) => s + r.known!.distance, 0);
const seconds = rows.reduce((s, r) => s + r.seconds, 0) / Math.max(1, rows.length);
console.log(
  `\n${objective} objective, ${rows.length} instances, ${timeLimit} s limit, seed ${seed}, ${parallel} process(es) at a time`,
);
console.log(
  `vehicles ${vehicles} (best known ${knownVehicles}), distance ${distance.toFixed(2)} (best known ${knownDistance.toFixed(2)})`,
);
if (compared.length === 0) {
  console.log('no best-known values (bks.json) for these instances');
  process.exit(0);
}
if (objective === 'hierarchical') {
  const sameFleet = compared.filter((r) => r.vehicles === r.known!.vehicles);
  const fewer = compared.filter((r) => r.vehicles < r.known!.vehicles).length;
  const more = compared.filter((r) => r.vehicles > r.known!.vehicles).length;
  const sameGaps = sameFleet.map(
    (r) => (100 * (r.distance - r.known!.distance)) / r.known!.distance,
  );
  console.log(
    `vehicle count of the best known reached on ${sameFleet.length + fewer}/${compared.length} instances (${more} need more vehicles); ` +
      `distance gap where the vehicle count equals the best known: mean ${(sameGaps.reduce((s, g) => s + g, 0) / Math.max(1, sameGaps.length)).toFixed(2)} %, worst ${Math.max(...sameGaps).toFixed(2)} %`,
  );
}
console.log(
  `gap to best known: mean ${mean.toFixed(2)} %, median ${median.toFixed(2)} %, worst ${worst.toFixed(2)} %, best known reached ${gaps.filter((g) => g <= 0.005).length}/${gaps.length}; mean time ${seconds.toFixed(1)} s; infeasible ${rows.filter((r) => !r.feasible).length}`,
);
