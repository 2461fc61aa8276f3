// Command-line interface: `tutti-planner solve-solomon FILE [--time-limit S] [--seed N] [--objective O] [--max-vehicles N]`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Objective } from '../model';
import { parseSolomon, solomonProblem } from '../solomon';
import { solve } from '../solve';
import { parseFlags } from './main-flags';

const usage =
  'usage: tutti-planner solve-solomon FILE [--time-limit SECONDS] [--seed N] [--objective distance|hierarchical] [--max-vehicles N]';

/** Runs the CLI; returns the process exit code. */
export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'solve-solomon') {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { positional, flags } = parseFlags(rest);
  const file = positional[0];
  const objective = (flags.get('objective') ?? 'distance') as Objective;
  if (!file || (objective !== 'distance' && objective !== 'hierarchical')) {
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
  const instance = parseSolomon(readFileSync(file, 'utf8'));
  const result = solve(solomonProblem(instance), {
    seed: number('seed') ?? 1,
    // The limit covers the whole command: start-up (tsx, parsing) and output included.
    timeLimitMs: Math.max(100, 1000 * (number('time-limit') ?? 10) - performance.now() - 150),
    objective,
    maxVehicles: number('max-vehicles'),
    iterationLimit: number('iterations'),
    tuning: process.env.TUTTI_PLANNER_TUNING
      ? JSON.parse(process.env.TUTTI_PLANNER_TUNING)
      : undefined,
  });
  const routes = result.routes.map((route) => route.stops.map((stop) => Number(stop.jobId)));
  const output: Record<string, unknown> = {
    instance: instance.name || basename(file),
    objective,
    vehicles: routes.length,
    distance: result.routes.reduce((sum, route) => sum + route.distanceKm, 0),
    routes,
  };
  if (result.unassigned.length > 0) output.unassigned = result.unassigned;
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
