// Command-line interface: `tutti-planner solve-solomon|solve-vrplib FILE [--time-limit S] [--iterations N] [--seed N] …`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Objective, PlanningProblem, PlanSummary } from '../model';
import { parseSolomon, solomonProblem } from '../solomon';
import { solve } from '../solve';
import { parseVrplib, type VrplibRounding, vrplibProblem } from '../vrplib';
import { parseFlags } from './main-flags';

const usage =
  'usage: tutti-planner solve-solomon|solve-vrplib FILE [--time-limit SECONDS] [--iterations N] [--seed N] ' +
  '[--objective distance|hierarchical] [--max-vehicles N] [--rounding exact|truncated] [--trajectory]';

function readProblem(
  command: string,
  text: string,
  rounding: VrplibRounding,
): { name: string; problem: PlanningProblem } {
  if (command === 'solve-solomon') {
    const instance = parseSolomon(text);
    return { name: instance.name, problem: solomonProblem(instance) };
  }
  const instance = parseVrplib(text);
  return { name: instance.name, problem: vrplibProblem(instance, rounding) };
}

/**
 * Runs the CLI; returns the process exit code. Prints one JSON object: the plan's customer lists
 * and the work done (`iterations`, `seconds`, `cpuSeconds`, `peakRssMiB`); with `--trajectory`, every
 * improvement of the best plan as [seconds, iterations, vehicles, distance, unassigned].
 */
export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const { positional, flags } = parseFlags(rest, ['trajectory']);
  const file = positional[0];
  const objective = (flags.get('objective') ?? 'distance') as Objective;
  const rounding = (flags.get('rounding') ?? 'exact') as VrplibRounding;
  if (
    (command !== 'solve-solomon' && command !== 'solve-vrplib') ||
    !file ||
    (objective !== 'distance' && objective !== 'hierarchical') ||
    (rounding !== 'exact' && rounding !== 'truncated')
  ) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const number = (name: string): number | undefined => {
    if (!flags.has(name)) return undefined;
    const value = Number(flags.get(name));
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`--${name} needs a non-negative number`);
    return value;
  };
  const { name, problem } = readProblem(command, readFileSync(file, 'utf8'), rounding);
  const iterationLimit = number('iterations');
  const seconds = number('time-limit') ?? (iterationLimit === undefined ? 10 : undefined);
  const trajectory: number[][] = [];
  const record = (best: PlanSummary): void => {
    trajectory.push([
      best.elapsedMs / 1000,
      best.iterations,
      best.vehicles,
      best.distanceKm,
      best.unassigned,
    ]);
  };
  const result = solve(problem, {
    seed: number('seed') ?? 1,
    // The limit covers the whole command: start-up (tsx, parsing) and output included.
    timeLimitMs:
      seconds === undefined ? undefined : Math.max(100, 1000 * seconds - performance.now() - 150),
    objective,
    maxVehicles: number('max-vehicles'),
    iterationLimit,
    onProgress: flags.has('trajectory') ? record : undefined,
    tuning: process.env.TUTTI_PLANNER_TUNING
      ? JSON.parse(process.env.TUTTI_PLANNER_TUNING)
      : undefined,
  });
  const routes = result.routes.map((route) => route.stops.map((stop) => Number(stop.jobId)));
  const output: Record<string, unknown> = {
    instance: name || basename(file),
    objective,
    vehicles: routes.length,
    distance: result.routes.reduce((sum, route) => sum + route.distanceKm, 0),
    routes,
    iterations: result.summary.iterations,
    seconds: result.summary.elapsedMs / 1000,
    // CPU time of the whole command: on a busy machine it is the share of a core it really had.
    cpuSeconds: Math.round(process.cpuUsage().user / 1e4) / 100,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  if (result.unassigned.length > 0) output.unassigned = result.unassigned;
  if (flags.has('trajectory')) {
    record(result.summary);
    output.trajectory = trajectory;
  }
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `tutti-planner: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
