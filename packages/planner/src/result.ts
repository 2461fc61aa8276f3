// Turns the internal routes into the public plan with an explicit schedule per stop.
import { scheduleWithBreak } from './breaks';
import type { PlannedRoute, PlannedStop } from './model';
import type { Solution } from './solution';
import { earliestStart } from './windows';

/** Routes of the solution with arrival, start and end times; vehicles leave as late as the first stop allows. */
export function presentRoutes(sol: Solution): PlannedRoute[] {
  const inst = sol.inst;
  const n = inst.locationCount;
  const routes: PlannedRoute[] = [];
  for (let r = 0; r < inst.vehicleCount; r++) {
    const jobs = sol.jobs[r]!;
    if (jobs.length === 0) continue;
    if (inst.hasBreak[r] === 1) {
      routes.push(presentBreakRoute(sol, r));
      continue;
    }
    const stops: PlannedStop[] = [];
    let time = inst.shiftStartMin[r]!;
    let loc = inst.vehicleStart[r]!;
    let km = 0;
    let load = 0;
    let departureMin = time;
    for (const j of jobs) {
      const jobLoc = inst.jobLocation[j]!;
      const legMin = inst.durationMin[loc * n + jobLoc]!;
      let arrivalMin = time + legMin;
      const startMin = earliestStart(inst, j, arrivalMin);
      if (stops.length === 0) {
        // Leave home later rather than wait at the first venue.
        departureMin = startMin - legMin;
        arrivalMin = startMin;
      }
      const endMin = startMin + inst.jobServiceMin[j]!;
      stops.push({ jobId: inst.jobIds[j]!, arrivalMin, startMin, endMin });
      km += inst.distanceKm[loc * n + jobLoc]!;
      load += inst.jobDemand[j]!;
      time = endMin;
      loc = jobLoc;
    }
    const end = inst.vehicleEnd[r]!;
    km += inst.distanceKm[loc * n + end]!;
    const returnMin = time + inst.durationMin[loc * n + end]!;
    routes.push({
      vehicleId: inst.vehicleIds[r]!,
      departureMin,
      returnMin,
      distanceKm: km,
      durationMin: returnMin - departureMin,
      load,
      stops,
    });
  }
  return routes;
}

/** A break route: its earliest schedule with the break placed (breaks.ts). */
function presentBreakRoute(sol: Solution, r: number): PlannedRoute {
  const inst = sol.inst;
  const jobs = sol.jobs[r]!;
  const schedule = scheduleWithBreak(inst, r, jobs);
  // Only feasible routes reach here: the search keeps break routes whose schedules allow one.
  if (!schedule) throw new Error(`route of ${inst.vehicleIds[r]} has no room for its break`);
  let load = 0;
  for (const j of jobs) load += inst.jobDemand[j]!;
  return {
    vehicleId: inst.vehicleIds[r]!,
    departureMin: schedule.departureMin,
    returnMin: schedule.returnMin,
    distanceKm: sol.routeKm[r]!,
    durationMin: schedule.returnMin - schedule.departureMin,
    load,
    stops: schedule.stops.map((stop) => ({
      jobId: inst.jobIds[stop.job]!,
      arrivalMin: stop.arrivalMin,
      startMin: stop.startMin,
      endMin: stop.endMin,
    })),
    ...(schedule.break ? { break: schedule.break } : {}),
  };
}
