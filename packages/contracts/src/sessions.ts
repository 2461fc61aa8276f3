// Sessions (workshops, concerts, online meetings), their conflicts, overrides and moves.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import {
  LocalDateSchema,
  LocalDateTimeSchema,
  LocalSlotSchema,
  TimeZoneSchema,
} from './local-time';

/** What a session is; the steps of musical journeys and the skills of artists use the same kinds. */
export const sessionKinds = [
  'workshop_singing',
  'workshop_writing',
  'workshop_percussion',
  'workshop_theatre',
  'workshop_early_years',
  'concert',
  'online',
] as const;
export const SessionKindSchema = z.enum(sessionKinds);
export type SessionKind = z.infer<typeof SessionKindSchema>;

export const sessionStatuses = ['planned', 'confirmed', 'done', 'cancelled'] as const;
export const SessionStatusSchema = z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

export const conflictKinds = [
  'artist_double_booked',
  'venue_double_booked',
  'group_double_booked',
  'capacity_exceeded',
  'venue_unavailable',
  'artist_unavailable',
  'artist_lacks_skill',
] as const;
export const ConflictKindSchema = z.enum(conflictKinds);
export type ConflictKind = z.infer<typeof ConflictKindSchema>;

const NamedSchema = z.object({ id: IdSchema, name: z.string() });

/** Another session that holds the same artist, venue or group at the same time. */
export const OtherSessionSchema = z.object({
  id: IdSchema,
  title: z.string().nullable(),
  kind: SessionKindSchema,
  projectName: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  timeZone: z.string(),
  local: LocalSlotSchema,
});

/** One reason a session cannot take place as asked, with what a person needs to understand it. */
export const ConflictSchema = z.object({
  kind: ConflictKindSchema,
  /** Stable identity of the conflict (kind, subject, other session): what an override accepts. */
  key: z.string(),
  /** The body field it concerns, e.g. `body.artistIds.1`. */
  path: z.string(),
  /** English explanation for logs and API clients; the web app words it from the fields below. */
  message: z.string(),
  artist: NamedSchema.optional(),
  venue: NamedSchema.optional(),
  group: NamedSchema.optional(),
  otherSession: OtherSessionSchema.optional(),
  capacity: z
    .object({
      limit: z.number().int(),
      limitSource: z.enum(['session', 'venue']),
      expected: z.number().int(),
    })
    .optional(),
  /** For availability conflicts: the blackout or unavailable dates, or the windows of that day. */
  availability: z
    .object({
      code: z.string(),
      startsOn: z.string().optional(),
      endsOn: z.string().optional(),
      note: z.string().nullable().optional(),
      localDate: z.string().optional(),
      localStartsAt: z.string().optional(),
      localEndsAt: z.string().optional(),
      windowsThatDay: z
        .array(z.object({ weekday: z.number(), startsAt: z.string(), endsAt: z.string() }))
        .optional(),
    })
    .optional(),
  /** For a missing skill: the kinds the artist leads. */
  skills: z.array(SessionKindSchema).optional(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** A coordinator accepts the listed conflicts on purpose, and says why. */
export const OverrideSchema = z.strictObject({ reason: z.string().trim().min(3).max(500) });

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

const sessionFields = {
  projectId: IdSchema,
  kind: SessionKindSchema,
  title: z.string().trim().min(1).max(200).nullable().optional(),
  /** None for online sessions. */
  venueId: IdSchema.nullable().optional(),
  /** Wall-clock start in `timeZone` (the venue's zone when there is a venue). */
  startsAtLocal: LocalDateTimeSchema,
  /** Defaults to the venue's zone, or the organisation's for sessions without a venue. */
  timeZone: TimeZoneSchema.optional(),
  durationMin: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  artistIds: z.array(IdSchema).max(20).refine(uniqueIds, 'Each artist once'),
  groupIds: z.array(IdSchema).max(50).refine(uniqueIds, 'Each group once'),
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
  notes: z.string().trim().max(5000).nullable().optional(),
  status: z.enum(['planned', 'confirmed']).optional(),
};

export const SessionCreateBodySchema = z.strictObject({
  ...sessionFields,
  artistIds: sessionFields.artistIds.default([]),
  groupIds: sessionFields.groupIds.default([]),
  override: OverrideSchema.optional(),
});
export type SessionCreateBody = z.input<typeof SessionCreateBodySchema>;

/** The conflicts a session would have, without saving; `sessionId` when editing one. */
export const SessionCheckBodySchema = z.strictObject({
  ...sessionFields,
  artistIds: sessionFields.artistIds.default([]),
  groupIds: sessionFields.groupIds.default([]),
  sessionId: IdSchema.optional(),
});
export type SessionCheckBody = z.input<typeof SessionCheckBodySchema>;

export const SessionUpdateBodySchema = z.strictObject({
  kind: sessionFields.kind.optional(),
  title: sessionFields.title,
  venueId: sessionFields.venueId,
  startsAtLocal: sessionFields.startsAtLocal.optional(),
  timeZone: sessionFields.timeZone,
  durationMin: sessionFields.durationMin.optional(),
  artistIds: sessionFields.artistIds.optional(),
  groupIds: sessionFields.groupIds.optional(),
  capacity: sessionFields.capacity,
  onlineUrl: sessionFields.onlineUrl,
  notes: sessionFields.notes,
  status: sessionFields.status,
  override: OverrideSchema.optional(),
});
export type SessionUpdateBody = z.input<typeof SessionUpdateBodySchema>;

export const SessionCancelBodySchema = z.strictObject({
  reason: z.string().trim().min(3).max(500),
});

export const moveScopes = ['this', 'following'] as const;

/** Moving one session: only it, or it and the later sessions of its journey by the same shift. */
export const SessionMovePreviewBodySchema = z.strictObject({
  startsAtLocal: LocalDateTimeSchema,
  scope: z.enum(moveScopes).default('following'),
});
export const SessionMoveBodySchema = z.strictObject({
  startsAtLocal: LocalDateTimeSchema,
  scope: z.enum(moveScopes).default('following'),
  override: OverrideSchema.optional(),
});
export type SessionMoveBody = z.input<typeof SessionMoveBodySchema>;

export const SessionParamsSchema = z.strictObject({ orgId: IdSchema, sessionId: IdSchema });

export const SessionTimesSchema = z.object({
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  timeZone: z.string(),
  local: LocalSlotSchema,
  durationMin: z.number().int(),
});
export type SessionTimes = z.infer<typeof SessionTimesSchema>;

export const SessionSchema = SessionTimesSchema.extend({
  id: IdSchema,
  project: NamedSchema,
  journey: z.object({ id: IdSchema, name: z.string(), position: z.number().int() }).nullable(),
  kind: SessionKindSchema,
  title: z.string().nullable(),
  status: SessionStatusSchema,
  cancelReason: z.string().nullable(),
  venue: z
    .object({
      id: IdSchema,
      name: z.string(),
      addressLine: z.string().nullable(),
      postalCode: z.string().nullable(),
      communeName: z.string().nullable(),
      capacity: z.number().int().nullable(),
    })
    .nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int().nullable(),
  notes: z.string().nullable(),
  artists: z.array(z.object({ id: IdSchema, displayName: z.string() })),
  groups: z.array(z.object({ id: IdSchema, name: z.string() })),
  /** Shown on the organisation's public pages, at `/p/<slug>/e/<publicCode>`. */
  isPublic: z.boolean(),
  /** Given when first made public, then kept, so a printed QR code stays valid. */
  publicCode: z.string().nullable(),
  /** Conflicts a coordinator accepted: the session is flagged in lists and calendars. */
  override: z
    .object({
      conflicts: z.array(z.string()),
      reason: z.string(),
      by: z.string(),
      at: TimestampSchema,
    })
    .nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionCheckSchema = z.object({
  times: SessionTimesSchema,
  conflicts: z.array(ConflictSchema),
  /** Conflicts already accepted by the session's stored override (they do not block a save). */
  acceptedConflicts: z.array(z.string()),
});
export type SessionCheck = z.infer<typeof SessionCheckSchema>;

export const MovePreviewSchema = z.object({
  scope: z.enum(moveScopes),
  /** The shift applied to the later sessions, in wall-clock days and minutes. */
  shift: z.object({ days: z.number().int(), minutes: z.number().int() }),
  sessions: z.array(
    z.object({
      sessionId: IdSchema,
      position: z.number().int().nullable(),
      title: z.string().nullable(),
      kind: SessionKindSchema,
      status: SessionStatusSchema,
      moved: z.boolean(),
      from: SessionTimesSchema,
      to: SessionTimesSchema,
      conflicts: z.array(ConflictSchema),
      /** Days to the next session of the journey after the move, and before it. */
      spacing: z
        .object({ daysToNext: z.number().int(), daysToNextBefore: z.number().int() })
        .nullable(),
    }),
  ),
  conflictCount: z.number().int(),
});
export type MovePreview = z.infer<typeof MovePreviewSchema>;

export const MovedSessionsSchema = z.object({ items: z.array(SessionSchema) });

/** A calendar range: local dates in `timeZone`, `to` exclusive, at most 6 weeks. */
export const CalendarQuerySchema = z.strictObject({
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  projectId: IdSchema.optional(),
  venueId: IdSchema.optional(),
  artistId: IdSchema.optional(),
  groupId: IdSchema.optional(),
  journeyId: IdSchema.optional(),
  includeCancelled: z.enum(['true', 'false']).default('true'),
});
export type CalendarQuery = z.input<typeof CalendarQuerySchema>;

export const MAX_CALENDAR_DAYS = 42;

export const CalendarSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  items: z.array(SessionSchema),
  /** True when the range held more sessions than one answer carries. */
  truncated: z.boolean(),
});
export type Calendar = z.infer<typeof CalendarSchema>;
