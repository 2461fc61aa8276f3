// Observation surveys: questionnaires, pseudonymous answers filled on a phone, before/after results.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { PeopleCountSchema, PeopleFigureSchema } from './impact';

export const surveyQuestionKinds = [
  'scale',
  'single_choice',
  'multiple_choice',
  'free_text',
] as const;
export const surveySubjects = ['participant', 'group', 'anonymous'] as const;
export const SurveySubjectSchema = z.enum(surveySubjects);
export type SurveySubject = z.infer<typeof SurveySubjectSchema>;
export const surveyStatuses = ['draft', 'open', 'closed'] as const;
export const SurveyStatusSchema = z.enum(surveyStatuses);
export type SurveyStatus = z.infer<typeof SurveyStatusSchema>;
export const surveyPhases = ['before', 'after', 'single'] as const;
export const SurveyPhaseSchema = z.enum(surveyPhases);
export type SurveyPhase = z.infer<typeof SurveyPhaseSchema>;

export const SURVEY_MAX_QUESTIONS = 40;
export const SURVEY_MAX_OPTIONS = 12;
export const SURVEY_TEXT_MAX = 2_000;

const QuestionIdSchema = z.string().regex(/^[a-z0-9_-]{1,40}$/, 'Letters, digits, - and _');
const LabelSchema = z.string().trim().min(1).max(300);
const OptionSchema = z.strictObject({ id: QuestionIdSchema.optional(), label: LabelSchema });

const common = {
  id: QuestionIdSchema.optional(),
  label: LabelSchema,
  required: z.boolean().default(true),
};

/** One question; ids are given by the server when absent and kept afterwards. */
export const SurveyQuestionInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('scale'),
    scaleLabels: z.strictObject({ low: LabelSchema, high: LabelSchema }).optional(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('single_choice'),
    options: z.array(OptionSchema).min(2).max(SURVEY_MAX_OPTIONS),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('multiple_choice'),
    options: z.array(OptionSchema).min(2).max(SURVEY_MAX_OPTIONS),
  }),
  z.strictObject({ ...common, kind: z.literal('free_text') }),
]);
export type SurveyQuestionInput = z.input<typeof SurveyQuestionInputSchema>;

export const SurveyQuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(surveyQuestionKinds),
  label: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  scaleLabels: z.object({ low: z.string(), high: z.string() }).optional(),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

const surveyFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2_000).nullable().optional(),
  subject: SurveySubjectSchema,
  /** Answered before and after a journey (paired), or once. */
  beforeAfter: z.boolean().default(true),
  projectId: IdSchema.nullable().optional(),
  journeyId: IdSchema.nullable().optional(),
  questions: z.array(SurveyQuestionInputSchema).min(1).max(SURVEY_MAX_QUESTIONS),
};

export const SurveyCreateBodySchema = z.strictObject(surveyFields);
export type SurveyCreateBody = z.input<typeof SurveyCreateBodySchema>;

/** Questions and subject change only while the survey is a draft with no answer. */
export const SurveyUpdateBodySchema = z.strictObject({
  title: surveyFields.title.optional(),
  description: surveyFields.description,
  beforeAfter: z.boolean().optional(),
  projectId: surveyFields.projectId,
  journeyId: surveyFields.journeyId,
  questions: surveyFields.questions.optional(),
});
export type SurveyUpdateBody = z.input<typeof SurveyUpdateBodySchema>;

export const SurveyStatusBodySchema = z.strictObject({ status: SurveyStatusSchema });

export const SurveyParamsSchema = z.strictObject({ orgId: IdSchema, surveyId: IdSchema });

export const SurveySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  subject: SurveySubjectSchema,
  beforeAfter: z.boolean(),
  status: SurveyStatusSchema,
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  journeyId: z.string().nullable(),
  journeyName: z.string().nullable(),
  questions: z.array(SurveyQuestionSchema),
  /** Answers received per phase, small numbers suppressed. */
  answers: z.object({
    before: PeopleCountSchema,
    after: PeopleCountSchema,
    single: PeopleCountSchema,
  }),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Survey = z.infer<typeof SurveySchema>;

export const SurveyFillQuerySchema = z.strictObject({ groupId: IdSchema.optional() });

/** What a relay needs to fill a survey for a group on a phone. */
export const SurveyFillSchema = z.object({
  survey: SurveySchema,
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  group: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Participant surveys: the group's members with their pseudonym in this survey. */
  respondents: z.array(
    z.object({
      participantId: z.string(),
      firstName: z.string(),
      pseudonym: z.string(),
      answered: z.array(SurveyPhaseSchema),
    }),
  ),
  /** Group surveys: the phases already answered for the group. */
  groupAnswered: z.array(SurveyPhaseSchema),
});
export type SurveyFill = z.infer<typeof SurveyFillSchema>;

export const SurveyAnswerValueSchema = z.union([
  z.number().int().min(1).max(5),
  z.string().max(SURVEY_TEXT_MAX),
  z.array(z.string().max(40)).max(SURVEY_MAX_OPTIONS),
]);

export const SurveyResponseBodySchema = z.strictObject({
  /** Made once on the device: sending the same answer twice changes nothing. */
  opId: IdSchema,
  phase: SurveyPhaseSchema,
  participantId: IdSchema.optional(),
  groupId: IdSchema.optional(),
  answers: z.record(QuestionIdSchema, SurveyAnswerValueSchema),
});
export type SurveyResponseBody = z.input<typeof SurveyResponseBodySchema>;

export const SurveyResponseResultSchema = z.object({
  id: z.string(),
  phase: SurveyPhaseSchema,
  /** The participant's pseudonym in this survey (participant surveys), else null. */
  pseudonym: z.string().nullable(),
  replaced: z.boolean(),
  replayed: z.boolean(),
});

const PhaseStatsSchema = z.object({
  answers: PeopleCountSchema,
  mean: PeopleFigureSchema.nullable(),
  /** People per value 1–5 (scales) or per option (choices). */
  counts: z.array(z.object({ value: z.string(), count: PeopleCountSchema })),
});

export const WilcoxonSchema = z.object({
  test: z.literal('wilcoxon-signed-rank'),
  /** Normal approximation with tie correction and continuity correction; zero differences dropped. */
  method: z.literal('normal-approximation'),
  pairs: PeopleCountSchema,
  nonZeroPairs: PeopleFigureSchema,
  wPlus: PeopleFigureSchema,
  wMinus: PeopleFigureSchema,
  z: PeopleFigureSchema,
  pValue: PeopleFigureSchema,
  meanDifference: PeopleFigureSchema,
});
export type WilcoxonResult = z.infer<typeof WilcoxonSchema>;

export const SurveyQuestionResultSchema = z.object({
  question: SurveyQuestionSchema,
  phases: z.array(z.object({ phase: SurveyPhaseSchema, stats: PhaseStatsSchema })),
  paired: WilcoxonSchema.nullable(),
  /** Free-text answers, for the roles that may read them (admins and coordinators). */
  texts: z.array(z.string()).nullable(),
});

export const SurveyResultsSchema = z.object({
  survey: SurveySchema,
  respondents: z.object({
    before: PeopleCountSchema,
    after: PeopleCountSchema,
    paired: PeopleCountSchema,
  }),
  questions: z.array(SurveyQuestionResultSchema),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;
