// Solomon benchmark: solves every instance of a folder with the CLI (one process each, seeds 1…N) and compares with bks.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSolomon } from '../src/index';
import { budgetText, inParallel, machineNote, mean, percent, runCli } from './bench-run';
import { verifySolomon } from './solomon-verify';

type Known = { vehicles: number; distance: number };
type Bks = Record<string, { distance: Known; hierarchical: Known }>;
type Row = {
  name: string;
  seed: number;
  vehicles: number;
  distance: number;
  seconds: number;
  iterations: number;
  cpuSeconds: number;
  known?: Known;
  feasible: boolean;
};

const here = new URL('.', import.meta.url).pathname;

/** `bench:planner` on the Solomon set; flags as in the package README. */
export async function solomonBench(flags: Map<string, string>): Promise<void> {
  const dir = resolve(flags.get('dir') ?? join(here, '../../../../shared/bench/solomon'));
  const timeLimit = flags.get('time-limit') ?? (flags.has('iterations') ? undefined : '10');
  const objective = flags.get('objective') ?? 'distance';
  const parallel = Number(flags.get('jobs') ?? 1);
  const firstSeed = Number(flags.get('seed') ?? 1);
  const seedCount = Number(flags.get('seeds') ?? 1);
  const seeds = Array.from({ length: seedCount }, (_, k) => firstSeed + k);
  const only = flags.get('only');
  const bksPath = join(dir, 'bks.json');
  const bks: Bks = existsSync(bksPath) ? JSON.parse(readFileSync(bksPath, 'utf8')) : {};
  const files = readdirSync(dir)
    .filter((f) => /\.txt$/i.test(f) && (!only || new RegExp(only).test(f)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

  const solveOne = async ({ file, seed }: { file: string; seed: number }): Promise<Row> => {
    const instance = parseSolomon(readFileSync(join(dir, file), 'utf8'));
    const name = instance.name;
    const known = bks[name]?.[objective === 'distance' ? 'distance' : 'hierarchical'];
    const args = [
      'solve-solomon',
      join(dir, file),
      '--seed',
      String(seed),
      '--objective',
      objective,
    ];
    if (timeLimit !== undefined) args.push('--time-limit', timeLimit);
    if (flags.has('iterations')) args.push('--iterations', flags.get('iterations')!);
    const maxVehicles = objective === 'distance' ? known?.vehicles : undefined;
    if (maxVehicles !== undefined) args.push('--max-vehicles', String(maxVehicles));
    const { result, wallSeconds } = await runCli(args);
    const check = verifySolomon(instance, result.routes, maxVehicles);
    if (check.violations.length > 0) console.error(`${name}: ${check.violations.join('; ')}`);
    return {
      name,
      seed,
      vehicles: result.routes.length,
      distance: check.distance,
      seconds: wallSeconds,
      iterations: result.iterations,
      cpuSeconds: result.cpuSeconds,
      known,
      feasible: check.violations.length === 0,
    };
  };

  const rows: Row[] = [];
  const runs = files.flatMap((file) => seeds.map((seed) => ({ file, seed })));
  await inParallel(runs, parallel, async (run) => {
    const row = await solveOne(run);
    rows.push(row);
    const gap = row.known ? `${percent(row.distance, row.known.distance).toFixed(2)} %` : 'n/a';
    const knownText = row.known
      ? `${row.known.vehicles} / ${row.known.distance.toFixed(2)}`
      : 'n/a';
    console.log(
      `${row.name.padEnd(8)} seed ${String(row.seed).padStart(2)}  vehicles ${String(row.vehicles).padStart(3)}  distance ${row.distance.toFixed(2).padStart(9)}  best known ${knownText.padStart(14)}  gap ${gap.padStart(8)}  ${row.seconds.toFixed(1)} s  ${row.iterations} it  ${row.cpuSeconds.toFixed(1)} s CPU${row.feasible ? '' : '  INFEASIBLE'}`,
    );
  });

  const budget = budgetText(timeLimit, flags.get('iterations'));
  console.log(
    `\n${objective} objective, ${files.length} instances × ${seeds.length} seed(s) from ${firstSeed}, ${budget}, ` +
      `${parallel} process(es) at a time${flags.has('busy') ? ', one core kept busy' : ''}; ${machineNote()}`,
  );
  const compared = rows.filter((r) => r.known);
  if (compared.length === 0) {
    console.log('no best-known values (bks.json) for these instances');
    return;
  }
  const gapOf = (r: Row): number => percent(r.distance, r.known!.distance);
  const gaps = compared.map(gapOf);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  if (seeds.length > 1) {
    // Per instance: the worst of its seeds, which is what a coordinator may get by bad luck.
    const worstByInstance = new Map<string, number>();
    for (const r of compared)
      worstByInstance.set(r.name, Math.max(worstByInstance.get(r.name) ?? -Infinity, gapOf(r)));
    const worst = [...worstByInstance.entries()].sort((a, b) => b[1] - a[1]);
    console.log(
      `worst of ${seeds.length} seeds per instance: mean ${mean(worst.map((w) => w[1])).toFixed(2)} %, ` +
        `above 3 %: ${worst.filter((w) => w[1] > 3).length}/${worst.length}; highest ${worst
          .slice(0, 5)
          .map(([n, g]) => `${n} ${g.toFixed(2)} %`)
          .join(', ')}`,
    );
  }
  if (objective === 'hierarchical') {
    const same = compared.filter((r) => r.vehicles === r.known!.vehicles);
    const more = compared.filter((r) => r.vehicles > r.known!.vehicles).length;
    const sameGaps = same.map(gapOf);
    console.log(
      `vehicle count of the best known reached in ${compared.length - more}/${compared.length} runs; ` +
        `distance gap where it equals the best known: mean ${mean(sameGaps).toFixed(2)} %, worst ${Math.max(...sameGaps).toFixed(2)} %`,
    );
  }
  console.log(
    `gap to best known over all runs: mean ${mean(gaps).toFixed(2)} %, median ${median.toFixed(2)} %, worst ${Math.max(...gaps).toFixed(2)} %, ` +
      `best known reached ${gaps.filter((g) => g <= 0.005).length}/${gaps.length}; mean wall time ${mean(rows.map((r) => r.seconds)).toFixed(1)} s, ` +
      `mean iterations ${Math.round(mean(rows.map((r) => r.iterations)))}; infeasible ${rows.filter((r) => !r.feasible).length}`,
  );
}
