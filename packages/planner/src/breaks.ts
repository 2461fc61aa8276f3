// Breaks (a lunch break): a vehicle with a rule needs `breakMin` free minutes in one piece, starting
// between `breakOpenMin` and `breakLatestStartMin`. The break is taken in one gap of the route
// (before the first stop, between two stops, or before going home), and that gap's leg may be
// split around it; the time at home before the departure and after the return is free too.
//
// Each break route keeps two more schedules beside the plain ones (`departure` = earliest
// departure with the break still to take, `latest` = latest start with the break already taken):
// `departureAfterBreak[p]`, the earliest departure from p with the break behind, and
// `latestBeforeBreak[p]`, the latest start at p that leaves a break possible after it. An insertion
// then stays O(1): the break falls before the new job, just before or after it, or later.
import type { Instance } from './instance';
import { earliestStart, latestStart } from './windows';

/**
 * Earliest time the vehicle can be ready at the next location when it leaves at `departure`,
 * drives `travel` minutes and takes its break on the way (+Infinity when too late to break).
 */
export function breakArrival(inst: Instance, r: number, departure: number, travel: number): number {
  const latestStart = inst.breakLatestStartMin[r]!;
  if (departure > latestStart) return Number.POSITIVE_INFINITY;
  // Drive first and break on arrival; if that is past the latest start, break on the way.
  return Math.max(inst.breakOpenMin[r]!, departure + travel) + inst.breakMin[r]!;
}

/**
 * Latest departure that still reaches the next stop by `latest` with the break taken on the way
 * (-Infinity when the break cannot end early enough).
 */
export function breakLatestDeparture(
  inst: Instance,
  r: number,
  latest: number,
  travel: number,
): number {
  const length = inst.breakMin[r]!;
  if (latest < inst.breakOpenMin[r]! + length) return Number.NEGATIVE_INFINITY;
  return Math.min(inst.breakLatestStartMin[r]!, latest - travel - length);
}

/** Latest arrival home that leaves the break for after the return. */
const homeBy = (inst: Instance, r: number) =>
  Math.min(inst.shiftEndMin[r]!, inst.breakLatestStartMin[r]!);

/** Earliest departure from home with the break taken at home first (the time before leaving is free). */
const afterHomeBreak = (inst: Instance, r: number) =>
  Math.max(inst.shiftStartMin[r]!, inst.breakOpenMin[r]! + inst.breakMin[r]!);

/** The schedules of a route: plain ones (up to date) and the break ones (filled here). */
type Schedules = {
  jobs: number[][];
  locs: number[][];
  departure: number[][];
  latest: number[][];
  departureAfterBreak: number[][];
  latestBeforeBreak: number[][];
};

/**
 * Fills the break schedules of route r from its plain ones; returns whether the route's times
 * allow a break.
 */
export function updateBreakSchedules(inst: Instance, r: number, sol: Schedules): boolean {
  const jobs = sol.jobs[r]!;
  const locs = sol.locs[r]!;
  const dep = sol.departure[r]!;
  const lat = sol.latest[r]!;
  const dep1 = sol.departureAfterBreak[r]!;
  const lat0 = sol.latestBeforeBreak[r]!;
  const count = jobs.length;
  const n = inst.locationCount;
  dep1.length = count + 2;
  lat0.length = count + 2;
  dep1[0] = afterHomeBreak(inst, r);
  for (let p = 1; p <= count; p++) {
    const j = jobs[p - 1]!;
    const travel = inst.durationMin[locs[p - 1]! * n + locs[p]!]!;
    const arrival = Math.min(dep1[p - 1]! + travel, breakArrival(inst, r, dep[p - 1]!, travel));
    dep1[p] = earliestStart(inst, j, arrival) + inst.jobServiceMin[j]!;
  }
  const home = count > 0 ? inst.durationMin[locs[count]! * n + locs[count + 1]!]! : 0;
  dep1[count + 1] = Math.min(dep1[count]! + home, breakArrival(inst, r, dep[count]!, home));
  lat0[count + 1] = homeBy(inst, r);
  for (let p = count; p >= 1; p--) {
    const j = jobs[p - 1]!;
    const travel = inst.durationMin[locs[p]! * n + locs[p + 1]!]!;
    const leave = Math.max(
      lat0[p + 1]! - travel,
      breakLatestDeparture(inst, r, lat[p + 1]!, travel),
    );
    lat0[p] = latestStart(inst, j, leave - inst.jobServiceMin[j]!);
  }
  lat0[0] = count > 0 ? Number.NaN : homeBy(inst, r);
  if (count === 0) return true;
  const shiftEnd = inst.shiftEndMin[r]! + 1e-9;
  return dep1[count + 1]! <= shiftEnd || dep[count + 1]! <= homeBy(inst, r) + 1e-9;
}

/** Whether job j fits at position p of break route r (time only; the caller checks the rest). */
export function fitsWithBreak(
  sol: Schedules,
  inst: Instance,
  r: number,
  p: number,
  j: number,
): boolean {
  const n = inst.locationCount;
  const locs = sol.locs[r]!;
  const jl = inst.jobLocation[j]!;
  const toJob = inst.durationMin[locs[p]! * n + jl]!;
  const fromJob = inst.durationMin[jl * n + locs[p + 1]!]!;
  const service = inst.jobServiceMin[j]!;
  const dep0 = sol.departure[r]![p]!;
  const nextLatest = sol.latest[r]![p + 1]!;
  // The break before the job: earlier in the route, or on the way to it.
  const arrival = Math.min(
    sol.departureAfterBreak[r]![p]! + toJob,
    breakArrival(inst, r, dep0, toJob),
  );
  if (earliestStart(inst, j, arrival) + service + fromJob <= nextLatest) return true;
  // The break after the job: on the way to the next stop, or later.
  const end = earliestStart(inst, j, dep0 + toJob) + service;
  return (
    end + fromJob <= sol.latestBeforeBreak[r]![p + 1]! ||
    breakArrival(inst, r, end, fromJob) <= nextLatest
  );
}

/** Whether vehicle v can serve the jobs in this order with its break (forward pass, O(length)). */
export function sequenceAllowsBreak(
  inst: Instance,
  v: number,
  sequence: readonly number[],
): boolean {
  const n = inst.locationCount;
  let before = inst.shiftStartMin[v]!;
  let after = afterHomeBreak(inst, v);
  let loc = inst.vehicleStart[v]!;
  for (const j of sequence) {
    const jl = inst.jobLocation[j]!;
    const travel = inst.durationMin[loc * n + jl]!;
    const arrival = Math.min(after + travel, breakArrival(inst, v, before, travel));
    after = earliestStart(inst, j, arrival) + inst.jobServiceMin[j]!;
    before = earliestStart(inst, j, before + travel) + inst.jobServiceMin[j]!;
    loc = jl;
  }
  const home = inst.durationMin[loc * n + inst.vehicleEnd[v]!]!;
  const back = Math.min(after + home, breakArrival(inst, v, before, home));
  return back <= inst.shiftEndMin[v]! + 1e-9 || before + home <= homeBy(inst, v) + 1e-9;
}

export type BreakSchedule = {
  departureMin: number;
  returnMin: number;
  stops: { job: number; arrivalMin: number; startMin: number; endMin: number }[];
  break?: { startMin: number; endMin: number };
};

/**
 * Earliest-start schedule of a break route: the break at home if the day allows it (before the
 * departure or after the return), else in the first gap where the rest of the day still fits.
 */
export function scheduleWithBreak(
  inst: Instance,
  r: number,
  jobs: readonly number[],
): BreakSchedule | null {
  const placements = [-1, jobs.length + 1];
  for (let gap = 0; gap <= jobs.length; gap++) placements.push(gap);
  for (const gap of placements) {
    const schedule = simulate(inst, r, jobs, gap);
    if (schedule) return schedule;
  }
  return null;
}

/** One placement: -1 at home before leaving, 0..length in that gap, length+1 at home after. */
function simulate(
  inst: Instance,
  r: number,
  jobs: readonly number[],
  gap: number,
): BreakSchedule | null {
  const n = inst.locationCount;
  const open = inst.breakOpenMin[r]!;
  const latest = inst.breakLatestStartMin[r]!;
  const length = inst.breakMin[r]!;
  let time = gap === -1 ? afterHomeBreak(inst, r) : inst.shiftStartMin[r]!;
  let departureMin = time;
  let loc = inst.vehicleStart[r]!;
  let pause: BreakSchedule['break'];
  const stops: BreakSchedule['stops'] = [];
  for (let i = 0; i <= jobs.length; i++) {
    const to = i < jobs.length ? inst.jobLocation[jobs[i]!]! : inst.vehicleEnd[r]!;
    const travel = inst.durationMin[loc * n + to]!;
    let arrival = time + travel;
    let ready = arrival;
    if (gap === i) {
      if (time > latest) return null;
      // Drive first and break on arrival, or stop on the way when that would be too late.
      if (arrival <= latest) {
        const start = Math.max(open, arrival);
        pause = { startMin: start, endMin: start + length };
        // From home, leave so as to arrive when the break starts.
        if (i === 0) {
          departureMin = start - travel;
          arrival = start;
        }
      } else {
        pause = { startMin: latest, endMin: latest + length };
        arrival += length;
      }
      ready = Math.max(arrival, pause.endMin);
    }
    if (i === jobs.length) {
      if (ready > inst.shiftEndMin[r]! + 1e-9) return null;
      if (gap === jobs.length + 1 && ready > homeBy(inst, r) + 1e-9) return null;
      return { departureMin, returnMin: ready, stops, ...(pause ? { break: pause } : {}) };
    }
    const j = jobs[i]!;
    const startMin = earliestStart(inst, j, ready);
    if (startMin === Number.POSITIVE_INFINITY) return null;
    if (i === 0 && gap !== 0) {
      // Leave home later rather than wait at the first venue.
      departureMin = startMin - travel;
      arrival = startMin;
    }
    const endMin = startMin + inst.jobServiceMin[j]!;
    stops.push({ job: j, arrivalMin: arrival, startMin, endMin });
    time = endMin;
    loc = inst.jobLocation[j]!;
  }
  return null;
}
