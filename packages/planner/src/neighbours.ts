// Nearest-job lists (space first, time compatibility second) that steer SISR's string removals.
import type { Instance } from './instance';
import { windowSpan } from './windows';

/**
 * For each job, up to `limit` other jobs ordered by travel distance; jobs that can never follow
 * one another within their windows are pushed to the back. Sorting packs (key, index) into one
 * float so the native typed-array sort does the work.
 */
export function buildNeighbours(inst: Instance, limit: number): Int32Array[] {
  const count = inst.jobCount;
  const n = inst.locationCount;
  const spans = Array.from({ length: count }, (_, j) => windowSpan(inst, j));
  const keyScale = 2 ** 20 / (3 * inst.maxLegKm + 1);
  const packed = new Float64Array(Math.max(0, count - 1));
  const lists: Int32Array[] = [];
  for (let i = 0; i < count; i++) {
    const li = inst.jobLocation[i]!;
    const si = spans[i]!;
    let k = 0;
    for (let j = 0; j < count; j++) {
      if (j === i) continue;
      const lj = inst.jobLocation[j]!;
      const sj = spans[j]!;
      const ij =
        si.openMin + inst.jobServiceMin[i]! + inst.durationMin[li * n + lj]! <= sj.closeMin;
      const ji =
        sj.openMin + inst.jobServiceMin[j]! + inst.durationMin[lj * n + li]! <= si.closeMin;
      const km = Math.min(inst.distanceKm[li * n + lj]!, inst.distanceKm[lj * n + li]!);
      const key = km + (ij || ji ? 0 : 2 * inst.maxLegKm + 1);
      packed[k++] = Math.floor(key * keyScale) * 2 ** 22 + j;
    }
    packed.sort();
    const size = Math.min(limit, k);
    const list = new Int32Array(size);
    for (let t = 0; t < size; t++) list[t] = packed[t]! % 2 ** 22;
    lists.push(list);
  }
  return lists;
}

/** Per-job keys used to order reinsertion (SISR sorts by random, demand, far and close). */
export type JobKeys = { depotKm: Float64Array; windowWidthMin: Float64Array };

/** Distance from the nearest candidate vehicle start and total window width per job. */
export function buildJobKeys(inst: Instance, candidates: Int32Array[]): JobKeys {
  const n = inst.locationCount;
  const depotKm = new Float64Array(inst.jobCount);
  const windowWidthMin = new Float64Array(inst.jobCount);
  for (let j = 0; j < inst.jobCount; j++) {
    const loc = inst.jobLocation[j]!;
    let nearest = Number.POSITIVE_INFINITY;
    for (const v of candidates[j]!) {
      nearest = Math.min(nearest, inst.distanceKm[inst.vehicleStart[v]! * n + loc]!);
    }
    depotKm[j] = Number.isFinite(nearest) ? nearest : 0;
    let width = 0;
    for (let k = inst.twOffset[j]!; k < inst.twOffset[j + 1]!; k++) {
      width += Math.min(inst.twEnd[k]! - inst.twStart[k]!, 1e9);
    }
    windowWidthMin[j] = width;
  }
  return { depotKm, windowWidthMin };
}
