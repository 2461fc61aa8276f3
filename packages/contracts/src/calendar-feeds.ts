// Secret iCalendar feed addresses for an artist, a group or a choir's voice part (its
// rehearsals), that phone calendars subscribe to.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

export const calendarFeedKinds = ['artist', 'group', 'choirPart'] as const;
export const CalendarFeedKindSchema = z.enum(calendarFeedKinds);
export type CalendarFeedKind = z.infer<typeof CalendarFeedKindSchema>;

export const CalendarFeedCreateBodySchema = z.strictObject({
  kind: CalendarFeedKindSchema,
  targetId: IdSchema,
});
export type CalendarFeedCreateBody = z.infer<typeof CalendarFeedCreateBodySchema>;

export const CalendarFeedParamsSchema = z.strictObject({ orgId: IdSchema, feedId: IdSchema });

export const CalendarFeedListQuerySchema = z.strictObject({
  kind: CalendarFeedKindSchema.optional(),
  targetId: IdSchema.optional(),
  includeRevoked: z.enum(['true', 'false']).default('false'),
});

export const CalendarFeedSchema = z.object({
  id: IdSchema,
  kind: CalendarFeedKindSchema,
  targetId: IdSchema,
  targetName: z.string(),
  createdAt: TimestampSchema,
  revokedAt: TimestampSchema.nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

/** Answered once, at creation: the address carries the secret, which is stored only hashed. */
export const CalendarFeedCreatedSchema = CalendarFeedSchema.extend({
  url: z.string(),
  webcalUrl: z.string(),
});
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreatedSchema>;
