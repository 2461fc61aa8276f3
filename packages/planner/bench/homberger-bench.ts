// Gehring & Homberger 1,000-customer set (VRPLIB, DIMACS convention): gap, time to 5 % and 2 %, memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseVrplib, parseVrplibSolution } from '../src/index';
import { budgetText, inParallel, machineNote, mean, percent, runCli, timeToGap } from './bench-run';
import { verifyVrplib } from './vrplib-verify';

type Row = {
  name: string;
  seed: number;
  vehicles: number;
  distance: number;
  known: number;
  gap: number;
  to5: { seconds: number; iterations: number } | null;
  to2: { seconds: number; iterations: number } | null;
  iterations: number;
  cpuSeconds: number;
  seconds: number;
  rssMiB: number;
  feasible: boolean;
};

const here = new URL('.', import.meta.url).pathname;
const reach = (t: Row['to5']): string =>
  (t ? `${t.seconds.toFixed(1)} s ${Math.round(t.iterations / 1000)}k it` : '—').padStart(15);

/**
 * `bench:planner -- --set homberger-1000`: every instance solved by the CLI in its own process
 * (one thread) with distances truncated to one decimal, the fleet capped at `VEHICLES` only.
 */
export async function hombergerBench(flags: Map<string, string>): Promise<void> {
  const dir = resolve(flags.get('dir') ?? join(here, '../../../../shared/bench/homberger-1000'));
  const timeLimit = flags.get('time-limit') ?? (flags.has('iterations') ? undefined : '60');
  const parallel = Number(flags.get('jobs') ?? 1);
  const firstSeed = Number(flags.get('seed') ?? 1);
  const seeds = Array.from({ length: Number(flags.get('seeds') ?? 1) }, (_, k) => firstSeed + k);
  const only = flags.get('only');
  const files = readdirSync(dir)
    .filter((f) => /\.vrp$/i.test(f) && (!only || new RegExp(only).test(f)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

  const rows: Row[] = [];
  const runs = files.flatMap((file) => seeds.map((seed) => ({ file, seed })));
  await inParallel(runs, parallel, async ({ file, seed }) => {
    const path = join(dir, file);
    const instance = parseVrplib(readFileSync(path, 'utf8'));
    const known = parseVrplibSolution(readFileSync(path.replace(/\.vrp$/i, '.sol'), 'utf8')).cost;
    if (known === null) throw new Error(`${file}: no Cost in the .sol file`);
    const args = [
      'solve-vrplib',
      path,
      '--rounding',
      'truncated',
      '--seed',
      String(seed),
      '--trajectory',
    ];
    if (timeLimit !== undefined) args.push('--time-limit', timeLimit);
    if (flags.has('iterations')) args.push('--iterations', flags.get('iterations')!);
    const { result } = await runCli(args);
    const check = verifyVrplib(instance, result.routes, 'truncated');
    if (check.violations.length > 0)
      console.error(`${instance.name}: ${check.violations.slice(0, 3).join('; ')}`);
    const row: Row = {
      name: instance.name,
      seed,
      vehicles: result.routes.length,
      distance: check.distance,
      known,
      gap: percent(check.distance, known),
      to5: timeToGap(result.trajectory, known, 5),
      to2: timeToGap(result.trajectory, known, 2),
      iterations: result.iterations,
      cpuSeconds: result.cpuSeconds,
      seconds: result.seconds,
      rssMiB: result.peakRssMiB,
      feasible: check.violations.length === 0,
    };
    rows.push(row);
    console.log(
      `${row.name.padEnd(9)} seed ${String(seed).padStart(2)}  vehicles ${String(row.vehicles).padStart(3)}  distance ${row.distance.toFixed(1).padStart(8)}  ` +
        `best known ${known.toFixed(1).padStart(8)}  gap ${row.gap.toFixed(2).padStart(6)} %  to 5 % ${reach(row.to5)}  to 2 % ${reach(row.to2)}  ` +
        `${row.seconds.toFixed(1)} s  ${row.iterations} it  ${row.cpuSeconds.toFixed(1)} s CPU  ${row.rssMiB} MiB${row.feasible ? '' : '  INFEASIBLE'}`,
    );
  });

  const budget = budgetText(timeLimit, flags.get('iterations'));
  const gaps = rows.map((r) => r.gap);
  const reached = (key: 'to5' | 'to2'): string => {
    const times = rows.flatMap((r) => (r[key] ? [r[key]!.seconds] : []));
    return `${times.length}/${rows.length} runs${times.length ? `, mean ${mean(times).toFixed(1)} s, slowest ${Math.max(...times).toFixed(1)} s` : ''}`;
  };
  console.log(
    `\nhomberger-1000: ${files.length} instances × ${seeds.length} seed(s) from ${firstSeed}, ${budget}, one thread per run, ` +
      `${parallel} run(s) at a time${flags.has('busy') ? ', one core kept busy' : ''}; ${machineNote()}`,
  );
  console.log(
    `gap to best known (distances truncated to 0.1): mean ${mean(gaps).toFixed(2)} %, worst ${Math.max(...gaps).toFixed(2)} % ` +
      `(${rows.find((r) => r.gap === Math.max(...gaps))?.name}); within 5 %: ${reached('to5')}; within 2 %: ${reached('to2')}`,
  );
  console.log(
    `mean iterations ${Math.round(mean(rows.map((r) => r.iterations)))}, peak RSS ${Math.max(...rows.map((r) => r.rssMiB))} MiB, ` +
      `infeasible ${rows.filter((r) => !r.feasible).length}`,
  );
}
