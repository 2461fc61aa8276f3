// What the planner worker thread computes: the engine's plan and the baseline, on the same problem.
import {
  type PlanningProblem,
  type PlanSummary,
  type PreviousAssignment,
  solve,
  type UnassignedReason,
} from '@tutti/planner';
import { type DayRoute, planBaseline } from './tour-baseline';
import { jobIndexOf, vehicleIndexOf } from './tour-ids';

export type TourWorkerInput = {
  problem: PlanningProblem;
  /** The artist of each vehicle, parallel to `problem.vehicles`. */
  vehicleArtist: number[];
  seed: number;
  timeLimitMs: number;
  minimiseChangesFrom: PreviousAssignment | undefined;
};

export type TourWorkerOutput = {
  plan: {
    routes: DayRoute[];
    unassigned: { job: number; reason: UnassignedReason; detail: string }[];
    iterations: number;
    elapsedMs: number;
  };
  baseline: { routes: DayRoute[]; unassigned: number[] };
};

/**
 * Plans with the engine within the time limit, then builds the baseline.
 * @example solveTour(input, (best) => console.log(best.distanceKm))
 */
export function solveTour(
  input: TourWorkerInput,
  onProgress?: (best: PlanSummary) => void,
): TourWorkerOutput {
  const { problem } = input;
  const baseline = planBaseline(problem, input.vehicleArtist);
  if (problem.jobs.length === 0) {
    return { plan: { routes: [], unassigned: [], iterations: 0, elapsedMs: 0 }, baseline };
  }
  const result = solve(problem, {
    seed: input.seed,
    timeLimitMs: input.timeLimitMs,
    objective: 'distance',
    ...(input.minimiseChangesFrom ? { minimiseChangesFrom: input.minimiseChangesFrom } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  return {
    plan: {
      routes: result.routes.map((route) => ({
        vehicle: vehicleIndexOf(route.vehicleId),
        stops: route.stops.map((stop) => ({
          job: jobIndexOf(stop.jobId),
          arrivalMin: stop.arrivalMin,
          startMin: stop.startMin,
          endMin: stop.endMin,
        })),
        ...(route.break ? { break: route.break } : {}),
      })),
      unassigned: result.unassigned.map((u) => ({
        job: jobIndexOf(u.jobId),
        reason: u.reason,
        detail: u.detail,
      })),
      iterations: result.summary.iterations,
      elapsedMs: result.summary.elapsedMs,
    },
    baseline,
  };
}
