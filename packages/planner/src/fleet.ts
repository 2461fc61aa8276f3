// Fleet minimisation (SISR): drop a route, then ruin-and-recreate guided by absence counts until all jobs fit again.
import type { Budget, SearchContext } from './anneal';
import { findBestInsertion, type InsertionChoice } from './insertion';
import { recreate } from './recreate';
import { ruinStrings } from './ruin';
import type { Solution } from './solution';

/** Jobs that no vehicle can serve alone never count as repairable. */
function unservable(sol: Solution): number {
  let count = 0;
  for (const j of sol.unassigned) if (sol.candidates[j]!.length === 0) count++;
  return count;
}

/**
 * Ruin-and-recreate that accepts a move when it leaves fewer jobs out, or jobs that were left out
 * less often so far (absence counters push hard jobs to be inserted first). Stops when every
 * servable job is in, at the end of `budget`, or once past its `share` of it when it has gone
 * `stallIterations` without serving one more job: a repair that still makes progress is never
 * cut short by the clock of a busy machine. Returns the iterations used, or -1 if jobs are still out.
 * @example
 * const used = repairUnassigned(context, absences, { endMs: Infinity, iterations: 1e5 }, { endMs: Infinity, iterations: 3e4 }, 500);
 */
export function repairUnassigned(
  ctx: SearchContext,
  absences: Int32Array,
  budget: Budget,
  share: Budget,
  stallIterations: number,
): number {
  const { sol, rng, tracker } = ctx;
  const floor = unservable(sol);
  let currentOut = sol.unassigned.length;
  let lastProgress = 0;
  let it = 0;
  for (; it < budget.iterations && currentOut > floor; it++) {
    const now = performance.now();
    if (now >= budget.endMs) break;
    const pastShare = now >= share.endMs || it >= share.iterations;
    if (pastShare && it - lastProgress >= stallIterations) break;
    // Counters grow every iteration, so the current plan is re-scored with today's counters.
    const currentAbsence = absenceSum(sol, absences);
    sol.begin();
    // Half the time, clear room around a job that is still out.
    const around = rng.next() < 0.5 ? sol.unassigned[rng.int(sol.unassigned.length)]! : -1;
    ruinStrings(sol, ctx.neighbours, rng, ctx.ruin, around);
    // Insert the jobs most often left out first.
    const pending = sol.unassigned.slice().sort((a, b) => absences[b]! - absences[a]!);
    recreateInOrder(ctx, pending);
    tracker.iterations++;
    const out = sol.unassigned.length;
    const absence = absenceSum(sol, absences);
    for (const j of sol.unassigned) absences[j]!++;
    const better = out < currentOut || (out === currentOut && absence < currentAbsence);
    if (better && sol.touchedFeasible()) {
      tracker.afterAccept(sol);
      sol.commit();
      if (out < currentOut) lastProgress = it;
      currentOut = out;
    } else {
      sol.rollback();
    }
  }
  sol.resyncCost();
  return currentOut <= floor ? it : -1;
}

function recreateInOrder(ctx: SearchContext, jobs: number[]): void {
  // Mixing SISR's own orders with the absence order keeps the search diverse.
  if (ctx.rng.next() < 0.5) recreate(ctx.sol, ctx.keys, ctx.rng, ctx.blinkRate);
  else recreateSorted(ctx, jobs);
}

const choice: InsertionChoice = { route: -1, index: -1, delta: 0 };

function recreateSorted(ctx: SearchContext, jobs: number[]): void {
  for (const j of jobs) {
    if (findBestInsertion(ctx.sol, j, ctx.blinkRate, ctx.rng, choice))
      ctx.sol.insert(j, choice.route, choice.index);
  }
}

function absenceSum(sol: Solution, absences: Int32Array): number {
  let sum = 0;
  for (const j of sol.unassigned) sum += absences[j]!;
  return sum;
}

/**
 * Removes routes one at a time (the one with the fewest jobs) and repairs, until `targetRoutes`
 * is reached or a repair fails; the solution ends on the best complete plan found. A route is
 * removed only within `share` (the phase's part of the budget); its repair goes on past it while
 * it keeps serving more jobs (see repairUnassigned), up to the end of `total`.
 */
export function minimiseFleet(
  ctx: SearchContext,
  share: Budget,
  total: Budget,
  targetRoutes: number,
  stallIterations: number,
): void {
  const { sol, tracker } = ctx;
  const absences = new Int32Array(sol.inst.jobCount);
  let complete = sol.snapshot();
  let spent = 0;
  while (
    sol.usedRoutes > targetRoutes &&
    performance.now() < share.endMs &&
    spent < share.iterations
  ) {
    if (sol.unassigned.length > unservable(sol)) break;
    complete = sol.snapshot();
    tracker.leaving(sol);
    let smallest = -1;
    for (let r = 0; r < sol.jobs.length; r++) {
      const size = sol.jobs[r]!.length;
      if (size > 0 && (smallest < 0 || size < sol.jobs[smallest]!.length)) smallest = r;
    }
    sol.begin();
    sol.removeJobs(smallest, sol.jobs[smallest]!.slice());
    sol.commit();
    sol.maxRoutes = sol.usedRoutes;
    const left = { endMs: total.endMs, iterations: total.iterations - spent };
    const shareLeft = { endMs: share.endMs, iterations: share.iterations - spent };
    const used = repairUnassigned(ctx, absences, left, shareLeft, stallIterations);
    if (used < 0) {
      tracker.leaving(sol);
      sol.restore(complete);
      sol.maxRoutes = sol.usedRoutes;
      return;
    }
    spent += used;
    tracker.consider(sol);
  }
  sol.maxRoutes = sol.usedRoutes;
}
