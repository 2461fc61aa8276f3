// Baseline planner for the season bench: each session, in date order, to the nearest available artist.
import type { PlannedRoute, PlanResult } from '../src/index';
import type { Season } from './season-generator';

type DayRoute = {
  stops: PlannedRoute['stops'];
  location: number;
  clockMin: number;
  km: number;
  departureMin: number;
};

/**
 * Sessions sorted by their first allowed date; each goes to the skilled artist living nearest to the
 * venue who can still append it to one of the allowed days (earliest such day), after that day's
 * previous sessions. No reordering, no look-ahead.
 * @example
 * const plan = planBaseline(generateSeason({ sessions: 100, artists: 5, workingDays: 20, seed: 1 }));
 */
export function planBaseline(season: Season): PlanResult {
  const { problem, jobDays } = season;
  const matrix = problem.matrix!;
  const size = matrix.size;
  const km = (a: number, b: number): number => matrix.distanceKm[a * size + b]!;
  const min = (a: number, b: number): number => matrix.durationMin[a * size + b]!;
  const artists = Math.max(...season.vehicleArtist) + 1;
  const routes = new Map<number, DayRoute>();
  const unassigned: PlanResult['unassigned'] = [];
  const order = problem.jobs.map((_, j) => j).sort((a, b) => firstOpen(a) - firstOpen(b));
  function firstOpen(j: number): number {
    return problem.jobs[j]!.timeWindows![0]!.startMin;
  }

  for (const j of order) {
    const job = problem.jobs[j]!;
    const skilled = Array.from({ length: artists }, (_, a) => a).filter((a) =>
      (job.skills ?? []).every((s) => problem.vehicles[a]!.skills?.includes(s)),
    );
    skilled.sort(
      (a, b) =>
        km(problem.vehicles[a]!.startLocation, job.location) -
        km(problem.vehicles[b]!.startLocation, job.location),
    );
    let placed = false;
    for (const a of skilled) {
      for (const day of jobDays[j]!) {
        const v = day * artists + a;
        const vehicle = problem.vehicles[v]!;
        const home = vehicle.startLocation;
        const route = routes.get(v) ?? {
          stops: [],
          location: home,
          clockMin: vehicle.shift.startMin,
          km: 0,
          departureMin: vehicle.shift.startMin,
        };
        const arrivalMin = route.clockMin + min(route.location, job.location);
        const window = job.timeWindows!.find(
          (w) =>
            w.endMin >= arrivalMin &&
            w.startMin >= vehicle.shift.startMin &&
            w.endMin <= vehicle.shift.endMin,
        );
        if (!window) continue;
        const startMin = Math.max(arrivalMin, window.startMin);
        const endMin = startMin + job.serviceMin;
        const backMin = endMin + min(job.location, home);
        const departureMin =
          route.stops.length === 0 ? startMin - min(home, job.location) : route.departureMin;
        const totalKm = route.km + km(route.location, job.location) + km(job.location, home);
        if (backMin > vehicle.shift.endMin || totalKm > (vehicle.maxDistanceKm ?? Infinity))
          continue;
        if (backMin - departureMin > (vehicle.maxDurationMin ?? Infinity)) continue;
        route.stops.push({
          jobId: job.id,
          arrivalMin: route.stops.length === 0 ? startMin : arrivalMin,
          startMin,
          endMin,
        });
        route.km += km(route.location, job.location);
        route.location = job.location;
        route.clockMin = endMin;
        route.departureMin = departureMin;
        routes.set(v, route);
        placed = true;
        break;
      }
      if (placed) break;
    }
    if (!placed)
      unassigned.push({ jobId: job.id, reason: 'TIME_WINDOW', detail: 'no artist could take it' });
  }

  const planned: PlannedRoute[] = [...routes].map(([v, route]) => {
    const vehicle = problem.vehicles[v]!;
    const home = vehicle.startLocation;
    const returnMin = route.clockMin + min(route.location, home);
    return {
      vehicleId: vehicle.id,
      departureMin: route.departureMin,
      returnMin,
      distanceKm: route.km + km(route.location, home),
      durationMin: returnMin - route.departureMin,
      load: 0,
      stops: route.stops,
    };
  });
  const distanceKm = planned.reduce((sum, r) => sum + r.distanceKm, 0);
  return {
    routes: planned,
    unassigned,
    summary: {
      elapsedMs: 0,
      iterations: 0,
      vehicles: planned.length,
      distanceKm,
      unassigned: unassigned.length,
      changedAssignments: 0,
    },
  };
}
