// Keeps the best plan seen so far (copied lazily) and reports it for progress displays.
import type { PlanSummary } from './model';
import type { Snapshot, Solution } from './solution';

const epsilon = 1e-7;

/**
 * Compares plans lexicographically: unserved-job penalty, then (hierarchical) vehicles, then cost.
 * The best plan is copied only when the search leaves it, so improving moves cost nothing extra.
 */
export class BestTracker {
  private penalty = Number.POSITIVE_INFINITY;
  private vehicles = Number.POSITIVE_INFINITY;
  private cost = Number.POSITIVE_INFINITY;
  private currentIsBest = false;
  private saved: Snapshot = [];
  private lastReportMs = Number.NEGATIVE_INFINITY;
  iterations = 0;

  constructor(
    private readonly hierarchical: boolean,
    private readonly startMs: number,
    private readonly onProgress?: (best: PlanSummary) => void,
  ) {}

  /** True when the solution beats the best on record. */
  isBetter(sol: Solution): boolean {
    if (sol.penalty < this.penalty - epsilon) return true;
    if (sol.penalty > this.penalty + epsilon) return false;
    if (this.hierarchical && sol.usedRoutes !== this.vehicles)
      return sol.usedRoutes < this.vehicles;
    return sol.cost < this.cost - epsilon;
  }

  /** Call after a move was accepted, before commit(). */
  afterAccept(sol: Solution): void {
    if (this.isBetter(sol)) {
      this.record(sol);
    } else if (this.currentIsBest) {
      this.saved = sol.snapshotBeforeMove();
      this.currentIsBest = false;
    }
  }

  /** Call outside a move, e.g. on a fresh solution. */
  consider(sol: Solution): void {
    if (this.isBetter(sol)) this.record(sol);
  }

  /** Call before changing the solution outside a journaled move. */
  leaving(sol: Solution): void {
    if (this.currentIsBest) {
      this.saved = sol.snapshot();
      this.currentIsBest = false;
    }
  }

  /** The best routes, given the solution the search currently holds. */
  best(sol: Solution): Snapshot {
    return this.currentIsBest ? sol.snapshot() : this.saved;
  }

  get bestVehicles(): number {
    return this.vehicles;
  }

  get bestPenalty(): number {
    return this.penalty;
  }

  private record(sol: Solution): void {
    this.penalty = sol.penalty;
    this.vehicles = sol.usedRoutes;
    this.cost = sol.cost;
    this.currentIsBest = true;
    const now = performance.now();
    if (this.onProgress && now - this.lastReportMs >= 200) {
      this.lastReportMs = now;
      this.onProgress(summarise(sol, now - this.startMs, this.iterations));
    }
  }
}

/** Progress figures of a solution. */
export function summarise(sol: Solution, elapsedMs: number, iterations: number): PlanSummary {
  let changed = 0;
  const previous = sol.inst.jobPreviousVehicle;
  for (let j = 0; j < sol.inst.jobCount; j++) {
    if (previous[j]! >= 0 && previous[j] !== sol.routeOf[j]) changed++;
  }
  return {
    elapsedMs: Math.round(elapsedMs),
    iterations,
    vehicles: sol.usedRoutes,
    distanceKm: sol.distanceKm(),
    unassigned: sol.unassigned.length,
    changedAssignments: changed,
  };
}
