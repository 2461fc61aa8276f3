// The journey space: a light page per journey (opened by its group's secret link, optionally
// public) with the playlist, the resources, and what each step left behind. Its items come from a
// resource library shared across the organisation's journeys.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { LocalDateSchema } from './local-time';
import { mediaKinds, mediaStatuses } from './media';
import { ConsentPurposeSchema } from './participants';
import { PublicSlugSchema } from './public-pages';
import { SessionKindSchema, SessionStatusSchema } from './sessions';

/** What a resource is, as the space groups and labels it. */
export const spaceResourceKinds = [
  'audio',
  'video',
  'photo',
  'score',
  'lyrics',
  'activity_sheet',
  'document',
] as const;
export const SpaceResourceKindSchema = z.enum(spaceResourceKinds);
export type SpaceResourceKind = z.infer<typeof SpaceResourceKindSchema>;

/** Kinds that may show people, and the consent purpose their publication needs. */
export const consentPurposeOfKind = {
  audio: 'audio_video',
  video: 'audio_video',
  photo: 'photos',
} as const satisfies Partial<Record<SpaceResourceKind, z.infer<typeof ConsentPurposeSchema>>>;
export type PeopleKind = keyof typeof consentPurposeOfKind;
export function showsPeopleKind(kind: SpaceResourceKind): kind is PeopleKind {
  return kind in consentPurposeOfKind;
}

/** Kinds a playlist plays: a file of sound or image in motion, or a link to a platform. */
export const playableKinds: readonly SpaceResourceKind[] = ['audio', 'video'];

export const spaceLicences = [
  'all_rights_reserved',
  'permission',
  'cc0',
  'cc_by',
  'cc_by_sa',
  'cc_by_nc',
  'cc_by_nc_sa',
  'cc_by_nd',
  'cc_by_nc_nd',
  'public_domain',
  'other',
] as const;
export const SpaceLicenceSchema = z.enum(spaceLicences);
export type SpaceLicence = z.infer<typeof SpaceLicenceSchema>;

/** Who a resource is for: everyone holding the link, or the group's teachers and staff. */
export const spaceAudiences = ['everyone', 'teachers'] as const;
export const SpaceAudienceSchema = z.enum(spaceAudiences);
export type SpaceAudience = z.infer<typeof SpaceAudienceSchema>;

/** Where an entry shows: in the playlist (played in order) or among the resources. */
export const spaceSections = ['playlist', 'resources'] as const;
export const SpaceSectionSchema = z.enum(spaceSections);
export type SpaceSection = z.infer<typeof SpaceSectionSchema>;

export const SpaceChapterSchema = z.strictObject({
  /** Seconds from the start of the recording. */
  startSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  title: z.string().trim().min(1).max(200),
});
export type SpaceChapter = z.infer<typeof SpaceChapterSchema>;

/** One piece of a concert's programme: its title and who wrote it (composer, lyricist, "trad."). */
export const SpaceProgrammePieceSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  credit: z.string().trim().max(200).nullable().default(null),
});
export type SpaceProgrammePiece = z.output<typeof SpaceProgrammePieceSchema>;

/** The longest lead of a live stream's link before its concert: half a day. */
export const MAX_STREAM_LEAD_MINUTES = 12 * 60;

/**
 * A concert step of a space: the live stream's link (https; shown on the concert's day from
 * `streamOpensMinutes` before it starts until it ends, on the space's clocks) and its programme.
 */
export const SpaceConcertBodySchema = z.strictObject({
  streamUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .nullable()
    .default(null),
  streamOpensMinutes: z.number().int().min(0).max(MAX_STREAM_LEAD_MINUTES).default(60),
  programme: z.array(SpaceProgrammePieceSchema).max(60).default([]),
});
export type SpaceConcertBody = z.input<typeof SpaceConcertBodySchema>;

export const SpaceConcertSchema = z.object({
  streamUrl: z.string().nullable(),
  streamOpensMinutes: z.number().int(),
  programme: z.array(z.object({ title: z.string(), credit: z.string().nullable() })),
});
export type SpaceConcert = z.infer<typeof SpaceConcertSchema>;

export const SpaceConcertParamsSchema = z.strictObject({
  orgId: IdSchema,
  journeyId: IdSchema,
  sessionId: IdSchema,
});

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

/**
 * A library resource: exactly one of a media file (uploaded through the media module), a link to
 * a public platform, or a text (lyrics typed in). `participantIds` names who it shows (audio,
 * video and photos only); it is published only while every one of them has consented.
 */
export const SpaceResourceBodySchema = z
  .strictObject({
    kind: SpaceResourceKindSchema,
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).nullable().default(null),
    mediaId: IdSchema.nullable().default(null),
    url: z
      .url({ protocol: /^https$/ })
      .max(500)
      .nullable()
      .default(null),
    text: z.string().trim().min(1).max(20_000).nullable().default(null),
    licence: SpaceLicenceSchema.default('all_rights_reserved'),
    rightsNote: z.string().trim().max(1000).nullable().default(null),
    downloadable: z.boolean().default(false),
    availableFrom: LocalDateSchema.nullable().default(null),
    availableUntil: LocalDateSchema.nullable().default(null),
    audience: SpaceAudienceSchema.default('everyone'),
    /** The session it was recorded or taken at. */
    sessionId: IdSchema.nullable().default(null),
    /** Whether it shows or lets one hear identifiable people (then name them). */
    showsPeople: z.boolean().default(false),
    participantIds: z
      .array(IdSchema)
      .max(500)
      .refine(uniqueIds, 'Each participant once')
      .default([]),
    /** For a recording: one chapter per piece, in order. */
    chapters: z.array(SpaceChapterSchema).max(100).default([]),
  })
  .superRefine((body, context) => {
    const given = (['mediaId', 'url', 'text'] as const).filter((key) => body[key] !== null);
    if (given.length !== 1) {
      context.addIssue({
        code: 'custom',
        // None: the first to give; several: the second one given, to take out.
        path: [given[1] ?? 'mediaId'],
        message: 'Exactly one of mediaId, url or text',
      });
    }
    if (body.availableFrom && body.availableUntil && body.availableUntil < body.availableFrom) {
      context.addIssue({
        code: 'custom',
        path: ['availableUntil'],
        message: 'On or after availableFrom',
      });
    }
    if ((body.showsPeople || body.participantIds.length > 0) && !showsPeopleKind(body.kind)) {
      context.addIssue({
        code: 'custom',
        path: ['showsPeople'],
        message: 'Only audio, video and photos show people',
      });
    }
    if (!body.showsPeople && body.participantIds.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['participantIds'],
        message: 'Set showsPeople to name the people it shows',
      });
    }
    const starts = body.chapters.map((chapter) => chapter.startSeconds);
    if (starts.some((start, index) => index > 0 && start <= starts[index - 1]!)) {
      context.addIssue({
        code: 'custom',
        path: ['chapters'],
        message: 'Chapters in increasing order of start',
      });
    }
  });
export type SpaceResourceBody = z.input<typeof SpaceResourceBodySchema>;

export const SpacePublicationBodySchema = z.strictObject({ published: z.boolean() });
export type SpacePublicationBody = z.infer<typeof SpacePublicationBodySchema>;

export const SpaceResourceParamsSchema = z.strictObject({ orgId: IdSchema, resourceId: IdSchema });

/** A caption track's language, as a BCP 47 tag: `fr`, `ar`, `pt-BR`. */
export const CaptionLangSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'A language tag such as fr, ar or pt-BR');
export const SpaceCaptionsParamsSchema = z.strictObject({
  orgId: IdSchema,
  resourceId: IdSchema,
  lang: CaptionLangSchema,
});
/** Caption tracks a video may have (one per language). */
export const MAX_CAPTION_TRACKS = 10;
export const SpaceCaptionsBodySchema = z.strictObject({
  /** A WebVTT file's text, checked cue by cue (errors name the line). */
  vtt: z.string().min(1).max(200_000),
});
export type SpaceCaptionsBody = z.infer<typeof SpaceCaptionsBodySchema>;

export const SpaceResourceListQuerySchema = z.strictObject({
  kind: SpaceResourceKindSchema.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/**
 * Why an item is not shown to families now. Consent reasons name the participants;
 * `people_not_named`: it shows people but nobody is named yet.
 */
export const spaceHoldReasons = [
  'not_published',
  'people_not_named',
  'consent_missing',
  'consent_withdrawn',
  'participant_erased',
  'file_not_ready',
  'file_missing',
  'not_yet_available',
  'no_longer_available',
] as const;
export const SpaceHoldReasonSchema = z.enum(spaceHoldReasons);
export type SpaceHoldReason = z.infer<typeof SpaceHoldReasonSchema>;

/** Where a participant shown in a resource stands for the consent its use needs. */
export const consentStandings = ['given', 'missing', 'withdrawn', 'anonymised'] as const;
export const ConsentStandingSchema = z.enum(consentStandings);
export type ConsentStanding = z.infer<typeof ConsentStandingSchema>;

export const SpaceResourceSchema = z.object({
  id: IdSchema,
  kind: SpaceResourceKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  source: z.discriminatedUnion('type', [
    z.object({
      type: z.literal('file'),
      /** Null when the media file was deleted since. */
      media: z
        .object({
          id: IdSchema,
          fileName: z.string(),
          kind: z.enum(mediaKinds).nullable(),
          status: z.enum(mediaStatuses),
          durationMs: z.number().int().nullable(),
          sizeBytes: z.number().int(),
        })
        .nullable(),
    }),
    z.object({
      type: z.literal('link'),
      url: z.string(),
      /** The platform, when it is one Tutti knows (its oEmbed title is then read). */
      provider: z.string().nullable(),
      embedTitle: z.string().nullable(),
      embedAuthor: z.string().nullable(),
    }),
    z.object({ type: z.literal('text'), text: z.string() }),
  ]),
  licence: SpaceLicenceSchema,
  rightsNote: z.string().nullable(),
  downloadable: z.boolean(),
  availableFrom: LocalDateSchema.nullable(),
  availableUntil: LocalDateSchema.nullable(),
  audience: SpaceAudienceSchema,
  session: z
    .object({
      id: IdSchema,
      kind: SessionKindSchema,
      title: z.string().nullable(),
      startsAt: TimestampSchema,
      timeZone: z.string(),
    })
    .nullable(),
  showsPeople: z.boolean(),
  /** The consent purpose its publication needs, when it shows people. */
  consentPurpose: ConsentPurposeSchema.nullable(),
  participants: z.array(
    z.object({
      id: IdSchema,
      firstName: z.string(),
      group: z.string(),
      isMinor: z.boolean(),
      consent: ConsentStandingSchema,
    }),
  ),
  chapters: z.array(SpaceChapterSchema),
  /** A video's caption tracks, one per language. */
  captions: z.array(z.object({ lang: z.string(), cueCount: z.number().int() })),
  published: z.boolean(),
  /** Shown to families now (published, consented, in its window, its file ready). */
  visible: z.boolean(),
  /** Why it is held back; empty when visible. */
  heldBack: z.array(SpaceHoldReasonSchema),
  /** In how many journeys' spaces it is placed. */
  journeyCount: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type SpaceResource = z.infer<typeof SpaceResourceSchema>;

/** Shared: for every journey of the same template in the same project (every group). */
export const spaceEntryScopes = ['journey', 'shared'] as const;
export const SpaceEntryScopeSchema = z.enum(spaceEntryScopes);
export type SpaceEntryScope = z.infer<typeof SpaceEntryScopeSchema>;

export const SpaceEntryCreateBodySchema = z.strictObject({
  resourceId: IdSchema,
  section: SpaceSectionSchema,
  /** The step it belongs to (shown once that step took place); null for the whole journey. */
  stepPosition: z.number().int().min(1).max(100).nullable().default(null),
  scope: SpaceEntryScopeSchema.default('journey'),
});
export type SpaceEntryCreateBody = z.input<typeof SpaceEntryCreateBodySchema>;

/** The new order of one list (a section of the whole journey or of one step). */
export const SpaceOrderBodySchema = z.strictObject({
  section: SpaceSectionSchema,
  stepPosition: z.number().int().min(1).max(100).nullable(),
  entryIds: z.array(IdSchema).min(1).max(500).refine(uniqueIds, 'Each entry once'),
});
export type SpaceOrderBody = z.infer<typeof SpaceOrderBodySchema>;

export const SpaceSettingsBodySchema = z.strictObject({
  /** A word to the group, at the top of the space. */
  welcome: z.string().trim().max(2000).nullable(),
  /**
   * An easy-to-read summary of the journey (FALC: short sentences, one idea each), shown apart on
   * the space's home; left out: unchanged.
   */
  easyRead: z.string().trim().max(3000).nullable().optional(),
  /** Also published at /p/<organisation>/parcours/<slug> for anyone (null: by the group link only). */
  publicSlug: PublicSlugSchema.nullable(),
});
export type SpaceSettingsBody = z.infer<typeof SpaceSettingsBodySchema>;

export const JourneySpaceParamsSchema = z.strictObject({ orgId: IdSchema, journeyId: IdSchema });
export const SpaceEntryParamsSchema = z.strictObject({
  orgId: IdSchema,
  journeyId: IdSchema,
  entryId: IdSchema,
});

export const SpaceEntrySchema = z.object({
  id: IdSchema,
  section: SpaceSectionSchema,
  scope: SpaceEntryScopeSchema,
  stepPosition: z.number().int().nullable(),
  position: z.number().int(),
  resource: SpaceResourceSchema,
  /** Shown in this journey's space now: the resource is visible and its step took place. */
  shown: z.boolean(),
});
export type SpaceEntry = z.infer<typeof SpaceEntrySchema>;

export const JourneySpaceSchema = z.object({
  journey: z.object({
    id: IdSchema,
    name: z.string(),
    group: z.object({ id: IdSchema, name: z.string() }),
    template: z.object({ id: IdSchema, name: z.string() }).nullable(),
    /** Journeys sharing its shared entries (same template and project), itself included. */
    sharedWith: z.number().int(),
  }),
  welcome: z.string().nullable(),
  easyRead: z.string().nullable(),
  publicSlug: z.string().nullable(),
  /** The public page when `publicSlug` is set and the organisation publishes. */
  publicUrl: z.string().nullable(),
  /** The group's current secret link to the space, if the group has one. */
  groupUrl: z.string().nullable(),
  steps: z.array(
    z.object({
      sessionId: IdSchema,
      position: z.number().int(),
      kind: SessionKindSchema,
      title: z.string().nullable(),
      status: SessionStatusSchema,
      startsAt: TimestampSchema,
      timeZone: z.string(),
      tookPlace: z.boolean(),
      /** A concert step's live stream and programme; null for other steps. */
      concert: SpaceConcertSchema.nullable(),
    }),
  ),
  entries: z.array(SpaceEntrySchema),
});
export type JourneySpace = z.infer<typeof JourneySpaceSchema>;

export const SpaceSettingsSchema = z.object({
  welcome: z.string().nullable(),
  easyRead: z.string().nullable(),
  publicSlug: z.string().nullable(),
});

// --- A session's recordings, added by its artist ------------------------------------------------

export const SessionRecordingParamsSchema = z.strictObject({
  orgId: IdSchema,
  sessionId: IdSchema,
});

/**
 * The recording of a session one led: a media file uploaded with the resumable upload (use
 * `recording`), placed in the playlist of the journey's space at the session's step. It shows
 * people: name them; it is shown once the session took place and each of them consented.
 */
export const SessionRecordingBodySchema = z.strictObject({
  mediaId: IdSchema,
  kind: z.enum(['audio', 'video']),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullable().default(null),
  /** Who it shows or lets one hear, among the journey's group. */
  participantIds: z.array(IdSchema).max(500).refine(uniqueIds, 'Each participant once').default([]),
  /** One chapter per piece, in order. */
  chapters: z
    .array(SpaceChapterSchema)
    .max(100)
    .default([])
    .refine(
      (chapters) =>
        chapters.every(
          (chapter, index) =>
            index === 0 || chapter.startSeconds > chapters[index - 1]!.startSeconds,
        ),
      'Chapters in increasing order of start',
    ),
});
export type SessionRecordingBody = z.input<typeof SessionRecordingBodySchema>;

/** A session's recordings in its journey's space, and whom the artist may name in a new one. */
export const SessionRecordingsSchema = z.object({
  session: z.object({
    id: IdSchema,
    journey: z.object({ id: IdSchema, name: z.string(), group: z.string() }),
    stepPosition: z.number().int(),
    /** Recordings show only once the session took place (done, or ended and not cancelled). */
    tookPlace: z.boolean(),
  }),
  /** The journey's group, to name who a recording shows (last names as an initial). */
  participants: z.array(z.object({ id: IdSchema, firstName: z.string(), lastInitial: z.string() })),
  recordings: z.array(
    z.object({
      id: IdSchema,
      kind: SpaceResourceKindSchema,
      title: z.string(),
      fileStatus: z.enum(mediaStatuses).nullable(),
      participantCount: z.number().int(),
      addedByMe: z.boolean(),
      /** Shown to the families now. */
      shown: z.boolean(),
      /** Why not yet (the session's own wait apart: see `session.tookPlace`). */
      heldBack: z.array(SpaceHoldReasonSchema),
      createdAt: TimestampSchema,
    }),
  ),
});
export type SessionRecordings = z.infer<typeof SessionRecordingsSchema>;
