// SISR ruin: remove strings (or split strings) of consecutive jobs from routes near a seed job.
import type { Rng } from './random';
import type { Solution } from './solution';

export type RuinParams = {
  /** Average number of jobs removed per ruin (c̄ in the paper). */
  averageRemoved: number;
  /** Longest string removed from one route (L_max). */
  maxStringLength: number;
  /** Probability of the split-string variant, which keeps a middle part of the string. */
  splitRate: number;
  /** Probability of growing the kept middle part by one more job. */
  splitDepth: number;
};

export const defaultRuinParams: RuinParams = {
  averageRemoved: 10,
  maxStringLength: 10,
  splitRate: 0.5,
  splitDepth: 0.5,
};

const ruinedStamp = { stamp: 0, marks: new Int32Array(0) };

/**
 * Adjacent string removal (Christiaens & Vanden Berghe 2020): pick a seed job (random unless given), walk its
 * neighbour list and cut one string from each route met until enough routes are ruined.
 * @example
 * ruinStrings(solution, neighbours, rng, defaultRuinParams); // removed jobs are now unassigned
 */
export function ruinStrings(
  sol: Solution,
  neighbours: Int32Array[],
  rng: Rng,
  params: RuinParams,
  seedJob = -1,
): void {
  const inst = sol.inst;
  if (ruinedStamp.marks.length < inst.vehicleCount)
    ruinedStamp.marks = new Int32Array(inst.vehicleCount);
  const stamp = ++ruinedStamp.stamp;
  const assigned = inst.jobCount - sol.unassigned.length;
  if (assigned === 0 || sol.usedRoutes === 0) return;
  const averageLength = assigned / sol.usedRoutes;
  const maxString = Math.min(params.maxStringLength, averageLength);
  const maxStrings = (4 * params.averageRemoved) / (1 + maxString) - 1;
  const stringCount = Math.floor(rng.next() * maxStrings) + 1;
  const seed = seedJob >= 0 ? seedJob : rng.int(inst.jobCount);
  const around = neighbours[seed]!;
  let ruined = 0;
  for (let k = -1; k < around.length && ruined < stringCount; k++) {
    const c = k < 0 ? seed : around[k]!;
    const r = sol.routeOf[c]!;
    if (r < 0 || ruinedStamp.marks[r] === stamp) continue;
    ruinedStamp.marks[r] = stamp;
    ruined++;
    const jobs = sol.jobs[r]!;
    const size = jobs.length;
    const length = Math.floor(rng.next() * Math.min(size, maxString)) + 1;
    const at = sol.posOf[c]!;
    if (length < size && rng.next() < params.splitRate) {
      let kept = 1;
      while (length + kept < size && rng.next() < params.splitDepth) kept++;
      sol.removeJobs(r, splitString(jobs, at, length, kept, rng));
    } else {
      sol.removeJobs(r, windowAround(jobs, at, length, rng));
    }
  }
}

/** A random window of `length` consecutive jobs that contains index `at`. */
function windowAround(jobs: number[], at: number, length: number, rng: Rng): number[] {
  const first = Math.max(0, at - length + 1);
  const last = Math.min(at, jobs.length - length);
  const from = first + rng.int(last - first + 1);
  return jobs.slice(from, from + length);
}

/** A window of length + kept jobs around `at`, minus a random run of `kept` jobs inside it. */
function splitString(jobs: number[], at: number, length: number, kept: number, rng: Rng): number[] {
  const window = windowAround(jobs, at, length + kept, rng);
  const keepFrom = rng.int(length + 1);
  return [...window.slice(0, keepFrom), ...window.slice(keepFrom + kept)];
}
