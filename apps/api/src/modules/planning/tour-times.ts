// Start times people recognise: the engine starts every session as early as it can, so a 10:00
// workshop would move to 08:30 for no reason. Within the slack of each artist-day, every session
// moves back as close as possible to its current time of day, without changing any order, date,
// artist or kilometre, and keeping the artist's lunch break when the day has one.
import type { BreakRule, PlanningProblem, TimeWindow } from '@tutti/planner';
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

type Preference = (job: number, engineStartMin: number) => number | null;

/** What the passes read of one route: travel, the stops' places, lengths and windows. */
function routeShape(problem: PlanningProblem, route: DayRoute) {
  const matrix = problem.matrix!;
  const vehicle = problem.vehicles[route.vehicle]!;
  return {
    vehicle,
    home: vehicle.endLocation ?? vehicle.startLocation,
    travel: (a: number, b: number) => Number(matrix.durationMin[a * matrix.size + b]),
    location: (i: number) => problem.jobs[route.stops[i]!.job]!.location,
    service: (i: number) => problem.jobs[route.stops[i]!.job]!.serviceMin,
    windows: route.stops.map((stop) => windowOf(problem, stop.job, stop.startMin)),
  };
}

/**
 * Moves each stop towards its preferred start (null: keep), within the latest starts that keep the
 * rest of the day feasible (backward pass) and after the previous stop (forward pass).
 * @example preferredTimes(problem, routes, (job) => 600) // every session as near 10:00 as it fits
 */
export function preferredTimes(
  problem: PlanningProblem,
  routes: readonly DayRoute[],
  preferredStart: Preference,
): DayRoute[] {
  return routes.map((route) => {
    const rule = problem.vehicles[route.vehicle]!.break;
    if (rule) return withBreak(problem, route, rule, preferredStart) ?? route;
    const { vehicle, home, travel, location, service, windows } = routeShape(problem, route);
    const stops = route.stops;
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

/**
 * The same for a day with a break: two latest starts per stop (break behind, break still ahead)
 * and, going forward, the choice at each gap of taking the break there or later, whichever lets
 * the session start nearer its preferred time. Null when no choice fits (the engine's times stay).
 */
function withBreak(
  problem: PlanningProblem,
  route: DayRoute,
  rule: BreakRule,
  preferredStart: Preference,
): DayRoute | null {
  const { vehicle, home, travel, location, service, windows } = routeShape(problem, route);
  const { shift } = vehicle;
  const length = rule.durationMin;
  const open = rule.window.startMin;
  const latestBreak = rule.window.endMin - length;
  const onTheWay = (departure: number, minutes: number) =>
    departure > latestBreak ? Infinity : Math.max(open, departure + minutes) + length;
  const latestLeaving = (latest: number, minutes: number) =>
    latest < open + length ? -Infinity : Math.min(latestBreak, latest - minutes - length);
  const stops = route.stops;
  const last = stops.length - 1;
  const behind: number[] = new Array(stops.length);
  const ahead: number[] = new Array(stops.length);
  for (let i = last; i >= 0; i--) {
    const next = i === last ? home : location(i + 1);
    const leg = travel(location(i), next);
    const [nextBehind, nextAhead] =
      i === last
        ? [shift.endMin, Math.min(shift.endMin, latestBreak)]
        : [behind[i + 1]!, ahead[i + 1]!];
    behind[i] = Math.min(windows[i]!.endMin, nextBehind - leg - service(i));
    ahead[i] = Math.min(
      windows[i]!.endMin,
      Math.max(nextAhead - leg, latestLeaving(nextBehind, leg)) - service(i),
    );
  }
  const moved: RouteStop[] = [];
  let clock = shift.startMin;
  let at = vehicle.startLocation;
  let breakGap = -1;
  for (let i = 0; i <= last; i++) {
    const stop = stops[i]!;
    const leg = travel(at, location(i));
    const wanted = preferredStart(stop.job, stop.startMin) ?? stop.startMin;
    const choices: { startMin: number; takes: boolean }[] = [];
    const consider = (arrival: number, bound: number, takes: boolean) => {
      const earliest = Math.max(windows[i]!.startMin, arrival);
      if (earliest <= bound + EPSILON)
        choices.push({ startMin: Math.min(bound, Math.max(earliest, wanted)), takes });
    };
    if (breakGap >= 0) consider(clock + leg, behind[i]!, false);
    else {
      consider(clock + leg, ahead[i]!, false);
      const homeFirst = i === 0 ? Math.max(shift.startMin, open + length) + leg : Infinity;
      consider(Math.min(homeFirst, onTheWay(clock, leg)), behind[i]!, true);
    }
    if (choices.length === 0) return null;
    const best = choices.reduce((a, b) =>
      Math.abs(b.startMin - wanted) < Math.abs(a.startMin - wanted) - EPSILON ? b : a,
    );
    if (best.takes) breakGap = i;
    const endMin = best.startMin + service(i);
    const arrivalMin = i === 0 || best.takes ? best.startMin : clock + leg;
    moved.push({ job: stop.job, arrivalMin, startMin: best.startMin, endMin });
    clock = endMin;
    at = location(i);
  }
  const pause = placeBreak({
    moved,
    gap: breakGap < 0 ? stops.length : breakGap,
    rule,
    firstLeg: travel(vehicle.startLocation, location(0)),
    lastLeg: travel(location(last), home),
  });
  return { vehicle: route.vehicle, stops: moved, ...(pause ? { break: pause } : {}) };
}

/**
 * Where the break shows: at noon (or as soon as the artist is free) in an inner gap; before the
 * first stop or after the last one only when it cannot be at home, on the way.
 */
function placeBreak(options: {
  moved: RouteStop[];
  gap: number;
  rule: BreakRule;
  firstLeg: number;
  lastLeg: number;
}) {
  const { moved, gap, rule } = options;
  const length = rule.durationMin;
  const open = rule.window.startMin;
  if (gap === 0) {
    const first = moved[0]!;
    const leaving = first.startMin - options.firstLeg;
    if (leaving >= open + length) return undefined;
    const startMin = Math.max(open, leaving - length);
    return { startMin, endMin: startMin + length };
  }
  if (gap === moved.length) {
    const lastEnd = moved.at(-1)!.endMin;
    if (lastEnd + options.lastLeg <= rule.window.endMin - length) return undefined;
    const startMin = Math.max(open, lastEnd);
    return { startMin, endMin: startMin + length };
  }
  const startMin = Math.max(open, moved[gap - 1]!.endMin);
  return { startMin, endMin: startMin + length };
}
