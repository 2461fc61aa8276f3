// Calendar arithmetic for the demo season: dates in the school year, Paris wall-clock instants.

/** `MM-DD` in the school year starting in September of `startYear`. */
export function seasonDate(startYear: number, monthDay: string): string {
  const year = Number(monthDay.slice(0, 2)) >= 8 ? startYear : startYear + 1;
  return `${year}-${monthDay}`;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

/** The first date on or after `date` falling on ISO `weekday`. */
export function firstWeekday(date: string, weekday: number): string {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

const paris = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function parisOffsetMs(instant: number): number {
  const parts: Record<string, string> = {};
  for (const part of paris.formatToParts(new Date(instant))) parts[part.type] = part.value;
  const wallClock = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return wallClock - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant Paris clocks show `date` at `time` (demo times avoid the hour the clocks skip).
 *
 * @example parisInstant('2026-11-03', '09:30') // 2026-11-03T08:30:00.000Z
 */
export function parisInstant(date: string, time: string): Date {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  const first = wanted - parisOffsetMs(wanted);
  return new Date(wanted - parisOffsetMs(first));
}
