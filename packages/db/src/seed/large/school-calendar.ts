// School days of generated sessions: weekdays outside the usual French school holidays.
import { addDays, isoWeekday, utcDate, zonedToUtc } from '@tutti/kit/dates';

const HOLIDAYS = [
  ['10-18', '11-03'],
  ['12-20', '01-05'],
  ['02-14', '03-02'],
  ['04-11', '04-27'],
] as const;

function isHoliday(date: string) {
  const md = date.slice(5, 10);
  return HOLIDAYS.some(([from, to]) =>
    from <= to ? md >= from && md <= to : md >= from || md <= to,
  );
}

/** A school day at `hour` (Paris time) near `date`: moved forward past weekends and holidays. */
export function schoolDay(date: Date, hourParis: number, minute = 0) {
  let day = utcDate(date);
  while (isoWeekday(day) >= 6 || isHoliday(day)) day = addDays(day, 1);
  // Generated hours (9:00 to 19:00) always exist on Paris clocks.
  return zonedToUtc(day, hourParis * 60 + minute, 'Europe/Paris')!;
}
