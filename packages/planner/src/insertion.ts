// Cheapest feasible insertion of one job over its candidate vehicles, with SISR "blinks".
import { fitsWithBreak } from './breaks';
import type { Rng } from './random';
import type { Solution } from './solution';
import { earliestStart } from './windows';

/** Where a job goes: route (vehicle) index, index in that route's job list, and the cost added. */
export type InsertionChoice = { route: number; index: number; delta: number };

const classSeen = { stamp: 0, marks: new Int32Array(0) };
const nearSeen = { stamp: 0, marks: new Int32Array(0) };

/**
 * Finds the cheapest feasible position for job j; each position is skipped with probability
 * `blinkRate` (randomised insertion, Christiaens & Vanden Berghe 2020). Returns false if none fits.
 * @example
 * const choice = { route: -1, index: -1, delta: 0 };
 * if (findBestInsertion(solution, job, 0.01, rng, choice)) solution.insert(job, choice.route, choice.index);
 */
export function findBestInsertion(
  sol: Solution,
  j: number,
  blinkRate: number,
  rng: Rng,
  out: InsertionChoice,
): boolean {
  const inst = sol.inst;
  const n = inst.locationCount;
  const dist = inst.distanceKm;
  const dur = inst.durationMin;
  const jl = inst.jobLocation[j]!;
  const service = inst.jobServiceMin[j]!;
  const demand = inst.jobDemand[j]!;
  const previous = inst.jobPreviousVehicle[j]!;
  const candidates = sol.candidates[j]!;
  const closeMin = inst.twEnd[inst.twOffset[j + 1]! - 1]!;
  // Latest starts never decrease along a route: the next stop must still be reachable after j
  // ends, which rules out a prefix of positions (found by bisection).
  const earliestEndMin = inst.twStart[inst.twOffset[j]!]! + service;
  if (classSeen.marks.length < inst.vehicleCount)
    classSeen.marks = new Int32Array(inst.vehicleCount);
  const stamp = ++classSeen.stamp;
  // Granular insertion: first only the routes that serve one of j's nearest jobs (and an empty
  // vehicle); the other routes are scanned only if that finds no used route.
  const granular = sol.insertionNear !== null && sol.usedRoutes > 1;
  const nearStamp = granular ? markNearRoutes(sol, j) : 0;
  let best = Number.POSITIVE_INFINITY;
  let bestRoute = -1;
  let bestIndex = -1;
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < candidates.length; c++) {
      const r = candidates[c]!;
      const count = sol.jobs[r]!.length;
      if (granular) {
        if (count === 0 ? pass === 1 : (nearSeen.marks[r] === nearStamp) !== (pass === 0)) continue;
      }
      if (count === 0) {
        if (sol.usedRoutes >= sol.maxRoutes) continue;
        // Interchangeable empty vehicles give the same insertion: evaluate one per class.
        if (previous < 0) {
          const cls = inst.vehicleClass[r]!;
          if (classSeen.marks[cls] === stamp) continue;
          classSeen.marks[cls] = stamp;
        }
      }
      if (sol.routeLoad[r]! + demand > inst.capacity[r]!) continue;
      const extra = previous >= 0 && previous !== r ? inst.changePenalty : 0;
      if (extra >= best) continue;
      const locs = sol.locs[r]!;
      const dep = sol.departure[r]!;
      const lat = sol.latest[r]!;
      const kmLeft = inst.maxDistanceKm[r]! - sol.routeKm[r]!;
      const checkDuration = inst.maxDurationMin[r]! < Number.POSITIVE_INFINITY;
      const checkBreak = inst.hasBreak[r] === 1;
      let first = 0;
      let last = count;
      while (first < last) {
        const mid = (first + last) >> 1;
        if (lat[mid + 1]! < earliestEndMin) first = mid + 1;
        else last = mid;
      }
      for (let p = first; p <= count; p++) {
        // Departures only get later along a route: once past the job's last window, stop.
        if (dep[p]! > closeMin) break;
        const a = locs[p]!;
        const b = locs[p + 1]!;
        const detour = dist[a * n + jl]! + dist[jl * n + b]! - dist[a * n + b]!;
        const delta = detour + extra;
        if (delta >= best) continue;
        if (blinkRate > 0 && rng.next() < blinkRate) continue;
        const start = earliestStart(inst, j, dep[p]! + dur[a * n + jl]!);
        if (start + service + dur[jl * n + b]! > lat[p + 1]!) continue;
        if (detour > kmLeft) continue;
        if (checkDuration && !durationFits(sol, r, p, j)) continue;
        if (checkBreak && !fitsWithBreak(sol, inst, r, p, j)) continue;
        best = delta;
        bestRoute = r;
        bestIndex = p;
      }
    }
    if (!granular || (bestRoute >= 0 && sol.jobs[bestRoute]!.length > 0)) break;
  }
  if (bestRoute < 0) return false;
  out.route = bestRoute;
  out.index = bestIndex;
  out.delta = best;
  return true;
}

/** Marks the routes serving one of j's nearest jobs; returns the mark. */
function markNearRoutes(sol: Solution, j: number): number {
  if (nearSeen.marks.length < sol.inst.vehicleCount)
    nearSeen.marks = new Int32Array(sol.inst.vehicleCount);
  const stamp = ++nearSeen.stamp;
  const near = sol.insertionNear![j]!;
  const count = Math.min(near.length, sol.insertionNearCount);
  for (let k = 0; k < count; k++) {
    const r = sol.routeOf[near[k]!]!;
    if (r >= 0) nearSeen.marks[r] = stamp;
  }
  return stamp;
}

/**
 * Route duration (return minus departure, leaving as late as the first start allows) after
 * inserting j at index p; O(route length), used only for vehicles with a duration limit.
 */
export function durationFits(sol: Solution, r: number, p: number, j: number): boolean {
  const inst = sol.inst;
  const n = inst.locationCount;
  const jobs = sol.jobs[r]!;
  let time = inst.shiftStartMin[r]!;
  let loc = inst.vehicleStart[r]!;
  let departure = Number.NaN;
  for (let i = 0; i <= jobs.length; i++) {
    const job = i === p ? j : jobs[i < p ? i : i - 1]!;
    const jobLoc = inst.jobLocation[job]!;
    const leg = inst.durationMin[loc * n + jobLoc]!;
    const start = earliestStart(inst, job, time + leg);
    if (Number.isNaN(departure)) departure = start - leg;
    time = start + inst.jobServiceMin[job]!;
    loc = jobLoc;
  }
  const back = time + inst.durationMin[loc * n + inst.vehicleEnd[r]!]!;
  return back - departure <= inst.maxDurationMin[r]!;
}
