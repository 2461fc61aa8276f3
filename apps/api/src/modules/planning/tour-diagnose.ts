// Sharpens the engine's reason for a session it could not place: the engine counts the reasons of
// every artist-day, most of them other artists', so a session only a few artists can lead is said
// to lack skills or time even when those artists simply live farther than they drive in a day.
import type { UnplacedReason } from '@tutti/contracts';
import type { PlanningProblem } from '@tutti/planner';

/**
 * `NO_SKILLED_VEHICLE` stays only when no artist of the run leads the kind; otherwise the reason
 * is what stops the skilled artists: their kilometres a day, or their working days and hours.
 * Other reasons (and time windows among skilled artists who could drive there) are kept.
 * @example refineReason(problem, 3, 'NO_SKILLED_VEHICLE') // { reason: 'MAX_DISTANCE', ... }
 */
export function refineReason(
  problem: PlanningProblem,
  job: number,
  reason: UnplacedReason,
): { reason: UnplacedReason; detail: string } | null {
  if (reason !== 'NO_SKILLED_VEHICLE' && reason !== 'TIME_WINDOW') return null;
  const target = problem.jobs[job]!;
  const matrix = problem.matrix!;
  const skilled = problem.vehicles.filter((v) =>
    (target.skills ?? []).every((skill) => v.skills?.includes(skill)),
  );
  if (skilled.length === 0) return null;
  const windows = target.timeWindows ?? [];
  const working = skilled.filter((v) =>
    windows.some(
      (w) => w.endMin >= v.shift.startMin && w.startMin + target.serviceMin <= v.shift.endMin,
    ),
  );
  if (working.length === 0) {
    return {
      reason: 'TIME_WINDOW',
      detail: 'no artist who leads it works on its allowed dates and hours',
    };
  }
  const roundTripKm = (v: (typeof working)[number]) =>
    Number(matrix.distanceKm[v.startLocation * matrix.size + target.location]) +
    Number(matrix.distanceKm[target.location * matrix.size + v.startLocation]);
  if (working.every((v) => roundTripKm(v) > (v.maxDistanceKm ?? Infinity))) {
    return {
      reason: 'MAX_DISTANCE',
      detail: 'the artists who lead it live farther than they drive in a day',
    };
  }
  return {
    reason: 'TIME_WINDOW',
    detail: 'the artists who lead it cannot reach it within its hours',
  };
}
