// Explains why each unassigned job was left out, in terms a coordinator can act on.
import { fitsWithBreak } from './breaks';
import { aloneViolation } from './compat';
import { durationFits } from './insertion';
import type { UnassignedJob, UnassignedReason } from './model';
import type { Solution } from './solution';
import { earliestStart } from './windows';

const describe: Record<UnassignedReason, string> = {
  NO_SKILLED_VEHICLE: 'no vehicle has every required skill',
  PINNED_CONFLICT: 'the pinned vehicle or time cannot be honoured',
  TIME_WINDOW: 'no vehicle can reach it within its time windows',
  CAPACITY: 'its demand exceeds the remaining capacity',
  MAX_DISTANCE: 'serving it would exceed a maximum distance',
  MAX_DURATION: 'serving it would exceed a maximum route duration',
  FLEET_LIMIT: 'every allowed vehicle is already in use',
  BREAK: 'serving it would leave no time for a break',
};

/** One reason per unassigned job of the (final) solution. */
export function diagnoseUnassigned(sol: Solution): UnassignedJob[] {
  return sol.unassigned
    .slice()
    .sort((a, b) => a - b)
    .map((j) => {
      const reason = reasonFor(sol, j);
      const alone = sol.candidates[j]!.length > 0;
      const detail =
        alone && reason !== 'FLEET_LIMIT'
          ? `${describe[reason]} (it would fit on an empty vehicle, not beside the planned jobs)`
          : describe[reason];
      return { jobId: sol.inst.jobIds[j]!, reason, detail };
    });
}

function reasonFor(sol: Solution, j: number): UnassignedReason {
  const inst = sol.inst;
  if (inst.jobPinnedVehicle[j] !== -1) return 'PINNED_CONFLICT';
  const candidates = sol.candidates[j]!;
  if (candidates.length === 0) {
    const counts = new Map<UnassignedReason, number>();
    for (let v = 0; v < inst.vehicleCount; v++) {
      const why = aloneViolation(inst, j, v);
      if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
    }
    return mostFrequent(counts, 'NO_SKILLED_VEHICLE');
  }
  const counts = new Map<UnassignedReason, number>();
  for (const r of candidates) {
    if (sol.jobs[r]!.length === 0) {
      if (sol.usedRoutes >= sol.maxRoutes)
        counts.set('FLEET_LIMIT', (counts.get('FLEET_LIMIT') ?? 0) + 1);
      continue;
    }
    const why = insertionViolation(sol, j, r);
    if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  // An idle vehicle that could take the job alone means the vehicle limit is what blocks it.
  if (counts.has('FLEET_LIMIT')) return 'FLEET_LIMIT';
  return mostFrequent(counts, 'TIME_WINDOW');
}

/** The constraint that blocks every position of route r for job j, or null if one fits. */
function insertionViolation(sol: Solution, j: number, r: number): UnassignedReason | null {
  const inst = sol.inst;
  const n = inst.locationCount;
  if (sol.routeLoad[r]! + inst.jobDemand[j]! > inst.capacity[r]!) return 'CAPACITY';
  const locs = sol.locs[r]!;
  let timeOk = false;
  let breakOk = false;
  let distanceOk = false;
  const loc = inst.jobLocation[j]!;
  for (let p = 0; p <= sol.jobs[r]!.length; p++) {
    const a = locs[p]!;
    const b = locs[p + 1]!;
    const start = earliestStart(inst, j, sol.departure[r]![p]! + inst.durationMin[a * n + loc]!);
    if (start + inst.jobServiceMin[j]! + inst.durationMin[loc * n + b]! > sol.latest[r]![p + 1]!)
      continue;
    timeOk = true;
    if (inst.hasBreak[r] === 1 && !fitsWithBreak(sol, inst, r, p, j)) continue;
    breakOk = true;
    const detour =
      inst.distanceKm[a * n + loc]! + inst.distanceKm[loc * n + b]! - inst.distanceKm[a * n + b]!;
    if (sol.routeKm[r]! + detour > inst.maxDistanceKm[r]!) continue;
    distanceOk = true;
    if (inst.maxDurationMin[r]! < Number.POSITIVE_INFINITY && !durationFits(sol, r, p, j)) continue;
    return null;
  }
  if (!timeOk) return 'TIME_WINDOW';
  if (!breakOk) return 'BREAK';
  return distanceOk ? 'MAX_DURATION' : 'MAX_DISTANCE';
}

function mostFrequent(
  counts: Map<UnassignedReason, number>,
  fallback: UnassignedReason,
): UnassignedReason {
  let best = fallback;
  let bestCount = 0;
  for (const [reason, count] of counts) {
    if (count > bestCount) {
      best = reason;
      bestCount = count;
    }
  }
  return best;
}
