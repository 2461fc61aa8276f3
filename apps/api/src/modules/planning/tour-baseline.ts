// The baseline a plan is compared with: each session, in date order, to the nearest available
// artist (the same rule as the engine's season bench), on the earliest day it fits.
import type { Job, PlanningProblem, TimeWindow } from '@tutti/planner';
import { sequenceKeepsBreak } from './tour-breaks';

export type RouteStop = { job: number; arrivalMin: number; startMin: number; endMin: number };
/** One artist-day (vehicle), its stops in visiting order, and its break when on the road. */
export type DayRoute = {
  vehicle: number;
  stops: RouteStop[];
  break?: { startMin: number; endMin: number };
};

const EPSILON = 1e-6;

/** Index of the first window still open at `minute`, or -1. */
function firstOpenWindow(windows: readonly TimeWindow[], minute: number): number {
  let low = 0;
  let high = windows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (windows[middle]!.endMin + EPSILON < minute) low = middle + 1;
    else high = middle;
  }
  return low < windows.length ? low : -1;
}

/**
 * Each session, sorted by its first allowed start, goes to the skilled artist living nearest to
 * its venue who can still fit it into one of the allowed days (earliest day first), between the
 * stops already there; sessions kept fixed or pinned are placed first. No reordering, no
 * look-ahead: what a coordinator would do by hand with a calendar and a map.
 * @example planBaseline(problem, [0, 0, 1]) // { routes: [{ vehicle: 0, stops: [...] }], unassigned: [] }
 */
export function planBaseline(
  problem: PlanningProblem,
  vehicleArtist: readonly number[],
): { routes: DayRoute[]; unassigned: number[] } {
  const matrix = problem.matrix!;
  const size = matrix.size;
  const km = (a: number, b: number) => Number(matrix.distanceKm[a * size + b]);
  const min = (a: number, b: number) => Number(matrix.durationMin[a * size + b]);
  const vehicleIndex = new Map(problem.vehicles.map((v, i) => [v.id, i]));
  const sequences = problem.vehicles.map((): number[] => []);

  /** The stops of a vehicle for a visiting order, or null when the day cannot hold it. */
  function simulate(vehicle: number, order: readonly number[]): RouteStop[] | null {
    const v = problem.vehicles[vehicle]!;
    let clock = v.shift.startMin;
    let at = v.startLocation;
    let distance = 0;
    const stops: RouteStop[] = [];
    for (const j of order) {
      const job: Job = problem.jobs[j]!;
      const arrivalMin = clock + min(at, job.location);
      distance += km(at, job.location);
      let startMin: number;
      if (job.pinnedStartMin !== undefined) {
        if (arrivalMin > job.pinnedStartMin + EPSILON) return null;
        startMin = job.pinnedStartMin;
      } else {
        const windows = job.timeWindows ?? [];
        const w = firstOpenWindow(windows, arrivalMin);
        if (w < 0) return null;
        startMin = Math.max(arrivalMin, windows[w]!.startMin);
      }
      clock = startMin + job.serviceMin;
      at = job.location;
      stops.push({ job: j, arrivalMin, startMin, endMin: clock });
    }
    const home = v.endLocation ?? v.startLocation;
    if (clock + min(at, home) > v.shift.endMin + EPSILON) return null;
    if (distance + km(at, home) > (v.maxDistanceKm ?? Infinity) + EPSILON) return null;
    if (!sequenceKeepsBreak(problem, vehicle, order, earliestStart)) return null;
    return stops;
  }

  /** Earliest start of a job from an arrival (+Infinity when its windows have closed). */
  function earliestStart(j: number, arrivalMin: number): number {
    const job = problem.jobs[j]!;
    if (job.pinnedStartMin !== undefined)
      return arrivalMin > job.pinnedStartMin + EPSILON ? Infinity : job.pinnedStartMin;
    const windows = job.timeWindows ?? [];
    const w = firstOpenWindow(windows, arrivalMin);
    return w < 0 ? Infinity : Math.max(arrivalMin, windows[w]!.startMin);
  }

  const pinned = problem.jobs
    .map((job, j) => ({ job, j }))
    .filter(({ job }) => job.pinnedVehicleId !== undefined)
    .sort((a, b) => (a.job.pinnedStartMin ?? 0) - (b.job.pinnedStartMin ?? 0));
  const unassigned: number[] = [];
  for (const { job, j } of pinned) {
    const vehicle = vehicleIndex.get(job.pinnedVehicleId!);
    if (vehicle === undefined) unassigned.push(j);
    else sequences[vehicle]!.push(j);
  }

  const daysOf = new Map<number, number[]>();
  problem.vehicles.forEach((_, i) => {
    const artist = vehicleArtist[i]!;
    daysOf.set(artist, [...(daysOf.get(artist) ?? []), i]);
  });
  for (const list of daysOf.values()) {
    list.sort((a, b) => problem.vehicles[a]!.shift.startMin - problem.vehicles[b]!.shift.startMin);
  }
  const firstStart = (j: number) => problem.jobs[j]!.timeWindows?.[0]?.startMin ?? 0;
  const free = problem.jobs
    .map((_, j) => j)
    .filter((j) => problem.jobs[j]!.pinnedVehicleId === undefined)
    .sort((a, b) => firstStart(a) - firstStart(b));

  for (const j of free) {
    const job = problem.jobs[j]!;
    const windows = job.timeWindows ?? [];
    const spanStart = windows[0]?.startMin ?? -Infinity;
    const spanEnd = (windows.at(-1)?.endMin ?? Infinity) + job.serviceMin;
    const artists = [...daysOf.entries()]
      .filter(([, list]) => {
        const skills = problem.vehicles[list[0]!]!.skills ?? [];
        return (job.skills ?? []).every((skill) => skills.includes(skill));
      })
      .map(([artist, list]) => ({
        list,
        homeKm: km(problem.vehicles[list[0]!]!.startLocation, job.location),
        artist,
      }))
      .sort((a, b) => a.homeKm - b.homeKm || a.artist - b.artist);
    let placed = false;
    for (const { list } of artists) {
      for (const vehicle of list) {
        const shift = problem.vehicles[vehicle]!.shift;
        if (shift.endMin < spanStart || shift.startMin > spanEnd) continue;
        const sequence = sequences[vehicle]!;
        for (let position = 0; position <= sequence.length && !placed; position++) {
          const order = [...sequence.slice(0, position), j, ...sequence.slice(position)];
          if (simulate(vehicle, order)) {
            sequences[vehicle] = order;
            placed = true;
          }
        }
        if (placed) break;
      }
      if (placed) break;
    }
    if (!placed) unassigned.push(j);
  }

  const routes: DayRoute[] = [];
  sequences.forEach((order, vehicle) => {
    if (order.length === 0) return;
    const stops = simulate(vehicle, order);
    if (stops) routes.push({ vehicle, stops });
    else unassigned.push(...order);
  });
  return { routes, unassigned };
}
