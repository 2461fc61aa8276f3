// Whether a time interval fits weekly windows and avoids excluded date ranges, in a given time zone.
import {
  addDays,
  formatSecondOfDay,
  isoWeekday,
  type LocalMoment,
  secondsOfTime,
  toLocalMoment,
} from '@tutti/kit/dates';

/** A recurring window in local time: ISO weekday (1 = Monday) and `HH:MM[:SS]` bounds. */
export type WeeklyWindow = { weekday: number; startsAt: string; endsAt: string };

/** An inclusive range of local dates (`YYYY-MM-DD`), e.g. a blackout or a holiday. */
export type ExcludedDates = { startsOn: string; endsOn: string; reason?: string | null };

export type IntervalCheckInput = {
  /** No window at all means no weekly restriction. */
  windows: readonly WeeklyWindow[];
  excluded: readonly ExcludedDates[];
  startsAt: Date | string;
  endsAt: Date | string;
  timeZone: string;
};

/** The part of the interval that falls on one local date, in seconds from local midnight. */
export type LocalSegment = { date: string; weekday: number; fromSecond: number; toSecond: number };

export type IntervalCheck =
  | { ok: true }
  | { ok: false; problem: 'invalid_interval' }
  | { ok: false; problem: 'excluded_dates'; range: ExcludedDates }
  | {
      ok: false;
      problem: 'outside_windows';
      segment: LocalSegment;
      windowsThatDay: WeeklyWindow[];
    };

const DAY_SECONDS = 86_400;

/** Splits `[startsAt, endsAt)` into local-date pieces; an end at local midnight closes the day before. */
export function localSegments(startsAt: Date, endsAt: Date, timeZone: string): LocalSegment[] {
  const start = toLocalMoment(startsAt, timeZone);
  let end: LocalMoment = toLocalMoment(endsAt, timeZone);
  if (end.secondOfDay === 0) end = { date: addDays(end.date, -1), secondOfDay: DAY_SECONDS };
  const segments: LocalSegment[] = [];
  for (let date = start.date; date <= end.date; date = addDays(date, 1)) {
    segments.push({
      date,
      weekday: isoWeekday(date),
      fromSecond: date === start.date ? start.secondOfDay : 0,
      toSecond: date === end.date ? end.secondOfDay : DAY_SECONDS,
    });
  }
  return segments;
}

/** Windows of one weekday as merged `[from, to]` second ranges, so back-to-back windows join. */
function mergedRanges(windows: readonly WeeklyWindow[], weekday: number): [number, number][] {
  const ranges = windows
    .filter((w) => w.weekday === weekday)
    .map((w): [number, number] => [secondsOfTime(w.startsAt), secondsOfTime(w.endsAt)])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * Checks an interval against weekly windows and excluded date ranges, in local time of `timeZone`.
 * Excluded dates are checked first: they are the stronger reason.
 *
 * @example
 * checkInterval({
 *   windows: [{ weekday: 1, startsAt: '09:00', endsAt: '12:00' }],
 *   excluded: [],
 *   startsAt: '2025-03-31T07:00:00Z', // Monday 09:00 in Paris (summer time)
 *   endsAt: '2025-03-31T09:00:00Z',
 *   timeZone: 'Europe/Paris',
 * }) // { ok: true }
 */
export function checkInterval(input: IntervalCheckInput): IntervalCheck {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()) || endsAt <= startsAt) {
    return { ok: false, problem: 'invalid_interval' };
  }
  const segments = localSegments(startsAt, endsAt, input.timeZone);
  const firstDate = segments[0]!.date;
  const lastDate = segments.at(-1)!.date;
  const range = input.excluded.find((r) => r.startsOn <= lastDate && firstDate <= r.endsOn);
  if (range) return { ok: false, problem: 'excluded_dates', range };
  if (input.windows.length === 0) return { ok: true };
  for (const segment of segments) {
    const fits = mergedRanges(input.windows, segment.weekday).some(
      ([from, to]) => from <= segment.fromSecond && segment.toSecond <= to,
    );
    if (!fits) {
      const windowsThatDay = input.windows.filter((w) => w.weekday === segment.weekday);
      return { ok: false, problem: 'outside_windows', segment, windowsThatDay };
    }
  }
  return { ok: true };
}

const weekdayNames = [
  '',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** `Tuesday 2025-03-25 19:00–21:00`, for developer-facing messages. */
export function describeSegment(segment: LocalSegment): string {
  return `${weekdayNames[segment.weekday]} ${segment.date} ${formatSecondOfDay(segment.fromSecond)}–${formatSecondOfDay(segment.toSecond)}`;
}

/** `09:00–12:00, 14:00–17:00`, or `none` */
export function describeWindows(windows: readonly WeeklyWindow[]): string {
  if (windows.length === 0) return 'none';
  return [...windows]
    .sort((a, b) => secondsOfTime(a.startsAt) - secondsOfTime(b.startsAt))
    .map(
      (w) =>
        `${formatSecondOfDay(secondsOfTime(w.startsAt))}–${formatSecondOfDay(secondsOfTime(w.endsAt))}`,
    )
    .join(', ');
}
