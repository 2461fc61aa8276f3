// School days of generated sessions: weekdays outside the usual French school holidays.

const HOLIDAYS = [
  ['10-18', '11-03'],
  ['12-20', '01-05'],
  ['02-14', '03-02'],
  ['04-11', '04-27'],
] as const;

function isHoliday(date: Date) {
  const md = date.toISOString().slice(5, 10);
  return HOLIDAYS.some(([from, to]) =>
    from <= to ? md >= from && md <= to : md >= from || md <= to,
  );
}

/** A school day at `hour` (Paris time) near `date`: moved forward past weekends and holidays. */
export function schoolDay(date: Date, hourParis: number, minute = 0) {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6 || isHoliday(day)) {
    day.setUTCDate(day.getUTCDate() + 1);
  }
  const month = day.getUTCMonth() + 1;
  const offset = month >= 4 && month <= 10 ? 2 : 1; // summer time, roughly
  return new Date(day.getTime() + ((hourParis - offset) * 60 + minute) * 60_000);
}
