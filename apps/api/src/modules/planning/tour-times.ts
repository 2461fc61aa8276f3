// Start times people recognise: the engine starts every session as early as it can, so a 10:00
// workshop would move to 08:30 for no reason. Within the slack of each artist-day, every session
// moves back as close as possible to its current time of day, without changing any order, date,
// artist or kilometre.
import type { PlanningProblem, TimeWindow } from '@tutti/planner';
import type { DayRoute, RouteStop } from './tour-baseline';

const EPSILON = 1e-6;

/** The allowed window holding an engine start (a pinned start is its own window). */
function windowOf(problem: PlanningProblem, job: number, startMin: number): TimeWindow {
  const j = problem.jobs[job]!;
  if (j.pinnedStartMin !== undefined)
    return { startMin: j.pinnedStartMin, endMin: j.pinnedStartMin };
  const found = (j.timeWindows ?? []).find(
    (w) => w.startMin - EPSILON <= startMin && startMin <= w.endMin + EPSILON,
  );
  return found ?? { startMin, endMin: startMin };
}

/**
 * Moves each stop towards its preferred start (null: keep), within the latest starts that keep the
 * rest of the day feasible (backward pass) and after the previous stop (forward pass).
 * @example preferredTimes(problem, routes, (job) => 600) // every session as near 10:00 as it fits
 */
export function preferredTimes(
  problem: PlanningProblem,
  routes: readonly DayRoute[],
  preferredStart: (job: number, engineStartMin: number) => number | null,
): DayRoute[] {
  const matrix = problem.matrix!;
  const travel = (a: number, b: number) => Number(matrix.durationMin[a * matrix.size + b]);
  return routes.map((route) => {
    const vehicle = problem.vehicles[route.vehicle]!;
    const home = vehicle.endLocation ?? vehicle.startLocation;
    const stops = route.stops;
    const location = (i: number) => problem.jobs[stops[i]!.job]!.location;
    const service = (i: number) => problem.jobs[stops[i]!.job]!.serviceMin;
    const windows = stops.map((stop) => windowOf(problem, stop.job, stop.startMin));
    const latest: number[] = new Array(stops.length);
    for (let i = stops.length - 1; i >= 0; i--) {
      const bound =
        i === stops.length - 1
          ? vehicle.shift.endMin - travel(location(i), home) - service(i)
          : latest[i + 1]! - travel(location(i), location(i + 1)) - service(i);
      // Never earlier than the engine's own start, which is known to fit.
      latest[i] = Math.max(stops[i]!.startMin, Math.min(windows[i]!.endMin, bound));
    }
    const moved: RouteStop[] = [];
    let clock = vehicle.shift.startMin;
    let at = vehicle.startLocation;
    stops.forEach((stop, i) => {
      const arrivalMin = clock + travel(at, location(i));
      // The previous stop ended no later than its latest start allows: arrival <= latest[i].
      const earliest = Math.max(windows[i]!.startMin, arrivalMin);
      const wanted = preferredStart(stop.job, stop.startMin) ?? stop.startMin;
      const startMin = Math.min(latest[i]!, Math.max(earliest, wanted));
      const endMin = startMin + service(i);
      moved.push({ job: stop.job, arrivalMin: i === 0 ? startMin : arrivalMin, startMin, endMin });
      clock = endMin;
      at = location(i);
    });
    return { vehicle: route.vehicle, stops: moved };
  });
}
