// A session's local slot (date, weekday, times) in its time zone, from the UTC instants stored.
import type { LocalSlot } from '@tutti/contracts';
import { formatSecondOfDay, isoWeekday, toLocalMoment } from '@tutti/kit/dates';

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
