// Choirs: sites, voice parts and sections, seasons, members, rehearsals and the offline
// attendance mark. Views (readiness, a singer's page, the checking queue) are in choir-views.ts.
import { z } from 'zod';
import { AttendanceStatusSchema } from './attendance';
import { IdSchema, LocaleSchema, OrgParamsSchema, TimestampSchema } from './common';
import { AgeBandSchema } from './groups';
import { LocalDateSchema, LocalTimeSchema } from './local-time';
import { defineOperationSchema } from './offline';

/** The usual parts of a mixed choir, in score order; a choir may add its own (youth levels). */
export const standardVoiceParts = ['S1', 'S2', 'A1', 'A2', 'T1', 'T2', 'B1', 'B2'] as const;
export const choirContactChannels = ['email', 'none'] as const;
export const choirRehearsalKinds = ['rehearsal', 'makeup', 'concert'] as const;
export const choirRehearsalStatuses = ['planned', 'cancelled'] as const;
export const choirRsvpAnswers = ['yes', 'maybe', 'no'] as const;
export const ChoirRsvpAnswerSchema = z.enum(choirRsvpAnswers);
export type ChoirRsvpAnswer = z.infer<typeof ChoirRsvpAnswerSchema>;
export const choirRights = ['public_domain', 'protected'] as const;
export const choirTrackMixes = ['full_mix', 'part_emphasised', 'part_alone'] as const;
export const choirLearningStatuses = ['learning', 'ready_for_check', 'ready'] as const;
export const ChoirLearningStatusSchema = z.enum(choirLearningStatuses);
export type ChoirLearningStatus = z.infer<typeof ChoirLearningStatusSchema>;
export const choirRecordingReviews = ['pending', 'approved', 'redo'] as const;

const Name = z.string().trim().min(1).max(200);
const Text = z.string().trim().max(4000);

export const ChoirParamsSchema = OrgParamsSchema.extend({ choirId: IdSchema });
export const ChoirRehearsalParamsSchema = ChoirParamsSchema.extend({ rehearsalId: IdSchema });
export const ChoirPieceParamsSchema = ChoirParamsSchema.extend({ pieceId: IdSchema });
export const ChoirRecordingParamsSchema = ChoirParamsSchema.extend({ choirRecordingId: IdSchema });
/** A singer's recording while its bytes arrive (tus HEAD and PATCH). */
export const ChoirUploadParamsSchema = ChoirParamsSchema.extend({ mediaId: IdSchema });
export const ChoirSeasonQuerySchema = z.strictObject({ seasonId: IdSchema.optional() });

export const ChoirPartBodySchema = z.strictObject({
  code: z.string().trim().min(1).max(12),
  name: Name,
  minSingers: z.number().int().min(0).max(500).default(0),
});

export const ChoirPartParamsSchema = ChoirParamsSchema.extend({ partId: IdSchema });
export const ChoirPartUpdateBodySchema = z.strictObject({
  name: Name.optional(),
  minSingers: z.number().int().min(0).max(500).optional(),
  /** The section leader, a member of the choir; null: none. */
  leaderMemberId: IdSchema.nullable().optional(),
});

export const ChoirCreateBodySchema = z.strictObject({
  name: Name,
  description: Text.nullable().default(null),
  sites: z
    .array(z.strictObject({ name: Name, venueId: IdSchema.nullable().default(null) }))
    .min(1)
    .max(20),
  /** Omitted: the eight standard parts. */
  parts: z.array(ChoirPartBodySchema).min(1).max(30).optional(),
});
export type ChoirCreateBody = z.input<typeof ChoirCreateBodySchema>;

export const ChoirSeasonBodySchema = z.strictObject({
  name: Name,
  startsOn: LocalDateSchema,
  endsOn: LocalDateSchema,
  projectId: IdSchema.nullable().default(null),
});

export const ChoirMemberBodySchema = z.strictObject({
  /** An existing participant of the organisation, or a new one from the fields below. */
  participantId: IdSchema.optional(),
  firstName: Name.optional(),
  lastName: Name.nullable().optional(),
  ageBand: AgeBandSchema.optional(),
  siteId: IdSchema,
  partId: IdSchema,
  userId: IdSchema.nullable().default(null),
  guestSeasonId: IdSchema.nullable().default(null),
  contactBy: z.enum(choirContactChannels).default('none'),
  contactEmail: z.string().trim().toLowerCase().max(254).check(z.email()).nullable().default(null),
  /** The language of the choir's messages, when known (else the account's, else French). */
  locale: LocaleSchema.nullable().default(null),
});
export type ChoirMemberBody = z.input<typeof ChoirMemberBodySchema>;

/**
 * A singer moves to another part or site, leaves the choir (`active: false`, on `leftOn`, today
 * when not given and never a later day: their history is kept until the participants' retention
 * rule ends it; they no longer reach their page, their part's feed, its recordings or the
 * choir's messages, and no longer lead a part) or comes back (`active: true`).
 */
export const ChoirMemberUpdateBodySchema = z
  .strictObject({
    partId: IdSchema.optional(),
    siteId: IdSchema.optional(),
    active: z.boolean().optional(),
    leftOn: LocalDateSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Say what changes', path: [] })
  .refine((body) => body.leftOn === undefined || body.active === false, {
    message: 'A day of leaving goes with active: false',
    path: ['leftOn'],
  });
export type ChoirMemberUpdateBody = z.input<typeof ChoirMemberUpdateBodySchema>;

export const ChoirPieceBodySchema = z.strictObject({
  seasonId: IdSchema,
  title: Name,
  composer: Name.nullable().default(null),
  edition: Name.nullable().default(null),
  rights: z.enum(choirRights),
  scoreFileId: IdSchema.nullable().default(null),
  lyrics: z.string().max(20_000).nullable().default(null),
});

export const ChoirTrackBodySchema = z.strictObject({
  partId: IdSchema.nullable(),
  mix: z.enum(choirTrackMixes),
  fileId: IdSchema,
});

export const ChoirDivisiBodySchema = z.strictObject({ memberId: IdSchema, partId: IdSchema });

export const ChoirSeriesBodySchema = z.strictObject({
  seasonId: IdSchema,
  siteId: IdSchema.nullable(),
  /** RFC 5545 RRULE, weekly or monthly with its days: `FREQ=WEEKLY;BYDAY=TU`. */
  rule: z.string().trim().min(1).max(300),
  startTime: LocalTimeSchema,
  durationMin: z.number().int().min(15).max(600),
  firstOn: LocalDateSchema,
  untilOn: LocalDateSchema,
  exceptOn: z.array(LocalDateSchema).max(100).default([]),
});
export type ChoirSeriesBody = z.input<typeof ChoirSeriesBodySchema>;

/** A make-up rehearsal or a concert outside any series. */
export const ChoirRehearsalBodySchema = z.strictObject({
  seasonId: IdSchema,
  siteId: IdSchema.nullable(),
  kind: z.enum(choirRehearsalKinds),
  startsAt: TimestampSchema,
  durationMin: z.number().int().min(15).max(600),
  sessionId: IdSchema.nullable().default(null),
  note: Text.nullable().default(null),
});

/** An exception to a series: cancelled, moved, or a note. */
export const ChoirRehearsalUpdateBodySchema = z.strictObject({
  status: z.enum(choirRehearsalStatuses).optional(),
  startsAt: TimestampSchema.optional(),
  note: Text.nullable().optional(),
});

export const ChoirRsvpBodySchema = z.strictObject({ answer: ChoirRsvpAnswerSchema });
export const ChoirLearningBodySchema = z.strictObject({ status: ChoirLearningStatusSchema });
export const ChoirReviewBodySchema = z.strictObject({
  review: z.enum(['approved', 'redo']),
  comment: Text.nullable().default(null),
});

/** A singer marked present, absent or excused at a rehearsal, from a phone, maybe offline. */
export const ChoirAttendanceOperationSchema = defineOperationSchema('choirs.attend', {
  rehearsalId: IdSchema,
  memberId: IdSchema,
  status: AttendanceStatusSchema,
});
export type ChoirAttendanceOperation = z.input<typeof ChoirAttendanceOperationSchema>;

export const ChoirCreatedSchema = z.object({ id: IdSchema });
export const ChoirRehearsalsCreatedSchema = z.object({
  seriesId: IdSchema,
  rehearsals: z.number().int(),
});
