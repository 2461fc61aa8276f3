// Weekly availability windows and excluded date ranges (venue blackouts, artist unavailability).
import { z } from 'zod';
import { LocalDateSchema } from './local-time';

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

/** `HH:MM` (24 h); `24:00` closes a window at the end of the day. */
export const WindowTimeSchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'A time as HH:MM (24 h)');

/** A recurring window in local time, e.g. every Wednesday 14:00–18:00. */
export const WeeklyWindowSchema = z
  .strictObject({ weekday: WeekdaySchema, startsAt: WindowTimeSchema, endsAt: WindowTimeSchema })
  .refine((w) => w.endsAt > w.startsAt, { path: ['endsAt'], message: 'Must be after startsAt' });
export type WeeklyWindow = z.infer<typeof WeeklyWindowSchema>;

/** Inclusive local dates; one day when both are equal. */
export const DateRangeSchema = z
  .strictObject({
    startsOn: LocalDateSchema,
    endsOn: LocalDateSchema,
    reason: z.string().trim().max(200).nullable().optional(),
  })
  .refine((r) => r.endsOn >= r.startsOn, {
    path: ['endsOn'],
    message: 'Must be on or after startsOn',
  });
export type DateRange = z.infer<typeof DateRangeSchema>;

export const MAX_WEEKLY_WINDOWS = 50;
export const MAX_DATE_RANGES = 200;

export const WeeklyWindowsSchema = z.array(WeeklyWindowSchema).max(MAX_WEEKLY_WINDOWS);
export const DateRangesSchema = z.array(DateRangeSchema).max(MAX_DATE_RANGES);

/** As answered: times as `HH:MM`. */
export const WeeklyWindowOutSchema = z.object({
  weekday: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
});

/** As answered: `reason` is always present. */
export const DateRangeOutSchema = z.object({
  startsOn: z.string(),
  endsOn: z.string(),
  reason: z.string().nullable(),
});
