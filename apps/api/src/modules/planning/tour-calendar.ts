// Time for the engine: minutes from an epoch, local days and hours in a zone, interval arithmetic.
import {
  addDays,
  easterSunday,
  formatSecondOfDay,
  secondsOfTime,
  toLocalMoment,
  zonedToUtc,
} from '@tutti/kit/dates';
import type { TimeWindow } from '@tutti/planner';
import type { ExcludedDates, WeeklyWindow } from '../../platform/time/weekly-availability';
import type { DayHours } from './tour-types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Midnight UTC two days before the first date: every local time of the run is then positive. */
export function epochOf(firstDate: string): number {
  return Date.parse(`${firstDate}T00:00:00Z`) - 2 * DAY_MS;
}

export const toMinute = (instant: Date, epochMs: number) =>
  Math.round((instant.getTime() - epochMs) / MINUTE_MS);

export const toInstant = (minute: number, epochMs: number) =>
  new Date(epochMs + minute * MINUTE_MS);

export function isExcluded(date: string, ranges: readonly ExcludedDates[]) {
  return ranges.some((range) => range.startsOn <= date && date <= range.endsOn);
}

/** Weekly windows of one weekday as merged minute ranges (back-to-back windows join). */
export function weekdayRanges(windows: readonly WeeklyWindow[], weekday: number): DayHours[] {
  const ranges = windows
    .filter((w) => w.weekday === weekday)
    .map((w) => ({ fromMin: secondsOfTime(w.startsAt) / 60, toMin: secondsOfTime(w.endsAt) / 60 }))
    .sort((a, b) => a.fromMin - b.fromMin);
  const merged: DayHours[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.fromMin <= last.toMin) last.toMin = Math.max(last.toMin, range.toMin);
    else merged.push({ ...range });
  }
  return merged;
}

export function intersectHours(a: readonly DayHours[], b: readonly DayHours[]): DayHours[] {
  const result: DayHours[] = [];
  for (const x of a) {
    for (const y of b) {
      const fromMin = Math.max(x.fromMin, y.fromMin);
      const toMin = Math.min(x.toMin, y.toMin);
      if (toMin > fromMin) result.push({ fromMin, toMin });
    }
  }
  return result;
}

/** A local range of one date as engine minutes; null when the clocks skip one of its ends. */
export function localRange(
  date: string,
  hours: DayHours,
  timeZone: string,
  epochMs: number,
): TimeWindow | null {
  const start = zonedToUtc(date, hours.fromMin, timeZone);
  const end = zonedToUtc(date, hours.toMin, timeZone);
  if (!start || !end) return null;
  return { startMin: toMinute(start, epochMs), endMin: toMinute(end, epochMs) };
}

/**
 * Removes from allowed start windows every start that would overlap a busy interval for a
 * session lasting `durationMin` (a start in `(busy.start - duration, busy.end)`).
 */
export function withoutBusy(
  windows: readonly TimeWindow[],
  busy: readonly TimeWindow[],
  durationMin: number,
): TimeWindow[] {
  let result = [...windows];
  for (const block of busy) {
    const forbiddenFrom = block.startMin - durationMin;
    const forbiddenTo = block.endMin;
    result = result.flatMap((w) => {
      if (w.endMin <= forbiddenFrom || w.startMin >= forbiddenTo) return [w];
      const pieces: TimeWindow[] = [];
      if (w.startMin <= forbiddenFrom) pieces.push({ startMin: w.startMin, endMin: forbiddenFrom });
      if (w.endMin >= forbiddenTo) pieces.push({ startMin: forbiddenTo, endMin: w.endMin });
      return pieces;
    });
  }
  return result;
}

/** Local date, minute of the day and `HH:MM` of an instant in a zone. */
export function localOf(instant: Date, timeZone: string) {
  const moment = toLocalMoment(instant, timeZone);
  const minuteOfDay = Math.floor(moment.secondOfDay / 60);
  return { date: moment.date, time: formatSecondOfDay(moment.secondOfDay), minuteOfDay };
}

/** Local date and `HH:MM` of an engine minute in a zone. */
export function localClock(minute: number, epochMs: number, timeZone: string) {
  return localOf(toInstant(minute, epochMs), timeZone);
}

/**
 * The eleven public holidays of metropolitan France in a year (Code du travail, L3133-1).
 * @example frenchPublicHolidays(2027).includes('2027-03-29') // true: Easter Monday
 */
export function frenchPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];
  return [
    ...fixed.map((monthDay) => `${year}-${monthDay}`),
    addDays(easter, 1),
    addDays(easter, 39),
    addDays(easter, 50),
  ].sort();
}
