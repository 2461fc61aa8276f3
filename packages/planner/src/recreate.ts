// SISR recreate: reinsert unassigned jobs one by one, in a randomly chosen order, at their cheapest blinked position.
import { findBestInsertion, type InsertionChoice } from './insertion';
import type { JobKeys } from './neighbours';
import type { Rng } from './random';
import type { Solution } from './solution';

const choice: InsertionChoice = { route: -1, index: -1, delta: 0 };

/** Shuffles then sorts by one of SISR's orders (weights 4 random, 4 demand, 2 far, 1 close, 2 tight windows). */
export function orderForInsertion(jobs: number[], sol: Solution, keys: JobKeys, rng: Rng): void {
  for (let i = jobs.length - 1; i > 0; i--) {
    const k = rng.int(i + 1);
    const t = jobs[i]!;
    jobs[i] = jobs[k]!;
    jobs[k] = t;
  }
  const pick = rng.int(13);
  if (pick < 4) return;
  const demand = sol.inst.jobDemand;
  if (pick < 8) jobs.sort((a, b) => demand[b]! - demand[a]!);
  else if (pick < 10) jobs.sort((a, b) => keys.depotKm[b]! - keys.depotKm[a]!);
  else if (pick < 11) jobs.sort((a, b) => keys.depotKm[a]! - keys.depotKm[b]!);
  else jobs.sort((a, b) => keys.windowWidthMin[a]! - keys.windowWidthMin[b]!);
}

/**
 * Reinserts every unassigned job it can; jobs with no feasible position stay unassigned. With
 * `stopOnFailure`, gives up at the first servable job that fits nowhere (the caller will reject
 * the move anyway) and returns false.
 * @example
 * recreate(solution, keys, rng, 0.01);
 */
export function recreate(
  sol: Solution,
  keys: JobKeys,
  rng: Rng,
  blinkRate: number,
  stopOnFailure = false,
): boolean {
  const pending = sol.unassigned.slice();
  orderForInsertion(pending, sol, keys, rng);
  for (const j of pending) {
    if (findBestInsertion(sol, j, blinkRate, rng, choice))
      sol.insert(j, choice.route, choice.index);
    else if (stopOnFailure && sol.candidates[j]!.length > 0) return false;
  }
  return true;
}
