// Turns the internal routes into the public plan with an explicit schedule per stop.
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
