// Ruin-and-recreate under simulated annealing (SISR): the distance-minimising search loop.
import type { JobKeys } from './neighbours';
import type { Rng } from './random';
import { recreate } from './recreate';
import { type RuinParams, ruinStrings } from './ruin';
import type { Solution } from './solution';
import type { BestTracker } from './tracker';

export type SearchContext = {
  sol: Solution;
  neighbours: Int32Array[];
  keys: JobKeys;
  rng: Rng;
  tracker: BestTracker;
  ruin: RuinParams;
  blinkRate: number;
  /**
   * Cost of an unserved job as seen by the acceptance test (the best plan is still judged with
   * the full penalty): a finite value lets the search cross plans that leave a few jobs out,
   * which matters when the vehicle count is tight.
   */
  softPenalty: number;
};

/** A servable job that is not served, half of the time (-1 otherwise or when there is none). */
function jobStillOut(sol: Solution, rng: Rng): number {
  if (rng.next() < 0.5) return -1;
  const out = sol.unassigned.filter((j) => sol.candidates[j]!.length > 0);
  return out.length === 0 ? -1 : out[rng.int(out.length)]!;
}

/** A phase ends at `endMs` (performance.now clock) or after `iterations`, whichever first. */
export type Budget = { endMs: number; iterations: number };

/**
 * Runs SISR annealing with an exponentially cooling temperature from `startTemperature` to
 * `endTemperature` (in cost units); progress is measured in iterations when an iteration budget
 * is finite, in time otherwise, so an iteration budget makes the run deterministic.
 * @example
 * anneal(context, { endMs: performance.now() + 1000, iterations: Infinity }, 50, 0.5);
 */
export function anneal(
  ctx: SearchContext,
  budget: Budget,
  startTemperature: number,
  endTemperature: number,
): void {
  const { sol, rng, tracker } = ctx;
  const startMs = performance.now();
  const spanMs = Math.max(1, budget.endMs - startMs);
  const byIterations = Number.isFinite(budget.iterations);
  const ratio = endTemperature / startTemperature;
  // Acceptance score: the cost with unserved jobs charged softPenalty instead of their full penalty.
  const keep = Math.min(1, ctx.softPenalty / sol.inst.basePenalty);
  const score = (): number => sol.cost - (1 - keep) * sol.penalty;
  let current = score();
  let unservable = 0;
  for (const list of sol.candidates) if (list.length === 0) unservable++;
  for (let it = 0; it < budget.iterations; it++) {
    const now = performance.now();
    if (now >= budget.endMs) break;
    const progress = byIterations ? it / budget.iterations : (now - startMs) / spanMs;
    const temperature = startTemperature * ratio ** progress;
    // From a plan serving every servable job, a move that leaves one out is always rejected
    // (full penalty), so recreate may stop at the first failure: this saves much time when the
    // vehicle count is tight.
    const stopOnFailure = keep === 1 && sol.unassigned.length === unservable;
    sol.begin();
    // While servable jobs are still out (the repair stopped making progress), half of the ruins
    // clear room around one of them, so the distance search keeps repairing.
    const someOut = sol.unassigned.length > unservable;
    ruinStrings(sol, ctx.neighbours, rng, ctx.ruin, someOut ? jobStillOut(sol, rng) : -1);
    const complete = recreate(sol, ctx.keys, rng, ctx.blinkRate, stopOnFailure);
    tracker.iterations++;
    if (!complete) {
      sol.rollback();
      continue;
    }
    // Accept if better than the current cost plus a random threshold (Boltzmann-like).
    const threshold = current - temperature * Math.log(rng.next() + 1e-300);
    const candidate = score();
    if (candidate < threshold && sol.touchedFeasible()) {
      tracker.afterAccept(sol);
      sol.commit();
      current = candidate;
    } else {
      sol.rollback();
    }
    if ((it & 1023) === 1023) {
      sol.resyncCost();
      current = score();
    }
  }
}
