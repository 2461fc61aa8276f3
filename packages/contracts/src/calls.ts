// Calls for applications: the call (texts, form, recordings, criteria, dates in a time zone), and
// the shapes its coordinators and chair read. Applicants' and jurors' shapes: calls-jury.ts.
import { z } from 'zod';
import { PlaceCommuneCodeSchema } from './address';
import {
  EmailSchema,
  IdSchema,
  type Locale,
  LocaleSchema,
  OrgParamsSchema,
  TimestampSchema,
} from './common';
import { accessBands, PeopleCountSchema, priorityCategories } from './impact';
import { LocalDateTimeSchema, TimeZoneSchema } from './local-time';

/** draft → published (open between its dates) → preselection → meeting → decided. */
export const callPhases = ['draft', 'published', 'preselection', 'meeting', 'decided'] as const;
export const CallPhaseSchema = z.enum(callPhases);
export type CallPhase = z.infer<typeof CallPhaseSchema>;

export const callFieldTypes = ['text', 'longText', 'email', 'phone', 'date', 'choice'] as const;
/** Per form field: shown to jurors, or hidden from them in every blind phase. */
export const callFieldVisibilities = ['jurors', 'hidden'] as const;
export const callDecisions = ['selected', 'waiting', 'declined'] as const;
export const CallDecisionSchema = z.enum(callDecisions);
export type CallDecision = z.infer<typeof CallDecisionSchema>;
export const applicationStatuses = ['draft', 'submitted', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** A text in French, and in English and German when given (French is shown when absent). */
export const LocalisedTextSchema = z.strictObject({
  fr: z.string().trim().min(1).max(4000),
  en: z.string().trim().max(4000).optional(),
  de: z.string().trim().max(4000).optional(),
});
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;
/** The text in `lang`, else French. */
export function textIn(text: LocalisedText, lang: Locale) {
  return text[lang] || text.fr;
}
/** A title or a label in French, and in English and German when given. */
export const LocalisedShortTextSchema = z.strictObject({
  fr: z.string().trim().min(1).max(200),
  en: z.string().trim().max(200).optional(),
  de: z.string().trim().max(200).optional(),
});

const KeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Lower-case letters, digits and _ (starting with a letter)');

export const CallFieldSchema = z.strictObject({
  key: KeySchema,
  type: z.enum(callFieldTypes),
  label: LocalisedShortTextSchema,
  required: z.boolean().default(false),
  visibility: z.enum(callFieldVisibilities).default('hidden'),
  /** The choices of a `choice` field. */
  options: z.array(z.string().trim().min(1).max(120)).max(40).default([]),
});
export type CallField = z.infer<typeof CallFieldSchema>;

/** A recording the application must hold: "range test, at most 1'20"". */
export const CallRecordingSpecSchema = z.strictObject({
  key: KeySchema,
  label: LocalisedShortTextSchema,
  maxSeconds: z.number().int().min(10).max(1800),
  required: z.boolean().default(true),
});
export type CallRecordingSpec = z.infer<typeof CallRecordingSpecSchema>;

/** Scored 0–10; `independent` criteria are shown apart and never count in the total. */
export const CallCriterionSchema = z.strictObject({
  key: KeySchema,
  label: LocalisedShortTextSchema,
  weight: z.number().int().min(0).max(100),
  independent: z.boolean().default(false),
});
export type CallCriterion = z.infer<typeof CallCriterionSchema>;

/** Places sought per voice part or section, for the complementarity view. */
export const CallPartSchema = z.strictObject({
  key: KeySchema,
  label: LocalisedShortTextSchema,
  places: z.number().int().min(0).max(1000),
});
export type CallPart = z.infer<typeof CallPartSchema>;

const uniqueKeys =
  (what: string) => (items: { key: string }[], context: z.RefinementCtx<{ key: string }[]>) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.key))
        context.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `Two ${what} share this key`,
        });
      seen.add(item.key);
    });
  };

export const CallBodySchema = z.strictObject({
  title: LocalisedShortTextSchema,
  description: LocalisedTextSchema,
  eligibility: LocalisedTextSchema,
  timeZone: TimeZoneSchema,
  /** Local date and time in `timeZone`. */
  opensAt: LocalDateTimeSchema,
  closesAt: LocalDateTimeSchema,
  fields: z.array(CallFieldSchema).max(40).superRefine(uniqueKeys('fields')),
  recordings: z.array(CallRecordingSpecSchema).max(10).superRefine(uniqueKeys('recordings')),
  criteria: z.array(CallCriterionSchema).min(1).max(12).superRefine(uniqueKeys('criteria')),
  parts: z.array(CallPartSchema).max(30).superRefine(uniqueKeys('parts')),
  /** Recordings are deleted this many months after the results. */
  retentionMonths: z.number().int().min(1).max(60).default(6),
});
export type CallBody = z.infer<typeof CallBodySchema>;
export const CallUpdateBodySchema = CallBodySchema.partial();
export type CallUpdateBody = z.infer<typeof CallUpdateBodySchema>;

export const CallJurorSchema = z.object({
  userId: IdSchema,
  displayName: z.string(),
  assigned: z.number().int(),
  submitted: z.number().int(),
  recusals: z.number().int(),
});

export const CallSchema = z.object({
  id: IdSchema,
  publicCode: z.string(),
  title: LocalisedTextSchema,
  description: LocalisedTextSchema,
  eligibility: LocalisedTextSchema,
  timeZone: z.string(),
  opensAt: LocalDateTimeSchema,
  closesAt: LocalDateTimeSchema,
  fields: z.array(CallFieldSchema),
  recordings: z.array(CallRecordingSpecSchema),
  criteria: z.array(CallCriterionSchema),
  parts: z.array(CallPartSchema),
  retentionMonths: z.number().int(),
  phase: CallPhaseSchema,
  /** Open for applications now (published, between its dates). */
  open: z.boolean(),
  /**
   * Published and opened: applicants have read the form, recordings, criteria and parts, which
   * stay as published (a change is 409 CALL.CRITERIA_FROZEN naming the field).
   */
  formFrozen: z.boolean(),
  /** Jurors may revise submitted scores until then (null: while the phase lasts). */
  revisionUntil: TimestampSchema.nullable(),
  scoresLockedAt: TimestampSchema.nullable(),
  resultsAt: TimestampSchema.nullable(),
  jurors: z.array(CallJurorSchema),
  counts: z.object({ drafts: z.number().int(), submitted: z.number().int() }),
  /**
   * The reader sits on this call's jury and its scores are open: its applications, ranking,
   * calibration and decisions are withheld from them (403 CALL.JUROR_BLIND) until the lock.
   */
  blindJuror: z.boolean(),
});
export type Call = z.infer<typeof CallSchema>;

export const CallSummarySchema = CallSchema.pick({
  id: true,
  publicCode: true,
  title: true,
  phase: true,
  open: true,
  opensAt: true,
  closesAt: true,
  timeZone: true,
  counts: true,
});
export const CallListSchema = z.object({ items: z.array(CallSummarySchema) });

export const CallParamsSchema = OrgParamsSchema.extend({ callId: IdSchema });
export const ApplicationParamsSchema = CallParamsSchema.extend({ applicationId: IdSchema });

export const CallJurorsBodySchema = z.strictObject({
  userIds: z.array(IdSchema).max(30),
});
export const CallAssignBodySchema = z.strictObject({
  /** `all`: every juror hears every application; else `perApplication` jurors each, balanced. */
  mode: z.enum(['all', 'perApplication']),
  perApplication: z.number().int().min(1).max(30).optional(),
});
export const CallAssignResultSchema = z.object({
  assignments: z.number().int(),
  conflictsDetected: z.number().int(),
});

export const CallPhaseBodySchema = z.strictObject({
  phase: z.enum(['published', 'preselection', 'meeting', 'decided']),
  /** In the meeting: the local end of the score revision window. */
  revisionUntil: LocalDateTimeSchema.optional(),
  /** Lock every score (no revision after). */
  lockScores: z.boolean().optional(),
});

/** An application as the chair and coordinators see it (names included). */
export const ApplicationSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  email: EmailSchema,
  locale: LocaleSchema,
  part: z.string().nullable(),
  status: z.enum(applicationStatuses),
  submittedAt: TimestampSchema.nullable(),
  shortlisted: z.boolean().nullable(),
  decision: CallDecisionSchema.nullable(),
  decisionReason: z.string().nullable(),
  notifiedAt: TimestampSchema.nullable(),
  answers: z.record(z.string(), z.string()),
  recordings: z.array(
    z.object({ key: z.string(), status: z.string(), durationMs: z.number().int().nullable() }),
  ),
  /** The applicant has no place to record and asked for a supervised recording day. */
  needsRecordingDay: z.boolean(),
  /** The commune the applicant gave (null: not given). */
  commune: z.object({ code: z.string(), name: z.string() }).nullable(),
});
export type Application = z.infer<typeof ApplicationSchema>;
export const ApplicationListSchema = z.object({ items: z.array(ApplicationSchema) });
export const ApplicationListQuerySchema = z.strictObject({
  /** `requested`: only the applicants who asked for a supervised recording day. */
  recordingDay: z.enum(['requested']).optional(),
});

export const DecisionBodySchema = z.strictObject({
  decision: CallDecisionSchema.nullable(),
  reason: z.string().trim().max(1000).optional(),
});
export const ShortlistBodySchema = z.strictObject({ shortlisted: z.boolean() });
export const NotifyResultSchema = z.object({ queued: z.number().int() });

/**
 * Supervised recording days: for an applicant with no place to record, the stops of the
 * organisation's tours (sessions at a located venue, not online, not cancelled) between now and
 * the call's closing, within `withinKm` of the applicant's commune (great-circle distance).
 */
export const RecordingStopsQuerySchema = z.strictObject({
  /** The applicant's commune; by default, the one their proposed recording day was chosen near. */
  communeCode: PlaceCommuneCodeSchema.optional(),
  withinKm: z.coerce.number().int().min(1).max(200).default(30),
});
export const RecordingStopSchema = z.object({
  sessionId: IdSchema,
  title: z.string(),
  /** Start and end in the session's time zone. */
  startsAt: LocalDateTimeSchema,
  endsAt: LocalDateTimeSchema,
  timeZone: z.string(),
  venueName: z.string(),
  communeName: z.string().nullable(),
  distanceKm: z.number(),
});
export type RecordingStop = z.infer<typeof RecordingStopSchema>;
export const RecordingDayBodySchema = z.strictObject({
  sessionId: IdSchema,
  /** The applicant's commune: the stop must be within `withinKm` of it. */
  communeCode: PlaceCommuneCodeSchema,
  withinKm: z.number().int().min(1).max(200).default(30),
});
/** The recording day proposed to an applicant (their page shows it, an e-mail told them). */
export const RecordingDaySchema = RecordingStopSchema.extend({
  communeCode: z.string(),
  proposedAt: TimestampSchema,
});
export type RecordingDay = z.infer<typeof RecordingDaySchema>;
export const RecordingStopListSchema = z.object({
  /** Null while the applicant's commune is not known: no commune given, no day proposed yet. */
  commune: z.object({ code: z.string(), name: z.string() }).nullable(),
  items: z.array(RecordingStopSchema),
  /** The day already proposed to the applicant (null: none yet). */
  proposed: RecordingDaySchema.nullable(),
});
export type RecordingStopList = z.infer<typeof RecordingStopListSchema>;

/** INSEE density grid grouped: 1–2 dense, 3–4 intermediate, 5–7 rural; unknown commune or grid. */
export const densityGroups = ['dense', 'intermediate', 'rural', 'unknown'] as const;
const distributionTable = <T extends readonly [string, ...string[]]>(categories: T) =>
  z.array(z.object({ category: z.enum(categories), count: PeopleCountSchema }));

/**
 * The chair's view, once scores are locked (409 CALL.SCORES_NOT_LOCKED before), of where the
 * submitted applicants live: counts per access-score band, density group and priority area, from
 * each applicant's commune. Never per applicant; each table suppressed as the impact figures are
 * (1–4 shows "< 5", and a cell more is masked when the hidden ones would add up to 1–4). An
 * applicant without a known commune is counted `unknown`, never spread over the others.
 */
export const CallDistributionSchema = z.object({
  applicants: PeopleCountSchema,
  accessScore: distributionTable(accessBands),
  density: distributionTable(densityGroups),
  priorityArea: distributionTable(priorityCategories),
  /** When the density grid or the priority areas are not imported, every applicant is unknown. */
  referenceData: z.object({ densityImported: z.boolean(), priorityImported: z.boolean() }),
});
export type CallDistribution = z.infer<typeof CallDistributionSchema>;
