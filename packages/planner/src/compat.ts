// Which vehicles could serve a job on their own: the candidate lists that keep insertion cheap.
import { sequenceAllowsBreak } from './breaks';
import type { Instance } from './instance';
import type { UnassignedReason } from './model';
import { earliestStart, windowSpan } from './windows';

/** Why vehicle `v` cannot serve job `j` alone, or null if it can (pinning excluded). */
export function aloneViolation(inst: Instance, j: number, v: number): UnassignedReason | null {
  const w = inst.skillWords;
  for (let k = 0; k < w; k++) {
    if ((inst.jobSkills[j * w + k]! & ~inst.vehicleSkills[v * w + k]!) !== 0)
      return 'NO_SKILLED_VEHICLE';
  }
  const n = inst.locationCount;
  const loc = inst.jobLocation[j]!;
  const from = inst.vehicleStart[v]!;
  const to = inst.vehicleEnd[v]!;
  const outMin = inst.durationMin[from * n + loc]!;
  const start = earliestStart(inst, j, inst.shiftStartMin[v]! + outMin);
  const backMin = start + inst.jobServiceMin[j]! + inst.durationMin[loc * n + to]!;
  if (!(backMin <= inst.shiftEndMin[v]!)) return 'TIME_WINDOW';
  if (inst.hasBreak[v] === 1 && !sequenceAllowsBreak(inst, v, [j])) return 'BREAK';
  if (inst.jobDemand[j]! > inst.capacity[v]!) return 'CAPACITY';
  const km = inst.distanceKm[from * n + loc]! + inst.distanceKm[loc * n + to]!;
  if (km > inst.maxDistanceKm[v]!) return 'MAX_DISTANCE';
  if (backMin - (start - outMin) > inst.maxDurationMin[v]!) return 'MAX_DURATION';
  return null;
}

/** For every job, the sorted vehicle indices able to serve it alone (pinning applied). */
export function buildCandidates(inst: Instance): Int32Array[] {
  const lists: Int32Array[] = [];
  const buffer = new Int32Array(inst.vehicleCount);
  for (let j = 0; j < inst.jobCount; j++) {
    const pinned = inst.jobPinnedVehicle[j]!;
    if (pinned !== -1) {
      lists.push(
        pinned >= 0 && aloneViolation(inst, j, pinned) === null
          ? Int32Array.of(pinned)
          : new Int32Array(0),
      );
      continue;
    }
    const { openMin, closeMin } = windowSpan(inst, j);
    let count = 0;
    for (let v = 0; v < inst.vehicleCount; v++) {
      // Cheap rejection first: the shift must overlap the job's overall window span.
      if (closeMin < inst.shiftStartMin[v]! || openMin > inst.shiftEndMin[v]!) continue;
      if (aloneViolation(inst, j, v) === null) buffer[count++] = v;
    }
    lists.push(buffer.slice(0, count));
  }
  return lists;
}
