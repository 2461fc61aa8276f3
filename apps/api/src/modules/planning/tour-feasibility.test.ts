// Properties of the plans a run shows: the baseline, and any plan after its times are moved
// towards the sessions' usual hours, never break a window, a working day or a km limit.
import { type PlanningProblem, solve } from '@tutti/planner';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayRoute, planBaseline } from './tour-baseline';
import { jobIndexOf, vehicleIndexOf } from './tour-ids';
import { preferredTimes } from './tour-times';

const DAY = 24 * 60;

/** Places on a 100 km line; two artists (skills a, a+b) over two days; up to nine sessions. */
const problems = fc
  .record({
    places: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 8 }),
    maxKm: fc.array(fc.integer({ min: 60, max: 300 }), { minLength: 2, maxLength: 2 }),
    jobs: fc.array(
      fc.record({
        place: fc.nat(),
        serviceMin: fc.integer({ min: 6, max: 24 }).map((n) => n * 5),
        day: fc.integer({ min: 0, max: 1 }),
        opensAt: fc.integer({ min: 96, max: 200 }).map((n) => n * 5),
        spanMin: fc.integer({ min: 0, max: 60 }).map((n) => n * 5),
        skill: fc.constantFrom('a', 'b'),
      }),
      { minLength: 1, maxLength: 9 },
    ),
  })
  .map(({ places, maxKm, jobs }): PlanningProblem => {
    const size = places.length;
    const distanceKm = new Float64Array(size * size);
    const durationMin = new Float64Array(size * size);
    for (let a = 0; a < size; a++) {
      for (let b = 0; b < size; b++) {
        distanceKm[a * size + b] = Math.abs(places[a]! - places[b]!);
        durationMin[a * size + b] = Math.ceil(distanceKm[a * size + b]! / 5) * 5;
      }
    }
    const vehicles = [0, 1].flatMap((day) =>
      [0, 1].map((artist) => ({
        id: `v${day * 2 + artist}`,
        startLocation: artist,
        shift: { startMin: day * DAY + 480, endMin: day * DAY + 1080 },
        skills: artist === 0 ? ['a'] : ['a', 'b'],
        maxDistanceKm: maxKm[artist]!,
      })),
    );
    return {
      matrix: { size, distanceKm, durationMin },
      vehicles,
      jobs: jobs.map((job, i) => ({
        id: `j${i}`,
        location: 2 + (job.place % (size - 2)),
        serviceMin: job.serviceMin,
        skills: [job.skill],
        timeWindows: [
          {
            startMin: job.day * DAY + job.opensAt,
            endMin: job.day * DAY + job.opensAt + job.spanMin,
          },
        ],
      })),
    };
  });

/** Every broken rule of a route, as text (empty when the day holds). */
function violations(problem: PlanningProblem, route: DayRoute): string[] {
  const m = problem.matrix!;
  const v = problem.vehicles[route.vehicle]!;
  const problems: string[] = [];
  let clock = v.shift.startMin;
  let at = v.startLocation;
  let km = 0;
  for (const stop of route.stops) {
    const job = problem.jobs[stop.job]!;
    const leg = at * m.size + job.location;
    km += Number(m.distanceKm[leg]);
    if (stop.startMin < clock + Number(m.durationMin[leg]) - 1e-6)
      problems.push(`${job.id} starts before arriving`);
    if (
      !(job.timeWindows ?? []).some(
        (w) => w.startMin <= stop.startMin + 1e-6 && stop.startMin <= w.endMin + 1e-6,
      )
    )
      problems.push(`${job.id} starts outside its windows`);
    if (stop.endMin !== stop.startMin + job.serviceMin)
      problems.push(`${job.id} has the wrong length`);
    clock = stop.endMin;
    at = job.location;
  }
  const back = at * m.size + v.startLocation;
  if (clock + Number(m.durationMin[back]) > v.shift.endMin + 1e-6)
    problems.push(`${v.id} comes back late`);
  if (km + Number(m.distanceKm[back]) > (v.maxDistanceKm ?? Infinity) + 1e-6)
    problems.push(`${v.id} drives too far`);
  return problems;
}

/** The break of a day with a rule: reported on the road with room to drive around it, or at home. */
function breakViolations(problem: PlanningProblem, route: DayRoute): string[] {
  const v = problem.vehicles[route.vehicle]!;
  const rule = v.break;
  if (!rule || route.stops.length === 0) return [];
  const m = problem.matrix!;
  const travel = (a: number, b: number) => Number(m.durationMin[a * m.size + b]);
  const places = [v.startLocation, ...route.stops.map((s) => problem.jobs[s.job]!.location)];
  places.push(v.startLocation);
  const length = rule.durationMin;
  const taken = route.break;
  if (!taken) {
    const leaving = route.stops[0]!.startMin - travel(places[0]!, places[1]!);
    const back = route.stops.at(-1)!.endMin + travel(places.at(-2)!, places.at(-1)!);
    return leaving >= rule.window.startMin + length || back <= rule.window.endMin - length
      ? []
      : [`${v.id} has no lunch break`];
  }
  const problems: string[] = [];
  if (taken.startMin < rule.window.startMin || taken.endMin > rule.window.endMin)
    problems.push(`${v.id} lunches outside the window`);
  if (taken.endMin - taken.startMin < length) problems.push(`${v.id} lunches too briefly`);
  const bounds = [v.shift.startMin, ...route.stops.flatMap((s) => [s.startMin, s.endMin])];
  bounds.push(v.shift.endMin);
  for (let gap = 0; gap < places.length - 1; gap++) {
    const from = bounds[2 * gap]!;
    const to = bounds[2 * gap + 1]!;
    if (taken.startMin < from - 1e-6 || taken.endMin > to + 1e-6) continue;
    if (to - from - length < travel(places[gap]!, places[gap + 1]!) - 1e-6)
      problems.push(`${v.id} has no time to drive around its lunch`);
    return problems;
  }
  return [...problems, `${v.id} lunches during a session`];
}

const anyPreference = fc.func(fc.option(fc.integer({ min: 0, max: 2 * DAY }), { nil: null }));

describe('plans shown by a run', () => {
  it('the baseline never breaks a window, a working day or a km limit, and places each session once', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const { routes, unassigned } = planBaseline(problem, [0, 1, 0, 1]);
        for (const route of routes) expect(violations(problem, route)).toEqual([]);
        const placed = routes.flatMap((r) => r.stops.map((s) => s.job));
        expect([...placed, ...unassigned].sort((a, b) => a - b)).toEqual(
          problem.jobs.map((_, j) => j),
        );
      }),
      { numRuns: 200, seed: 4 },
    );
  });

  it('moving times towards the usual hours keeps every plan feasible, its order and its days', () => {
    fc.assert(
      fc.property(problems, anyPreference, (problem, prefer) => {
        const engine = solve(problem, { seed: 1, iterationLimit: 200 });
        const routes: DayRoute[] = engine.routes.map((route) => ({
          vehicle: vehicleIndexOf(route.vehicleId),
          stops: route.stops.map((s) => ({ ...s, job: jobIndexOf(s.jobId) })),
        }));
        for (const planned of [routes, planBaseline(problem, [0, 1, 0, 1]).routes]) {
          const moved = preferredTimes(problem, planned, (job, start) => prefer(job, start));
          moved.forEach((route, i) => {
            expect(violations(problem, route)).toEqual([]);
            expect(route.stops.map((s) => s.job)).toEqual(planned[i]!.stops.map((s) => s.job));
          });
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('with a lunch break on every day, moving times keeps the break the engine found', () => {
    const lunchOn = (day: number) => ({
      window: { startMin: day * DAY + 720, endMin: day * DAY + 810 },
      durationMin: 45,
    });
    const withLunch = problems.map((problem) => ({
      ...problem,
      vehicles: problem.vehicles.map((v, i) => ({ ...v, break: lunchOn(i >= 2 ? 1 : 0) })),
    }));
    fc.assert(
      fc.property(withLunch, anyPreference, (problem, prefer) => {
        const engine = solve(problem, { seed: 1, iterationLimit: 200 });
        const routes: DayRoute[] = engine.routes.map((route) => ({
          vehicle: vehicleIndexOf(route.vehicleId),
          stops: route.stops.map((s) => ({ ...s, job: jobIndexOf(s.jobId) })),
          ...(route.break ? { break: route.break } : {}),
        }));
        for (const route of routes) expect(breakViolations(problem, route)).toEqual([]);
        const moved = preferredTimes(problem, routes, (job, start) => prefer(job, start));
        moved.forEach((route, i) => {
          expect(violations(problem, route)).toEqual([]);
          expect(breakViolations(problem, route)).toEqual([]);
          expect(route.stops.map((s) => s.job)).toEqual(routes[i]!.stops.map((s) => s.job));
        });
      }),
      { numRuns: 150, seed: 6 },
    );
  });
});
