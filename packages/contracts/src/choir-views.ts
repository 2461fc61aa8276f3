// What the choir pages read: the conductor's overview (roster by part and site), the rehearsals
// with RSVPs and predicted attendance, the readiness grid, a singer's own page and a section
// leader's checking queue.
import { z } from 'zod';
import { AttendanceStatusSchema } from './attendance';
import {
  ChoirLearningStatusSchema,
  ChoirRsvpAnswerSchema,
  choirContactChannels,
  choirRecordingReviews,
  choirRehearsalKinds,
  choirRehearsalStatuses,
  choirRights,
  choirTrackMixes,
} from './choirs';
import { IdSchema, LocaleSchema, TimestampSchema } from './common';
import { AgeBandSchema } from './groups';

const Rate = z.number().min(0).max(1).nullable();

export const ChoirSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  members: z.number().int(),
  /** The member the signed-in account is, if any; section leaders lead `leads` parts. */
  myMemberId: IdSchema.nullable(),
  leads: z.array(IdSchema),
  /** Whether the account may read the whole choir (conductor, coordinators). */
  conducts: z.boolean(),
});

export const ChoirSeasonSchema = z.object({
  id: IdSchema,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  projectId: IdSchema.nullable(),
});

export const ChoirPartSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  minSingers: z.number().int(),
  leader: z.object({ memberId: IdSchema, name: z.string() }).nullable(),
  members: z.number().int(),
  attendanceRate: Rate,
});

export const ChoirSiteSchema = z.object({
  id: IdSchema,
  name: z.string(),
  venueId: IdSchema.nullable(),
  venueName: z.string().nullable(),
  groupId: IdSchema,
  members: z.number().int(),
});

export const ChoirMemberSchema = z.object({
  id: IdSchema,
  participantId: IdSchema,
  firstName: z.string(),
  lastName: z.string().nullable(),
  ageBand: AgeBandSchema,
  siteId: IdSchema,
  partId: IdSchema,
  guest: z.boolean(),
  hasAccount: z.boolean(),
  attendanceRate: Rate,
  /** Contact preferences: how the choir's messages reach the singer, and in which language. */
  contactBy: z.enum(choirContactChannels),
  contactEmail: z.string().nullable(),
  locale: LocaleSchema.nullable(),
});

export const ChoirSchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string().nullable(),
  seasons: z.array(ChoirSeasonSchema),
  season: ChoirSeasonSchema.nullable(),
  sites: z.array(ChoirSiteSchema),
  parts: z.array(ChoirPartSchema),
  members: z.array(ChoirMemberSchema),
  ageBands: z.array(z.object({ ageBand: AgeBandSchema, members: z.number().int() })),
  /** Singers who left (newest first), kept for the choir's history until retention ends it. */
  left: z.array(
    z.object({
      id: IdSchema,
      firstName: z.string(),
      lastName: z.string().nullable(),
      partId: IdSchema,
      leftOn: z.string().nullable(),
    }),
  ),
});
export type Choir = z.infer<typeof ChoirSchema>;

export const ChoirRehearsalSchema = z.object({
  id: IdSchema,
  kind: z.enum(choirRehearsalKinds),
  status: z.enum(choirRehearsalStatuses),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  siteId: IdSchema.nullable(),
  seriesId: IdSchema.nullable(),
  sessionId: IdSchema.nullable(),
  note: z.string().nullable(),
  expected: z.number().int(),
  rsvp: z.object({ yes: z.number().int(), maybe: z.number().int(), no: z.number().int() }),
  /** Marks taken, once the rehearsal was held. */
  attendance: z
    .object({ present: z.number().int(), absent: z.number().int(), excused: z.number().int() })
    .nullable(),
  /** Singers expected per part: RSVPs first, then each singer's past attendance. */
  predicted: z.array(
    z.object({ partId: IdSchema, expected: z.number().int(), predicted: z.number() }),
  ),
});
export type ChoirRehearsal = z.infer<typeof ChoirRehearsalSchema>;

export const ChoirRehearsalListQuerySchema = z.strictObject({
  seasonId: IdSchema.optional(),
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

export const ChoirRosterSchema = z.object({
  rehearsal: ChoirRehearsalSchema.omit({ predicted: true }),
  parts: z.array(z.object({ id: IdSchema, code: z.string(), name: z.string() })),
  sites: z.array(z.object({ id: IdSchema, name: z.string() })),
  /** The parts the signed-in account leads, whose singers its list shows first. */
  leads: z.array(IdSchema),
  singers: z.array(
    z.object({
      memberId: IdSchema,
      firstName: z.string(),
      lastName: z.string().nullable(),
      partId: IdSchema,
      siteId: IdSchema,
      rsvp: ChoirRsvpAnswerSchema.nullable(),
      status: AttendanceStatusSchema.nullable(),
    }),
  ),
});
export type ChoirRoster = z.infer<typeof ChoirRosterSchema>;

export const ChoirReadinessSchema = z.object({
  seasonId: IdSchema.nullable(),
  nextConcert: z.object({ id: IdSchema, startsAt: TimestampSchema }).nullable(),
  pieces: z.array(z.object({ id: IdSchema, title: z.string() })),
  sites: z.array(z.object({ id: IdSchema, name: z.string(), rehearsalsLeft: z.number().int() })),
  parts: z.array(z.object({ id: IdSchema, code: z.string(), minSingers: z.number().int() })),
  cells: z.array(
    z.object({
      pieceId: IdSchema,
      partId: IdSchema,
      siteId: IdSchema,
      singers: z.number().int(),
      ready: z.number().int(),
      readyForCheck: z.number().int(),
      learning: z.number().int(),
      checked: z.number().int(),
      attendanceRate: Rate,
      readyShare: Rate,
    }),
  ),
  /** A part with fewer singers ready on a piece than it needs before the next concert. */
  alerts: z.array(
    z.object({
      pieceId: IdSchema,
      partId: IdSchema,
      ready: z.number().int(),
      minSingers: z.number().int(),
    }),
  ),
});
export type ChoirReadiness = z.infer<typeof ChoirReadinessSchema>;

export const ChoirTrackSchema = z.object({
  id: IdSchema,
  mix: z.enum(choirTrackMixes),
  partId: IdSchema.nullable(),
  partCode: z.string().nullable(),
  fileId: IdSchema,
  fileName: z.string(),
  durationMs: z.number().int().nullable(),
  /** Published: its bytes can be played (a new upload is processed first). */
  ready: z.boolean(),
  /** A light rendition exists (Opus, loudness-normalised): what a phone plays. */
  light: z.boolean(),
});
export type ChoirTrack = z.infer<typeof ChoirTrackSchema>;

export const ChoirRecordingSchema = z.object({
  id: IdSchema,
  pieceId: IdSchema,
  fileId: IdSchema,
  singerNote: z.string().nullable(),
  review: z.enum(choirRecordingReviews),
  comment: z.string().nullable(),
  createdAt: TimestampSchema,
});

export const ChoirPieceSchema = z.object({
  id: IdSchema,
  seasonId: IdSchema,
  title: z.string(),
  composer: z.string().nullable(),
  edition: z.string().nullable(),
  rights: z.enum(choirRights),
  scoreFileId: IdSchema.nullable(),
  lyrics: z.string().nullable(),
  tracks: z.array(ChoirTrackSchema),
});

export const ChoirMyPageSchema = z.object({
  member: z.object({
    id: IdSchema,
    firstName: z.string(),
    partId: IdSchema,
    partCode: z.string(),
    partName: z.string(),
    siteId: IdSchema,
    siteName: z.string(),
    leads: z.array(IdSchema),
    /** How the choir's messages reach me (PUT …/me/contact changes it). */
    contactBy: z.enum(choirContactChannels),
    contactEmail: z.string().nullable(),
    locale: LocaleSchema.nullable(),
  }),
  rehearsals: z.array(
    ChoirRehearsalSchema.pick({
      id: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      siteId: true,
      note: true,
    }).extend({
      siteName: z.string().nullable(),
      myAnswer: ChoirRsvpAnswerSchema.nullable(),
    }),
  ),
  pieces: z.array(
    ChoirPieceSchema.extend({
      /** The part sung on this piece (the primary part, or a divisi exception). */
      myPartId: IdSchema,
      myPartCode: z.string(),
      status: ChoirLearningStatusSchema.nullable(),
      recordings: z.array(ChoirRecordingSchema),
    }),
  ),
});
export type ChoirMyPage = z.infer<typeof ChoirMyPageSchema>;

export const ChoirQueueItemSchema = ChoirRecordingSchema.extend({
  pieceTitle: z.string(),
  member: z.object({ id: IdSchema, firstName: z.string(), lastName: z.string().nullable() }),
  partCode: z.string(),
  siteName: z.string(),
});
export type ChoirQueueItem = z.infer<typeof ChoirQueueItemSchema>;
export const ChoirQueueSchema = z.object({ items: z.array(ChoirQueueItemSchema) });

/** The learning grid of one part: which part (else the first the account may read), one season. */
export const ChoirLearningGridQuerySchema = z.strictObject({
  seasonId: IdSchema.optional(),
  partId: IdSchema.optional(),
});

/**
 * Singer × piece for one voice part: each cell the singer's own learning status on the piece
 * (as they set it on their page; null when they have not said). Conductors read every part,
 * a section leader the parts they lead.
 */
export const ChoirLearningGridSchema = z.object({
  seasonId: IdSchema.nullable(),
  /** The parts the account may read, and the one shown. */
  parts: z.array(z.object({ id: IdSchema, code: z.string(), name: z.string() })),
  partId: IdSchema.nullable(),
  pieces: z.array(z.object({ id: IdSchema, title: z.string() })),
  singers: z.array(
    z.object({
      memberId: IdSchema,
      firstName: z.string(),
      lastName: z.string().nullable(),
      siteName: z.string(),
      /** One per piece, in the order of `pieces`. */
      statuses: z.array(ChoirLearningStatusSchema.nullable()),
    }),
  ),
});
export type ChoirLearningGrid = z.infer<typeof ChoirLearningGridSchema>;
