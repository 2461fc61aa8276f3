// Wall-clock dates and times in a session's time zone, to and from the UTC instants stored.
import type { LocalSlot } from '@tutti/contracts';
import {
  addDays,
  formatSecondOfDay,
  isoWeekday,
  toLocalMoment,
} from '../../platform/time/local-time';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

function wallClockAsUtc(instant: number, timeZone: string): number {
  const { date, secondOfDay } = toLocalMoment(new Date(instant), timeZone);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) + secondOfDay * 1000;
}

/**
 * The instant at which the clocks of `timeZone` show `date` at `minuteOfDay` (minutes may run
 * past midnight). When the clocks go back, the earlier of the two instants; when they jump
 * forward over that time, null: the moment does not exist there.
 *
 * @example zonedToUtc('2025-10-28', 600, 'Europe/Paris') // 2025-10-28T09:00:00.000Z (winter time)
 */
export function zonedToUtc(date: string, minuteOfDay: number, timeZone: string): Date | null {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE_MS;
  const offsets = new Set(
    [wanted - 14 * HOUR_MS, wanted, wanted + 14 * HOUR_MS].map(
      (probe) => wallClockAsUtc(probe, timeZone) - probe,
    ),
  );
  const candidates = [...offsets]
    .map((offset) => wanted - offset)
    .filter((instant) => wallClockAsUtc(instant, timeZone) === wanted)
    .sort((a, b) => a - b);
  return candidates.length > 0 ? new Date(candidates[0]!) : null;
}

/** `YYYY-MM-DDTHH:MM` read in `timeZone`; null when that wall-clock time does not exist there. */
export function localDateTimeToUtc(localDateTime: string, timeZone: string): Date | null {
  const hours = Number(localDateTime.slice(11, 13));
  const minutes = Number(localDateTime.slice(14, 16));
  return zonedToUtc(localDateTime.slice(0, 10), hours * 60 + minutes, timeZone);
}

/** Date, weekday and times of `[startsAt, endsAt)` on the clocks of `timeZone`. */
export function localSlot(startsAt: Date, endsAt: Date, timeZone: string): LocalSlot {
  const start = toLocalMoment(startsAt, timeZone);
  const end = toLocalMoment(endsAt, timeZone);
  return {
    date: start.date,
    weekday: isoWeekday(start.date),
    startTime: formatSecondOfDay(start.secondOfDay),
    endTime: formatSecondOfDay(end.secondOfDay),
  };
}

/** `YYYY-MM-DDTHH:MM` of an instant in `timeZone`, as the API accepts it back. */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const moment = toLocalMoment(instant, timeZone);
  return `${moment.date}T${formatSecondOfDay(moment.secondOfDay)}`;
}

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / (24 * HOUR_MS));
}

/** Minutes from local midnight of an instant in `timeZone`. */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  return Math.floor(toLocalMoment(instant, timeZone).secondOfDay / 60);
}

export { addDays, isoWeekday };
