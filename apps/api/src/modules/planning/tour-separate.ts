// Two sessions of a run may not hold one venue or one group at once, yet the engine sees each
// artist-day alone and the times moved towards the usual hours can bring two such sessions
// together. After those moves, each overlap is taken apart where the days allow: the later session
// (or the other one, if the later keeps its time) moves to just after the first, else to just
// before it. What cannot be taken apart stays a warning, and accepting refuses it.
import type { PlanningProblem } from '@tutti/planner';
import type { DayRoute } from './tour-baseline';
import { preferredTimes } from './tour-times';

type Preference = (job: number, engineStartMin: number) => number | null;
type Placed = { route: number; job: number; startMin: number; endMin: number };

/** The first overlap between two jobs sharing a key (pairs in `skip` aside), or null. */
function firstOverlap(
  routes: readonly DayRoute[],
  keysOf: (job: number) => readonly string[],
  skip: ReadonlySet<string>,
): [Placed, Placed] | null {
  const holders = new Map<string, Placed[]>();
  routes.forEach((route, r) => {
    for (const stop of route.stops) {
      for (const key of keysOf(stop.job)) {
        const list = holders.get(key) ?? [];
        list.push({ route: r, job: stop.job, startMin: stop.startMin, endMin: stop.endMin });
        holders.set(key, list);
      }
    }
  });
  for (const list of holders.values()) {
    list.sort((a, b) => a.startMin - b.startMin);
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (b.startMin < a.endMin && !skip.has(`${a.job}|${b.job}`)) return [a, b];
    }
  }
  return null;
}

/**
 * Takes apart the overlaps of sessions sharing a venue or a group by moving one of them within its
 * day (same order, day, artist and km). `movable` says whether a job's time may change.
 * @example separateShared(problem, routes, (job) => [`venue|${venueOf(job)}`], () => true, prefer)
 */
export function separateShared(
  problem: PlanningProblem,
  routes: readonly DayRoute[],
  keysOf: (job: number) => readonly string[],
  movable: (job: number) => boolean,
  prefer: Preference,
): DayRoute[] {
  const result = [...routes];
  const tried = new Set<string>();
  // Starts chosen to take overlaps apart, kept when a day is timed again for another overlap.
  const chosen = new Map<number, number>();
  const preference: Preference = (job, start) => chosen.get(job) ?? prefer(job, start);
  for (;;) {
    const overlap = firstOverlap(result, keysOf, tried);
    if (!overlap) break;
    const [first, later] = overlap;
    tried.add(`${first.job}|${later.job}`);
    const moves: [Placed, Placed][] = [];
    if (movable(later.job)) moves.push([later, first]);
    if (movable(first.job)) moves.push([first, later]);
    for (const [moving, other] of moves) {
      const length = moving.endMin - moving.startMin;
      const fixed = result[moving.route]!;
      const wanted = [other.endMin, other.startMin - length];
      const done = wanted.some((startMin) => {
        const [moved] = preferredTimes(problem, [fixed], (job, start) =>
          job === moving.job ? startMin : preference(job, start),
        );
        const stop = moved!.stops.find((s) => s.job === moving.job)!;
        if (stop.startMin < other.endMin && other.startMin < stop.endMin) return false;
        result[moving.route] = moved!;
        chosen.set(moving.job, startMin);
        return true;
      });
      if (done) break;
    }
  }
  return result;
}
