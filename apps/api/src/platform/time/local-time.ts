// Converts instants to wall-clock dates and times in an IANA time zone (daylight saving included).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** A wall-clock moment: `date` is `YYYY-MM-DD`, `secondOfDay` counts from local midnight. */
export type LocalMoment = { date: string; secondOfDay: number };

/**
 * The local date and time of an instant in `timeZone`.
 *
 * @example toLocalMoment(new Date('2025-03-31T07:00:00Z'), 'Europe/Paris')
 * // { date: '2025-03-31', secondOfDay: 32400 } (09:00, summer time)
 */
export function toLocalMoment(instant: Date, timeZone: string): LocalMoment {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    secondOfDay: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
  };
}

/** ISO weekday of a `YYYY-MM-DD` date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

/** The calendar date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Seconds from midnight of `HH:MM` or `HH:MM:SS` (PostgreSQL `time`); `24:00` is the end of the day. */
export function secondsOfTime(time: string): number {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}

/** `HH:MM` of a second of the day, for messages. */
export function formatSecondOfDay(secondOfDay: number): string {
  const minutes = Math.floor(secondOfDay / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `HH:MM` of a PostgreSQL `time` (`HH:MM:SS`); `24:00:00` stays the end of the day. */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}
