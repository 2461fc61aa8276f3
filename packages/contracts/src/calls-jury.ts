// What jurors read and write (blind: applicant codes, never names), the chair's ranking and
// calibration, and what an applicant without an account reads and writes.
import { z } from 'zod';
import {
  applicationStatuses,
  CallCriterionSchema,
  CallDecisionSchema,
  CallPartSchema,
  CallPhaseSchema,
  CallRecordingSpecSchema,
  LocalisedTextSchema,
  RecordingDaySchema,
} from './calls';
import { IdSchema, LocaleSchema, OrgParamsSchema, TimestampSchema } from './common';

/** Scores are 0–10 per criterion; the recording quality mark 0–5, apart from the music. */
export const ScoreValueSchema = z.number().min(0).max(10).multipleOf(0.5);
export const RecordingQualitySchema = z.number().int().min(0).max(5);

export const JuryCallSchema = z.object({
  id: IdSchema,
  title: LocalisedTextSchema,
  phase: CallPhaseSchema,
  criteria: z.array(CallCriterionSchema),
  recordings: z.array(CallRecordingSpecSchema),
  parts: z.array(CallPartSchema),
  revisionUntil: TimestampSchema.nullable(),
  scoresLocked: z.boolean(),
  assigned: z.number().int(),
  submitted: z.number().int(),
});
export const JuryCallListSchema = z.object({ items: z.array(JuryCallSchema) });

export const juryItemStates = ['todo', 'draft', 'submitted', 'recused'] as const;
export const JuryQueueItemSchema = z.object({
  applicationId: IdSchema,
  code: z.string(),
  part: z.string().nullable(),
  state: z.enum(juryItemStates),
  /** The juror's own weighted total, once scored. */
  total: z.number().nullable(),
});
export const JuryQueueSchema = z.object({
  call: JuryCallSchema,
  items: z.array(JuryQueueItemSchema),
});
export type JuryQueue = z.infer<typeof JuryQueueSchema>;

export const JuryScoreSchema = z.object({
  scores: z.record(z.string(), ScoreValueSchema),
  recordingQuality: RecordingQualitySchema.nullable(),
  /** Private: only its juror ever reads it (and the applicant, on a request for their data). */
  note: z.string().nullable(),
  submittedAt: TimestampSchema.nullable(),
  total: z.number().nullable(),
});

/** One application as a juror sees it: its code, answers marked visible, cleaned recordings. */
export const JuryApplicationSchema = z.object({
  applicationId: IdSchema,
  code: z.string(),
  part: z.string().nullable(),
  answers: z.array(z.object({ key: z.string(), label: LocalisedTextSchema, value: z.string() })),
  recordings: z.array(
    z.object({
      id: IdSchema,
      key: z.string(),
      label: LocalisedTextSchema,
      durationMs: z.number().int().nullable(),
      ready: z.boolean(),
    }),
  ),
  state: z.enum(juryItemStates),
  myScore: JuryScoreSchema.nullable(),
});
export type JuryApplication = z.infer<typeof JuryApplicationSchema>;

export const JuryApplicationParamsSchema = OrgParamsSchema.extend({
  callId: IdSchema,
  applicationId: IdSchema,
});
export const JuryRecordingParamsSchema = OrgParamsSchema.extend({ recordingId: IdSchema });

export const JuryScoreBodySchema = z.strictObject({
  scores: z.record(z.string(), ScoreValueSchema),
  recordingQuality: RecordingQualitySchema.nullable().optional(),
  note: z.string().trim().max(4000).nullable().optional(),
  /** Submit (the scores then count); a draft is kept for the juror only. */
  submit: z.boolean().default(false),
});
export type JuryScoreBody = z.infer<typeof JuryScoreBodySchema>;

export const RecusalBodySchema = z.strictObject({ reason: z.string().trim().min(3).max(500) });

/** The other jurors' scores, readable once one's own are submitted. */
export const PeerScoresSchema = z.object({
  items: z.array(
    z.object({
      juror: z.string(),
      scores: z.record(z.string(), z.number()),
      recordingQuality: z.number().nullable(),
      total: z.number().nullable(),
    }),
  ),
});

/** The chair's ranking: per part, mean of normalised totals, spread, flags. */
export const RankingItemSchema = z.object({
  applicationId: IdSchema,
  code: z.string(),
  name: z.string(),
  part: z.string().nullable(),
  rank: z.number().int(),
  /** Ties share a rank and are flagged. */
  tied: z.boolean(),
  mean: z.number().nullable(),
  /** Mean of each juror's z-score of this application's total. */
  normalised: z.number().nullable(),
  spread: z.number().nullable(),
  disagreement: z.boolean(),
  scoreCount: z.number().int(),
  recordingQuality: z.number().nullable(),
  independent: z.record(z.string(), z.number()),
  shortlisted: z.boolean().nullable(),
  decision: CallDecisionSchema.nullable(),
});
export const RankingSchema = z.object({
  parts: z.array(
    z.object({
      part: z.string().nullable(),
      places: z.number().int().nullable(),
      selected: z.number().int(),
      waiting: z.number().int(),
      items: z.array(RankingItemSchema),
    }),
  ),
});
export type Ranking = z.infer<typeof RankingSchema>;

export const CalibrationSchema = z.object({
  jurors: z.array(
    z.object({
      userId: IdSchema,
      displayName: z.string(),
      count: z.number().int(),
      mean: z.number().nullable(),
      sd: z.number().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      /** Totals in buckets of one point, 0–10. */
      histogram: z.array(z.number().int()),
    }),
  ),
});

export const RankingQuerySchema = z.strictObject({
  /** Disagreement: the spread of totals (0–10) at or above this. */
  disagreementAt: z.coerce.number().min(0).max(10).default(2.5),
});
export const CallExportQuerySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: LocaleSchema.default('fr'),
});

// ——— Applicants, without an account (guest access of scope `applicant`) ———

export const ApplicantOverviewSchema = z.object({
  organisation: z.object({ name: z.string() }),
  email: z.string(),
  openCalls: z.array(
    z.object({
      id: IdSchema,
      publicCode: z.string(),
      title: LocalisedTextSchema,
      closesAt: z.string(),
      timeZone: z.string(),
    }),
  ),
  applications: z.array(
    z.object({
      id: IdSchema,
      callId: IdSchema,
      title: LocalisedTextSchema,
      code: z.string(),
      status: z.enum(applicationStatuses),
      submittedAt: TimestampSchema.nullable(),
      /** Shown once the call's decisions are notified. */
      decision: CallDecisionSchema.nullable(),
    }),
  ),
});
export type ApplicantOverview = z.infer<typeof ApplicantOverviewSchema>;

export const ApplicantApplicationSchema = z.object({
  id: IdSchema,
  code: z.string(),
  status: z.enum(applicationStatuses),
  name: z.string(),
  locale: LocaleSchema,
  part: z.string().nullable(),
  answers: z.record(z.string(), z.string()),
  submittedAt: TimestampSchema.nullable(),
  decision: CallDecisionSchema.nullable(),
  call: z.object({
    id: IdSchema,
    title: LocalisedTextSchema,
    eligibility: LocalisedTextSchema,
    closesAt: z.string(),
    timeZone: z.string(),
    open: z.boolean(),
    fields: z.array(
      z.object({
        key: z.string(),
        type: z.string(),
        label: LocalisedTextSchema,
        required: z.boolean(),
        options: z.array(z.string()),
      }),
    ),
    parts: z.array(CallPartSchema),
  }),
  recordings: z.array(
    z.object({
      key: z.string(),
      label: LocalisedTextSchema,
      maxSeconds: z.number().int(),
      required: z.boolean(),
      /** null: nothing sent yet. */
      status: z
        .enum(['uploading', 'processing', 'ready', 'rejected', 'failed', 'tooLong'])
        .nullable(),
      durationMs: z.number().int().nullable(),
    }),
  ),
  /** A supervised recording day proposed on a tour stop near the applicant (null: none). */
  recordingDay: RecordingDaySchema.nullable(),
  /** The applicant has no place to record and asks for a supervised recording day. */
  needsRecordingDay: z.boolean(),
  /** The commune they live in, as understood from what they typed (null: not given). */
  commune: z.object({ code: z.string(), name: z.string() }).nullable(),
});
export type ApplicantApplication = z.infer<typeof ApplicantApplicationSchema>;

export const ApplicantParamsSchema = z.strictObject({ applicationId: IdSchema });
export const ApplicantRecordingParamsSchema = ApplicantParamsSchema.extend({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
});
export const ApplicantUploadParamsSchema = ApplicantParamsSchema.extend({ mediaId: IdSchema });
export const ApplicantStartBodySchema = z.strictObject({ callId: IdSchema });
export const ApplicantUpdateBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(160).optional(),
  locale: LocaleSchema.optional(),
  part: z.string().max(40).nullable().optional(),
  answers: z.record(z.string().max(40), z.string().max(4000)).optional(),
  /** No place to record: a commune is then required (400 naming body.commune otherwise). */
  needsRecordingDay: z.boolean().optional(),
  /** A commune's name, postal code or INSEE code (400 CALL.UNKNOWN_COMMUNE); null clears it. */
  commune: z.string().trim().max(120).nullable().optional(),
});
export type ApplicantUpdateBody = z.infer<typeof ApplicantUpdateBodySchema>;

/** What the law lets an applicant read once the results are sent: scores and jurors' comments. */
export const ApplicantDataSchema = z.object({
  code: z.string(),
  decision: CallDecisionSchema.nullable(),
  decisionReason: z.string().nullable(),
  evaluations: z.array(
    z.object({
      juror: z.string(),
      scores: z.record(z.string(), z.number()),
      recordingQuality: z.number().nullable(),
      total: z.number().nullable(),
      comment: z.string().nullable(),
    }),
  ),
});
export type ApplicantData = z.infer<typeof ApplicantDataSchema>;
