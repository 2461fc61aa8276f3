// Season bench: 2,500 sessions, 40 artists, 200 working days; engine vs the nearest-artist baseline.

import { parseFlags } from '../src/cli/main-flags';
import { type PlanningProblem, type PlanResult, solve } from '../src/index';
import { findViolations } from '../test/checker';
import { machineNote } from './bench-run';
import { planBaseline } from './season-baseline';
import { generateSeason } from './season-generator';

const { flags } = parseFlags(process.argv.slice(2));
const shape = {
  sessions: Number(flags.get('sessions') ?? 2500),
  artists: Number(flags.get('artists') ?? 40),
  workingDays: Number(flags.get('days') ?? 200),
  seed: Number(flags.get('seed') ?? 7),
};
// A work budget (--iterations) makes the run reproducible; the time limit still caps it.
const timeLimitS = Number(flags.get('time-limit') ?? 58);
const iterationLimit = flags.has('iterations') ? Number(flags.get('iterations')) : undefined;

function travelHours(problem: PlanningProblem, plan: PlanResult): number {
  const matrix = problem.matrix!;
  const location = new Map(problem.jobs.map((job) => [job.id, job.location]));
  const home = new Map(problem.vehicles.map((v) => [v.id, v.startLocation]));
  let minutes = 0;
  for (const route of plan.routes) {
    let at = home.get(route.vehicleId)!;
    for (const stop of route.stops) {
      const next = location.get(stop.jobId)!;
      minutes += matrix.durationMin[at * matrix.size + next]!;
      at = next;
    }
    minutes += matrix.durationMin[at * matrix.size + home.get(route.vehicleId)!]!;
  }
  return minutes / 60;
}

function report(name: string, problem: PlanningProblem, plan: PlanResult, seconds: number): number {
  const placed = plan.routes.reduce((sum, r) => sum + r.stops.length, 0);
  const km = plan.routes.reduce((sum, r) => sum + r.distanceKm, 0);
  const violations = findViolations(problem, plan);
  console.log(
    `${name.padEnd(9)} placed ${placed}, unplaced ${plan.unassigned.length}, artist-days ${plan.routes.length}, ` +
      `${km.toFixed(0)} km, ${travelHours(problem, plan).toFixed(0)} h travel, ${seconds.toFixed(1)} s` +
      (violations.length > 0
        ? `, ${violations.length} VIOLATIONS (${violations[0]})`
        : ', feasible'),
  );
  return km;
}

const generatedAt = performance.now();
const season = generateSeason(shape);
const { problem } = season;
console.log(
  `season: ${problem.jobs.length} sessions, ${shape.artists} artists × ${shape.workingDays} days = ${problem.vehicles.length} artist-days, ` +
    `${problem.matrix!.size} locations (generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s)`,
);

let started = performance.now();
const baseline = planBaseline(season);
const baselineKm = report('baseline', problem, baseline, (performance.now() - started) / 1000);

started = performance.now();
const plan = solve(problem, {
  seed: Number(flags.get('solve-seed') ?? 1),
  timeLimitMs: timeLimitS * 1000,
  iterationLimit,
  tuning: process.env.TUTTI_PLANNER_TUNING
    ? JSON.parse(process.env.TUTTI_PLANNER_TUNING)
    : undefined,
  objective: 'distance',
  onProgress: flags.has('verbose') ? (best) => console.log(JSON.stringify(best)) : undefined,
});
const engineSeconds = (performance.now() - started) / 1000;
const engineKm = report('engine', problem, plan, engineSeconds);
const placedGain =
  plan.routes.reduce((s, r) => s + r.stops.length, 0) -
  baseline.routes.reduce((s, r) => s + r.stops.length, 0);

console.log(
  `\nkm saved vs baseline: ${(100 * (1 - engineKm / baselineKm)).toFixed(1)} % (${(baselineKm - engineKm).toFixed(0)} km), ` +
    `sessions placed: ${placedGain >= 0 ? '+' : ''}${placedGain}; engine wall time ${engineSeconds.toFixed(1)} s ` +
    `(${plan.summary.iterations} iterations${iterationLimit ? ` of ${iterationLimit}` : ''}, ${(process.cpuUsage().user / 1e6).toFixed(1)} s CPU in all); ${machineNote()}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
