// When each session may start: its allowed dates (current date ± the window, journeys kept in
// order), the run's hours or its own time of day, the venue's opening hours and closures, and the
// times its venue or groups are taken by sessions the run does not move.
import { addDays, datesBetween, daysBetween, isoWeekday } from '@tutti/kit/dates';
import type { TimeWindow } from '@tutti/planner';
import {
  frenchPublicHolidays,
  intersectHours,
  isExcluded,
  localOf,
  localRange,
  toMinute,
  weekdayRanges,
  withoutBusy,
} from './tour-calendar';
import type { DayHours, OtherSession, TourRules, TourSession } from './tour-types';

const WHOLE_DAY: DayHours[] = [{ fromMin: 0, toMin: 24 * 60 }];

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

/** The dates of the sessions of each journey (moved or not), in journey order. */
export function journeyNeighbours(sessions: readonly (TourSession | OtherSession)[]) {
  const byJourney = new Map<string, { id: string; position: number; date: string }[]>();
  for (const s of sessions) {
    if (!s.journeyId) continue;
    const list = byJourney.get(s.journeyId) ?? [];
    const date = localOf(s.startsAt, s.timeZone).date;
    list.push({ id: s.id, position: s.journeyPosition ?? 0, date });
    byJourney.set(s.journeyId, list);
  }
  const neighbours = new Map<string, { previous: string | null; next: string | null }>();
  for (const list of byJourney.values()) {
    list.sort((a, b) => a.position - b.position);
    list.forEach((entry, i) => {
      neighbours.set(entry.id, {
        previous: list[i - 1]?.date ?? null,
        next: list[i + 1]?.date ?? null,
      });
    });
  }
  return neighbours;
}

/**
 * The dates a session may take. Around a journey neighbour, a session moves at most half-way
 * to it, so two sessions of a journey never swap order.
 */
export function allowedDates(
  session: TourSession,
  rules: TourRules,
  neighbours: { previous: string | null; next: string | null } | undefined,
): string[] {
  const current = localOf(session.startsAt, session.timeZone).date;
  const own = rules.sessionRules.get(session.id);
  let from = own?.from ?? addDays(current, -rules.windowDays);
  let to = own?.to ?? addDays(current, rules.windowDays);
  if (!own?.from && neighbours?.previous) {
    const half = Math.max(0, Math.floor((daysBetween(neighbours.previous, current) - 1) / 2));
    from = maxDate(from, addDays(current, -half));
  }
  if (!own?.to && neighbours?.next) {
    const half = Math.max(0, Math.floor((daysBetween(current, neighbours.next) - 1) / 2));
    to = minDate(to, addDays(current, half));
  }
  from = maxDate(maxDate(from, rules.from), rules.earliestDate);
  to = minDate(to, rules.to);
  if (to < from) return [];
  const weekday = isoWeekday(current);
  const holidays = rules.avoidPublicHolidays
    ? new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))].flatMap(frenchPublicHolidays))
    : new Set<string>();
  return datesBetween(from, addDays(to, 1)).filter((date) => {
    const day = isoWeekday(date);
    return (
      (day === weekday || rules.weekdays.includes(day)) &&
      !holidays.has(date) &&
      !isExcluded(date, session.venue.blackouts)
    );
  });
}

/** The run's hours, or the session's current time of day when it lies outside them (evening concerts). */
export function sessionHours(session: TourSession, rules: TourRules): DayHours {
  const own = rules.sessionRules.get(session.id)?.hours;
  if (own) return own;
  const durationMin = (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
  const start = localOf(session.startsAt, session.timeZone).minuteOfDay;
  const inside = start >= rules.hours.fromMin && start + durationMin <= rules.hours.toMin;
  return inside ? rules.hours : { fromMin: start, toMin: start + durationMin };
}

/** Intervals (engine minutes) when the session's venue or one of its groups is taken. */
export function busyIntervals(
  session: TourSession,
  others: readonly (Pick<OtherSession, 'groupIds' | 'startsAt' | 'endsAt'> & {
    venue: { id: string } | null;
  })[],
  epochMs: number,
): TimeWindow[] {
  return others
    .filter(
      (other) =>
        other.venue?.id === session.venue.id ||
        other.groupIds.some((groupId) => session.groupIds.includes(groupId)),
    )
    .map((other) => ({
      startMin: toMinute(other.startsAt, epochMs),
      endMin: toMinute(other.endsAt, epochMs),
    }));
}

/** Allowed start windows of a session, in engine minutes, earliest first. */
export function sessionWindows(options: {
  session: TourSession;
  rules: TourRules;
  dates: readonly string[];
  busy: readonly TimeWindow[];
  epochMs: number;
}): TimeWindow[] {
  const { session, rules, epochMs } = options;
  const durationMin = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
  const hours = [sessionHours(session, rules)];
  const windows: TimeWindow[] = [];
  for (const date of options.dates) {
    const venueHours =
      session.venue.availability.length === 0
        ? WHOLE_DAY
        : weekdayRanges(session.venue.availability, isoWeekday(date));
    for (const range of intersectHours(hours, venueHours)) {
      if (range.toMin - range.fromMin < durationMin) continue;
      const starts = localRange(
        date,
        { fromMin: range.fromMin, toMin: range.toMin - durationMin },
        session.venue.timeZone,
        epochMs,
      );
      if (starts) windows.push(starts);
    }
  }
  return withoutBusy(windows, options.busy, durationMin).sort((a, b) => a.startMin - b.startMin);
}
