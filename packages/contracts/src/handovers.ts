// The warm handover after a journey: the artist or relay who led the workshops introduces a
// participant (with their consent) to an ensemble of the directory, which answers through a
// one-time link; then, if the participant agreed, "did you go?" and check-ins at 3, 6 and 12 months.
import { z } from 'zod';
import { EmailSchema, IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { EnsemblePartSchema } from './directory';
import { LocalDateSchema } from './local-time';
import { ConsentCreateBodySchema } from './participants';

/** `awaiting` the ensemble's answer; `accepted` with a trial date; `declined`; `withdrawn` (consent). */
export const handoverStatuses = ['awaiting', 'accepted', 'declined', 'withdrawn'] as const;
export const HandoverStatusSchema = z.enum(handoverStatuses);
export type HandoverStatus = z.infer<typeof HandoverStatusSchema>;

/** The ensemble commits to answer within this many days (said in the e-mail). */
export const HANDOVER_ANSWER_DAYS = 14;
/** Reminders to the ensemble this many days after the introduction, while it has not answered. */
export const HANDOVER_REMINDER_DAYS = [3, 10] as const;
/** The coordinators are told this many days after the introduction when it is still unanswered. */
export const HANDOVER_ESCALATION_DAYS = 21;

/** "Did you go?" after the trial date, then check-ins months after the introduction. */
export const followUpKinds = ['trial', 'month_3', 'month_6', 'month_12'] as const;
export const FollowUpKindSchema = z.enum(followUpKinds);
export type FollowUpKind = z.infer<typeof FollowUpKindSchema>;
export const FOLLOW_UP_MONTHS = { month_3: 3, month_6: 6, month_12: 12 } as const;

/** Answers: `went`/`did_not_go` to the trial; `joined`, `started` (a practice of one's own) or `not_practising` at a check-in. */
export const followUpAnswers = [
  'went',
  'did_not_go',
  'joined',
  'started',
  'not_practising',
] as const;
export const FollowUpAnswerSchema = z.enum(followUpAnswers);
export type FollowUpAnswer = z.infer<typeof FollowUpAnswerSchema>;
export const answersOfKind: Record<FollowUpKind, readonly FollowUpAnswer[]> = {
  trial: ['went', 'did_not_go'],
  month_3: ['joined', 'started', 'not_practising'],
  month_6: ['joined', 'started', 'not_practising'],
  month_12: ['joined', 'started', 'not_practising'],
};

export const HandoverCreateBodySchema = z.strictObject({
  ensembleId: IdSchema,
  /** The voice part (or instrument) the participant sang in the workshops. */
  part: EnsemblePartSchema.nullable().optional(),
  /** What they sang: pieces, style; the ensemble reads it. */
  sang: z.string().trim().min(1).max(500),
  /** A word from the person who introduces them. */
  message: z.string().trim().max(1000).nullable().optional(),
  /**
   * The participant's consent (a guardian's for a minor) to be introduced, recorded with the
   * introduction; not needed when a current consent for `handover` is already on file.
   */
  consent: ConsentCreateBodySchema.optional(),
  /** Where the participant (or guardian) hears the trial date and, if agreed, the follow-up. */
  contactEmail: EmailSchema.nullable().optional(),
  /** The participant agreed to be asked "did you go?" and at 3, 6 and 12 months. */
  followUp: z.boolean().default(false),
});
export type HandoverCreateBody = z.infer<typeof HandoverCreateBodySchema>;

export const ParticipantHandoverParamsSchema = z.strictObject({
  orgId: IdSchema,
  participantId: IdSchema,
});
export const HandoverParamsSchema = z.strictObject({ orgId: IdSchema, handoverId: IdSchema });

export const HandoverListQuerySchema = PageQuerySchema.extend({
  status: HandoverStatusSchema.optional(),
  groupId: IdSchema.optional(),
});
export type HandoverListQuery = z.infer<typeof HandoverListQuerySchema>;

export const FollowUpSchema = z.object({
  kind: FollowUpKindSchema,
  sentAt: TimestampSchema,
  answer: FollowUpAnswerSchema.nullable(),
  answeredAt: TimestampSchema.nullable(),
});

export const HandoverSchema = z.object({
  id: IdSchema,
  participant: z.object({ id: IdSchema, firstName: z.string() }),
  group: z.object({ id: IdSchema, name: z.string() }),
  ensemble: z.object({ id: IdSchema, name: z.string() }),
  introducedBy: z.string().nullable(),
  part: EnsemblePartSchema.nullable(),
  sang: z.string(),
  message: z.string().nullable(),
  status: HandoverStatusSchema,
  /** The ensemble committed to answer by then. */
  answerDueAt: TimestampSchema,
  remindersSent: z.number().int(),
  /** When the coordinators were told the ensemble had not answered after 21 days. */
  escalatedAt: TimestampSchema.nullable(),
  answeredAt: TimestampSchema.nullable(),
  trialDate: LocalDateSchema.nullable(),
  answerNote: z.string().nullable(),
  followUp: z.boolean(),
  followUps: z.array(FollowUpSchema),
  createdAt: TimestampSchema,
});
export type Handover = z.infer<typeof HandoverSchema>;

/** The ensemble's answer from its one-time link (the public page's form). */
export const HandoverAnswerSchema = z.discriminatedUnion('answer', [
  z.strictObject({
    answer: z.literal('accept'),
    trialDate: LocalDateSchema,
    note: z.string().trim().max(1000).nullable(),
  }),
  z.strictObject({
    answer: z.literal('decline'),
    note: z.string().trim().max(1000).nullable(),
  }),
]);
export type HandoverAnswer = z.infer<typeof HandoverAnswerSchema>;
