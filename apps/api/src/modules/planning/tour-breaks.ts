// The artists' lunch break on the run's side of the engine: the rule as an engine break per
// artist-day, whether the sessions a day already holds leave it, and whether a sequence of
// sessions does (for the baseline). Free means no session and no driving; waiting counts, and so
// does the time at home before leaving and after coming back (packages/planner/README.md).
import type { BreakRule, PlanningProblem } from '@tutti/planner';
import { localRange } from './tour-calendar';
import type { TourRules } from './tour-types';

type Stop = { location: number; startMin: number; endMin: number };

/** The engine's break of one artist-day, or undefined without a rule. */
export function lunchOf(rules: TourRules, date: string, epochMs: number): BreakRule | undefined {
  const rule = rules.lunchBreak;
  if (!rule) return undefined;
  const window = localRange(date, rule, rules.timeZone, epochMs);
  if (!window || window.endMin - window.startMin < rule.minutes) return undefined;
  return { window, durationMin: rule.minutes };
}

/** Longest free piece of [open, close] between `from` and `to` with `travel` minutes driven. */
const freeMinutes = (rule: BreakRule, from: number, to: number, travel: number) =>
  Math.min(
    to - from - travel,
    Math.min(to, rule.window.endMin) - Math.max(from, rule.window.startMin),
  );

/**
 * Whether sessions at fixed times (in order) leave the break: at home before leaving or after
 * coming back, or in one of the gaps with its drive around it.
 */
export function fixedStopsLeaveBreak(options: {
  rule: BreakRule;
  shift: { startMin: number; endMin: number };
  home: number;
  stops: readonly Stop[];
  travelMin: (from: number, to: number) => number;
}): boolean {
  const { rule, shift, home, stops, travelMin } = options;
  if (stops.length === 0) return true;
  const length = rule.durationMin;
  const first = stops[0]!;
  const last = stops.at(-1)!;
  const out = travelMin(home, first.location);
  const back = travelMin(last.location, home);
  if (first.startMin - out >= rule.window.startMin + length) return true;
  if (last.endMin + back <= rule.window.endMin - length) return true;
  const gaps = [
    { from: shift.startMin, to: first.startMin, travel: out },
    ...stops.slice(1).map((stop, i) => ({
      from: stops[i]!.endMin,
      to: stop.startMin,
      travel: travelMin(stops[i]!.location, stop.location),
    })),
    { from: last.endMin, to: shift.endMin, travel: back },
  ];
  return gaps.some((gap) => freeMinutes(rule, gap.from, gap.to, gap.travel) >= length);
}

/**
 * Whether a vehicle can serve the jobs in this order and keep its break, given the earliest
 * start of a job from an arrival (+Infinity when none): the baseline's check.
 */
export function sequenceKeepsBreak(
  problem: PlanningProblem,
  vehicle: number,
  order: readonly number[],
  earliestStart: (job: number, arrivalMin: number) => number,
): boolean {
  const v = problem.vehicles[vehicle]!;
  const rule = v.break;
  if (!rule) return true;
  const matrix = problem.matrix!;
  const travel = (a: number, b: number) => Number(matrix.durationMin[a * matrix.size + b]);
  const length = rule.durationMin;
  const latestStart = rule.window.endMin - length;
  const onTheWay = (departure: number, minutes: number) =>
    departure > latestStart
      ? Number.POSITIVE_INFINITY
      : Math.max(rule.window.startMin, departure + minutes) + length;
  // Two clocks: with the break still to take, and with it behind (taken at home at the earliest).
  let before = v.shift.startMin;
  let after = Math.max(v.shift.startMin, rule.window.startMin + length);
  let at = v.startLocation;
  for (const j of order) {
    const job = problem.jobs[j]!;
    const leg = travel(at, job.location);
    const arrival = Math.min(after + leg, onTheWay(before, leg));
    after = earliestStart(j, arrival) + job.serviceMin;
    before = earliestStart(j, before + leg) + job.serviceMin;
    at = job.location;
  }
  const home = travel(at, v.endLocation ?? v.startLocation);
  const back = Math.min(after + home, onTheWay(before, home));
  return back <= v.shift.endMin + 1e-6 || before + home <= latestStart + 1e-6;
}
