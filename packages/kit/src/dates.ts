// Tutti's calendar dates (`YYYY-MM-DD`), wall-clock times and IANA time zones, on luxon.
import { DateTime, IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** A `YYYY-MM-DD` date as a luxon date at midnight UTC: calendar arithmetic without a zone. */
function calendarDay(date: string): DateTime {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  if (!day.isValid) throw new RangeError(`Not a date: ${date}`);
  return day;
}

function isoDate(day: DateTime): string {
  return day.toISODate() as string;
}

function zoneNamed(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return zone;
}

/**
 * The calendar date `days` after a `YYYY-MM-DD` date (before it when negative).
 *
 * @example addDays('2027-02-27', 2) // '2027-03-01'
 */
export function addDays(date: string, days: number): string {
  return isoDate(calendarDay(date).plus({ days }));
}

/**
 * The first day of the month `months` after the month of `date`.
 *
 * @example addMonths('2027-01-31', 1) // '2027-02-01'
 */
export function addMonths(date: string, months: number): string {
  return isoDate(calendarDay(date).startOf('month').plus({ months }));
}

/**
 * The same day `months` later, or the month's last day when it has no such day (a time limit
 * "of one month", as EU Regulation 1182/71 counts it).
 *
 * @example sameDayMonthsLater('2027-01-31', 1) // '2027-02-28'
 */
export function sameDayMonthsLater(date: string, months: number): string {
  return isoDate(calendarDay(date).plus({ months }));
}

/**
 * The same day `years` later (28 February for a 29 February that the target year lacks).
 *
 * @example addYears('2028-02-29', -1) // '2027-02-28'
 */
export function addYears(date: string, years: number): string {
  return isoDate(calendarDay(date).plus({ years }));
}

/**
 * ISO weekday of a `YYYY-MM-DD` date: 1 = Monday ... 7 = Sunday.
 *
 * @example isoWeekday('2026-11-22') // 7
 */
export function isoWeekday(date: string): number {
  return calendarDay(date).weekday;
}

/**
 * The Monday of the week of `date`.
 *
 * @example startOfWeek('2027-01-01') // '2026-12-28'
 */
export function startOfWeek(date: string): string {
  return isoDate(calendarDay(date).startOf('week'));
}

/** @example startOfMonth('2027-01-31') // '2027-01-01' */
export function startOfMonth(date: string): string {
  return isoDate(calendarDay(date).startOf('month'));
}

/**
 * Easter Sunday of a year (Gregorian computus, Meeus/Jones/Butcher), from which the movable
 * holidays follow.
 *
 * @example easterSunday(2027) // '2027-03-28'
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(DateTime.utc(year, month, day));
}

/**
 * The first date on or after `date` falling on ISO `weekday`.
 *
 * @example nextWeekday('2026-11-20', 1) // '2026-11-23' (a Friday, then the Monday)
 */
export function nextWeekday(date: string, weekday: number): string {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

/**
 * Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier).
 *
 * @example daysBetween('2027-10-30', '2027-11-02') // 3
 */
export function daysBetween(from: string, to: string): number {
  return Math.round(calendarDay(to).diff(calendarDay(from), 'days').days);
}

/**
 * Every date from `from` up to `to`, `to` excluded.
 *
 * @example datesBetween('2027-10-30', '2027-11-01') // ['2027-10-30', '2027-10-31']
 */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date < to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * The `YYYY-MM-DD` date of an instant in UTC (for rules written in UTC, such as retention).
 *
 * @example utcDate(new Date('2026-12-31T23:30:00Z')) // '2026-12-31'
 */
export function utcDate(instant: Date): string {
  return isoDate(DateTime.fromJSDate(instant, { zone: 'utc' }));
}

/**
 * Today's date on the clocks of `timeZone`, or of the device when no zone is given.
 *
 * @example today('Europe/Paris', new Date('2026-12-31T23:30:00Z')) // '2027-01-01'
 */
export function today(timeZone?: string, now: Date = new Date()): string {
  const zone = timeZone === undefined ? 'local' : zoneNamed(timeZone);
  return isoDate(DateTime.fromJSDate(now, { zone }));
}

/**
 * The instant the day of `instant` began on the clocks of `timeZone` (its first existing minute
 * where the clocks jump forward at midnight).
 *
 * @example startOfDayIn(new Date('2027-03-28T18:00:00Z'), 'Europe/Paris') // 2027-03-27T23:00:00.000Z
 */
export function startOfDayIn(instant: Date, timeZone: string): Date {
  return DateTime.fromJSDate(instant, { zone: zoneNamed(timeZone) })
    .startOf('day')
    .toJSDate();
}

/** A wall-clock moment: `date` is `YYYY-MM-DD`, `secondOfDay` counts from local midnight. */
export type LocalMoment = { date: string; secondOfDay: number };

/**
 * The local date and time of an instant in `timeZone` (daylight saving included).
 *
 * @example toLocalMoment(new Date('2025-03-31T07:00:00Z'), 'Europe/Paris')
 * // { date: '2025-03-31', secondOfDay: 32400 } (09:00, summer time)
 */
export function toLocalMoment(instant: Date, timeZone: string): LocalMoment {
  const local = DateTime.fromJSDate(instant, { zone: zoneNamed(timeZone) });
  return {
    date: isoDate(local),
    secondOfDay: local.hour * 3600 + local.minute * 60 + local.second,
  };
}

/**
 * The instant at which the clocks of `timeZone` show `date` at `minuteOfDay` (minutes may run
 * past midnight). When the clocks go back, the earlier of the two instants; when they jump
 * forward over that time, null: the moment does not exist there.
 *
 * @example zonedToUtc('2025-10-28', 600, 'Europe/Paris') // 2025-10-28T09:00:00.000Z (winter time)
 */
export function zonedToUtc(date: string, minuteOfDay: number, timeZone: string): Date | null {
  const zone = zoneNamed(timeZone);
  const wallClock = calendarDay(date).toMillis() + minuteOfDay * MINUTE_MS;
  // The zone's offsets around that day: the instant is the wall clock minus one of them.
  const offsets = new Set(
    [wallClock - 14 * HOUR_MS, wallClock + 14 * HOUR_MS].map((probe) => zone.offset(probe)),
  );
  const instants = [...offsets]
    .map((offsetMin) => wallClock - offsetMin * MINUTE_MS)
    .filter((instant) => instant + zone.offset(instant) * MINUTE_MS === wallClock)
    .sort((a, b) => a - b);
  return instants.length > 0 ? new Date(instants[0]!) : null;
}

/**
 * A `YYYY-MM-DDTHH:MM` read on the clocks of `timeZone`; null when that time does not exist there.
 *
 * @example localDateTimeToUtc('2027-03-28T02:30', 'Europe/Paris') // null (clocks jump to 03:00)
 */
export function localDateTimeToUtc(localDateTime: string, timeZone: string): Date | null {
  const minuteOfDay = secondsOfTime(localDateTime.slice(11, 16)) / 60;
  return zonedToUtc(localDateTime.slice(0, 10), minuteOfDay, timeZone);
}

/**
 * `YYYY-MM-DDTHH:MM` of an instant in `timeZone`, as the API accepts it back.
 *
 * @example toLocalDateTime(new Date('2027-06-01T07:30:00Z'), 'Europe/Paris') // '2027-06-01T09:30'
 */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const moment = toLocalMoment(instant, timeZone);
  return `${moment.date}T${formatSecondOfDay(moment.secondOfDay)}`;
}

/** Minutes from local midnight of an instant in `timeZone`. */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  return Math.floor(toLocalMoment(instant, timeZone).secondOfDay / 60);
}

/**
 * Seconds from midnight of `HH:MM` or `HH:MM:SS` (PostgreSQL `time`); `24:00` is the end of the day.
 *
 * @example secondsOfTime('09:30') // 34200
 */
export function secondsOfTime(time: string): number {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}

/**
 * `HH:MM` of a second of the day.
 *
 * @example formatSecondOfDay(34200) // '09:30'
 */
export function formatSecondOfDay(secondOfDay: number): string {
  const minutes = Math.floor(secondOfDay / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * `HH:MM` of a PostgreSQL `time` (`HH:MM:SS`); `24:00:00` stays the end of the day.
 *
 * @example hhmm('18:30:00') // '18:30'
 */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

/**
 * A `YYYY-MM-DD` date as written, in the reader's language, whatever the reader's own zone.
 *
 * @example formatDate('2027-03-01', 'fr', { weekday: 'long', day: 'numeric', month: 'long' })
 * // 'lundi 1 mars'
 */
export function formatDate(
  date: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return calendarDay(date).setLocale(locale).toLocaleString(options);
}

/**
 * A time zone as people name it, in the reader's language, for the date it applies to
 * (an IANA identifier is a technical name).
 *
 * @example formatTimeZone('Europe/Paris', 'fr') // 'heure d’Europe centrale'
 */
export function formatTimeZone(timeZone: string, locale: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: zoneNamed(timeZone).name,
    timeZoneName: 'longGeneric',
  }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
