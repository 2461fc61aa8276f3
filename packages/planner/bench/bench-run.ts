// Shared pieces of the planner benches: one CLI process per run, a busy neighbour, statistics.
import { type ChildProcess, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const cli = join(new URL('.', import.meta.url).pathname, '../bin/tutti-planner.js');

/** What the CLI prints (see src/cli/main.ts). */
export type CliResult = {
  vehicles: number;
  distance: number;
  routes: number[][];
  iterations: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  /** [seconds, iterations, vehicles, distance, unassigned] at each reported improvement. */
  trajectory?: number[][];
  unassigned?: unknown[];
};

/** Runs `tutti-planner <args>` in its own process (one thread) and returns its JSON and wall time. */
export function runCli(args: string[]): Promise<{ result: CliResult; wallSeconds: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`tutti-planner ${args.join(' ')} exited with ${code}`));
      done({
        result: JSON.parse(out) as CliResult,
        wallSeconds: (performance.now() - started) / 1000,
      });
    });
  });
}

/**
 * `--busy`: a second process that keeps one core busy for the whole bench (a colleague's import),
 * so that the planner shares the machine as it would on a loaded server. Returns a stop function.
 */
export function startBusyNeighbour(): () => void {
  const child: ChildProcess = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  const stop = (): void => {
    if (child.exitCode === null) child.kill();
  };
  process.on('exit', stop);
  // Ctrl-C or a kill of the bench must not leave the busy process behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  return stop;
}

/** One line on the machine's state, printed with every bench so figures say how loaded it was. */
export function machineNote(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

export const percent = (value: number, known: number): number => (100 * (value - known)) / known;

/** Seconds at which the best distance first came within `withinPercent` of `known`, or null. */
export function timeToGap(
  trajectory: number[][] | undefined,
  known: number,
  withinPercent: number,
): { seconds: number; iterations: number } | null {
  for (const [seconds, iterations, , distance, unassigned] of trajectory ?? []) {
    if (unassigned === 0 && percent(distance!, known) <= withinPercent)
      return { seconds: seconds!, iterations: iterations! };
  }
  return null;
}

export function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
}

/** Runs `work` on each item with at most `parallel` at a time, in order of the list. */
export async function inParallel<T>(
  items: T[],
  parallel: number,
  work: (item: T) => Promise<void>,
) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/** "60 s limit", "130000 iterations", or both joined by "or". */
export function budgetText(seconds: string | undefined, iterations: string | undefined): string {
  return [
    seconds !== undefined ? `${seconds} s limit` : '',
    iterations ? `${iterations} iterations` : '',
  ]
    .filter(Boolean)
    .join(' or ');
}
