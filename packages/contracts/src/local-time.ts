// Wall-clock dates and times as people give them, in a named IANA time zone.
import { z } from 'zod';

function isRealDate(value: string) {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

/** A calendar date, `YYYY-MM-DD`, between 2000 and 2099. */
export const LocalDateSchema = z
  .string()
  .regex(/^20\d{2}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD')
  .refine(isRealDate, 'No such date');

/** A wall-clock time, `HH:MM` (24 h). */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM (24 h)');

/** A wall-clock date and time without offset, `YYYY-MM-DDTHH:MM`, read in a time zone. */
export const LocalDateTimeSchema = z
  .string()
  .regex(
    /^20\d{2}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/,
    'A local date and time as YYYY-MM-DDTHH:MM',
  )
  .refine((value) => isRealDate(value.slice(0, 10)), 'No such date');

/** Zones already accepted: building a formatter to check a name costs far more than the lookup. */
const knownZones = new Set<string>();

/** True for a time zone name the runtime knows (`Europe/Paris`, `UTC`); false for `CET+1`, `Mars/Base`. */
export function isKnownTimeZone(name: string) {
  if (knownZones.has(name)) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
  } catch {
    return false;
  }
  knownZones.add(name);
  return true;
}

/** An IANA time zone name the runtime knows, such as `Europe/Paris`. */
export const TimeZoneSchema = z
  .string()
  .refine(isKnownTimeZone, 'An IANA time zone such as Europe/Paris');

/** Local date and times of a session, as shown to people in its time zone. */
export const LocalSlotSchema = z.object({
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  /** ISO weekday of `date`: 1 = Monday ... 7 = Sunday. */
  weekday: z.number().int(),
});
export type LocalSlot = z.infer<typeof LocalSlotSchema>;
