// Independent feasibility checker for plans: recomputes everything from the raw problem, shares no code with the engine.
import type { PlanningProblem, PlanResult } from '../src/index';

const tolerance = 1e-6;

/** Every constraint violation found in the plan; an empty list means the plan is feasible. */
export function findViolations(problem: PlanningProblem, plan: PlanResult): string[] {
  const problems: string[] = [];
  const matrix = problem.matrix;
  if (!matrix) return ['the checker needs a matrix'];
  const size = matrix.size;
  const km = (a: number, b: number): number => matrix.distanceKm[a * size + b]!;
  const min = (a: number, b: number): number => matrix.durationMin[a * size + b]!;
  const jobsById = new Map(problem.jobs.map((job) => [job.id, job]));
  const vehiclesById = new Map(problem.vehicles.map((v) => [v.id, v]));
  const seen = new Set<string>();
  const usedVehicles = new Set<string>();

  for (const route of plan.routes) {
    const vehicle = vehiclesById.get(route.vehicleId);
    if (!vehicle) {
      problems.push(`unknown vehicle ${route.vehicleId}`);
      continue;
    }
    if (usedVehicles.has(vehicle.id)) problems.push(`vehicle ${vehicle.id} has two routes`);
    usedVehicles.add(vehicle.id);
    const where = `vehicle ${vehicle.id}`;
    if (route.departureMin < vehicle.shift.startMin - tolerance)
      problems.push(`${where} leaves before its shift`);
    let location = vehicle.startLocation;
    let clock = route.departureMin;
    let distance = 0;
    let load = 0;
    for (const stop of route.stops) {
      const job = jobsById.get(stop.jobId);
      if (!job) {
        problems.push(`${where} serves unknown job ${stop.jobId}`);
        continue;
      }
      if (seen.has(job.id)) problems.push(`job ${job.id} is served twice`);
      seen.add(job.id);
      if (stop.arrivalMin < clock + min(location, job.location) - tolerance) {
        problems.push(`${where} reaches ${job.id} faster than the travel time`);
      }
      if (stop.startMin < stop.arrivalMin - tolerance)
        problems.push(`job ${job.id} starts before arrival`);
      const windows =
        job.pinnedStartMin !== undefined
          ? [{ startMin: job.pinnedStartMin, endMin: job.pinnedStartMin }]
          : (job.timeWindows ?? []);
      const inWindow =
        windows.length === 0 ||
        windows.some(
          (w) => stop.startMin >= w.startMin - tolerance && stop.startMin <= w.endMin + tolerance,
        );
      if (!inWindow)
        problems.push(`job ${job.id} starts at ${stop.startMin}, outside its time windows`);
      if (Math.abs(stop.endMin - stop.startMin - job.serviceMin) > tolerance) {
        problems.push(`job ${job.id} is not given its full service time`);
      }
      for (const skill of job.skills ?? []) {
        if (!(vehicle.skills ?? []).includes(skill))
          problems.push(`job ${job.id} needs ${skill}, ${where} lacks it`);
      }
      if (job.pinnedVehicleId !== undefined && job.pinnedVehicleId !== vehicle.id) {
        problems.push(
          `job ${job.id} is pinned to ${job.pinnedVehicleId} but served by ${vehicle.id}`,
        );
      }
      distance += km(location, job.location);
      load += job.demand ?? 0;
      clock = stop.endMin;
      location = job.location;
    }
    const end = vehicle.endLocation ?? vehicle.startLocation;
    distance += km(location, end);
    if (route.returnMin < clock + min(location, end) - tolerance)
      problems.push(`${where} returns too early`);
    if (route.returnMin > vehicle.shift.endMin + tolerance)
      problems.push(`${where} returns after its shift`);
    if (load > (vehicle.capacity ?? Number.POSITIVE_INFINITY) + tolerance)
      problems.push(`${where} is over capacity`);
    if (distance > (vehicle.maxDistanceKm ?? Number.POSITIVE_INFINITY) + tolerance) {
      problems.push(`${where} drives ${distance} km, over its maximum`);
    }
    const duration = route.returnMin - route.departureMin;
    if (duration > (vehicle.maxDurationMin ?? Number.POSITIVE_INFINITY) + tolerance) {
      problems.push(`${where} works ${duration} min, over its maximum`);
    }
    if (Math.abs(distance - route.distanceKm) > 1e-6 * (1 + distance))
      problems.push(`${where} misreports its distance`);
    problems.push(...breakViolations(vehicle, route, min, jobsById));
  }
  for (const { jobId } of plan.unassigned) {
    if (seen.has(jobId)) problems.push(`job ${jobId} is both served and unassigned`);
    seen.add(jobId);
  }
  for (const job of problem.jobs)
    if (!seen.has(job.id)) problems.push(`job ${job.id} is neither served nor reported`);
  return problems;
}

/**
 * A vehicle with a break rule: the reported break lies in the window, is long enough, overlaps no
 * service, and leaves the travel of its gap room around it; without a reported break, the window
 * leaves the break at home (before the departure or after the return).
 */
function breakViolations(
  vehicle: PlanningProblem['vehicles'][number],
  route: PlanResult['routes'][number],
  min: (a: number, b: number) => number,
  jobsById: Map<string, PlanningProblem['jobs'][number]>,
): string[] {
  const rule = vehicle.break;
  const where = `vehicle ${vehicle.id}`;
  if (!rule) return route.break ? [`${where} reports a break it has no rule for`] : [];
  const { startMin: open, endMin: close } = rule.window;
  const taken = route.break;
  if (!taken) {
    const atHome =
      route.departureMin >= open + rule.durationMin - tolerance ||
      route.returnMin <= close - rule.durationMin + tolerance;
    return atHome ? [] : [`${where} leaves no break`];
  }
  const problems: string[] = [];
  if (taken.startMin < open - tolerance || taken.endMin > close + tolerance)
    problems.push(`${where} breaks outside the window`);
  if (taken.endMin - taken.startMin < rule.durationMin - tolerance)
    problems.push(`${where} breaks too briefly`);
  // The gap holding the break: from the previous end (or the departure) to the next start (or the return).
  const end = vehicle.endLocation ?? vehicle.startLocation;
  let from = route.departureMin;
  let fromLocation = vehicle.startLocation;
  const events = [
    ...route.stops.map((s) => ({
      start: s.startMin,
      end: s.endMin,
      location: jobsById.get(s.jobId)?.location ?? 0,
    })),
    { start: route.returnMin, end: route.returnMin, location: end },
  ];
  for (const event of events) {
    if (taken.startMin >= from - tolerance && taken.endMin <= event.start + tolerance) {
      const room = taken.startMin - from + (event.start - taken.endMin);
      if (room < min(fromLocation, event.location) - tolerance)
        problems.push(`${where} has no time to drive around its break`);
      return problems;
    }
    from = event.end;
    fromLocation = event.location;
  }
  return [...problems, `${where} breaks during a session`];
}
