// Calendar of the demo season: dates in the school year, Paris wall-clock instants.
import { secondsOfTime, zonedToUtc } from '@tutti/kit/dates';

/** `MM-DD` in the school year starting in September of `startYear`. */
export function seasonDate(startYear: number, monthDay: string): string {
  const year = Number(monthDay.slice(0, 2)) >= 8 ? startYear : startYear + 1;
  return `${year}-${monthDay}`;
}

/**
 * The instant Paris clocks show `date` at `time` (demo times avoid the hour the clocks skip).
 *
 * @example parisInstant('2026-11-03', '09:30') // 2026-11-03T08:30:00.000Z
 */
export function parisInstant(date: string, time: string): Date {
  const instant = zonedToUtc(date, secondsOfTime(time) / 60, 'Europe/Paris');
  if (!instant) throw new RangeError(`${date} ${time} does not exist in Paris`);
  return instant;
}
