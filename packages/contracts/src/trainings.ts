// Trainings for relay persons and artists, offered to a network: half-days (date, morning or
// afternoon, hours), trainers and trainees from member organisations or partners, the half-day
// sign-in taken on a phone (offline, kind `trainings.sign` of the operation log) and the
// attendance certificates it produces (tagged PDF).
import { z } from 'zod';
import { IdSchema, LocaleSchema, TimestampSchema } from './common';
import { LocalDateSchema, LocalTimeSchema } from './local-time';
import { defineOperationSchema } from './offline';

/** A half-day, as training funders (Qualiopi) count sign-ins. */
export const trainingHalves = ['morning', 'afternoon'] as const;
export const TrainingHalfSchema = z.enum(trainingHalves);
export type TrainingHalf = z.infer<typeof TrainingHalfSchema>;

export const trainingPersonRoles = ['trainee', 'trainer'] as const;
export const TrainingPersonRoleSchema = z.enum(trainingPersonRoles);
export type TrainingPersonRole = z.infer<typeof TrainingPersonRoleSchema>;

const Text = z.string().trim().min(1).max(200);

export const TrainingHalfDaySchema = z
  .strictObject({
    date: LocalDateSchema,
    half: TrainingHalfSchema,
    startsAt: LocalTimeSchema,
    endsAt: LocalTimeSchema,
  })
  .refine((day) => day.endsAt > day.startsAt, {
    message: 'Ends before it starts',
    path: ['endsAt'],
  });
export type TrainingHalfDay = z.infer<typeof TrainingHalfDaySchema>;

/** A half-day's key, as the sign-in names it: `2026-12-07|morning`. */
export const TrainingHalfDayKeySchema = z
  .string()
  .regex(/^20\d{2}-\d{2}-\d{2}\|(morning|afternoon)$/, 'A half-day as YYYY-MM-DD|morning');

export const TrainingParamsSchema = z.strictObject({ orgId: IdSchema, trainingId: IdSchema });
export const TrainingPersonParamsSchema = z.strictObject({
  orgId: IdSchema,
  trainingId: IdSchema,
  personId: IdSchema,
});

export const TrainingCreateBodySchema = z.strictObject({
  title: Text,
  description: z.string().trim().max(4000).nullable().default(null),
  /** Where it is held: a venue's name and town as people write it. */
  place: Text,
  /** The network it is offered to; its members' staff enrol as trainees. */
  networkId: IdSchema.nullable().default(null),
  halfDays: z
    .array(TrainingHalfDaySchema)
    .min(1)
    .max(40)
    .refine(
      (days) => new Set(days.map((d) => `${d.date}|${d.half}`)).size === days.length,
      'A half-day is listed twice',
    ),
});
export type TrainingCreateBody = z.input<typeof TrainingCreateBodySchema>;

export const TrainingPersonBodySchema = z.strictObject({
  displayName: z.string().trim().min(1).max(120),
  role: TrainingPersonRoleSchema.default('trainee'),
  /** A member organisation of the training's network… */
  memberOrgId: IdSchema.nullable().default(null),
  /** …or, for a partner, its name as written. */
  organisationName: z.string().trim().min(1).max(200).nullable().default(null),
});
export type TrainingPersonBody = z.input<typeof TrainingPersonBodySchema>;

export const TrainingPersonSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  role: TrainingPersonRoleSchema,
  memberOrgId: IdSchema.nullable(),
  organisationName: z.string().nullable(),
  /** The half-days this person signed in, by key, as the server settled them. */
  present: z.array(z.string()),
  hoursAttended: z.number(),
  /**
   * A trainee present on every half-day: a trained relay (or artist), derived from the sign-in
   * and never entered by hand; false for trainers.
   */
  trained: z.boolean(),
});
export type TrainingPerson = z.infer<typeof TrainingPersonSchema>;

export const TrainingSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  place: z.string(),
  networkId: IdSchema.nullable(),
  networkName: z.string().nullable(),
  firstDate: z.string(),
  lastDate: z.string(),
  halfDays: z.number().int(),
  hours: z.number(),
  trainees: z.number().int(),
  trainers: z.number().int(),
});
export type TrainingSummary = z.infer<typeof TrainingSummarySchema>;

export const TrainingSchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: z.string().nullable(),
  place: z.string(),
  networkId: IdSchema.nullable(),
  networkName: z.string().nullable(),
  halfDays: z.array(
    z.object({
      key: z.string(),
      date: z.string(),
      half: TrainingHalfSchema,
      startsAt: z.string(),
      endsAt: z.string(),
      hours: z.number(),
    }),
  ),
  hours: z.number(),
  people: z.array(TrainingPersonSchema),
  /** The satisfaction survey trainees answer after the training, if one is linked. */
  survey: z.object({ id: IdSchema, title: z.string(), status: z.string() }).nullable(),
  /** The member organisations a trainee may come from (the network's active members). */
  organisations: z.array(z.object({ orgId: IdSchema, name: z.string() })),
  createdAt: TimestampSchema,
});
export type Training = z.infer<typeof TrainingSchema>;

export const TrainingCertificateQuerySchema = z.strictObject({
  locale: LocaleSchema.default('fr'),
});

/** A trainee or trainer signed in (or marked absent) for a half-day, from a phone, maybe offline. */
export const TrainingSignOperationSchema = defineOperationSchema('trainings.sign', {
  trainingId: IdSchema,
  personId: IdSchema,
  halfDay: TrainingHalfDayKeySchema,
  present: z.boolean(),
});
export type TrainingSignOperation = z.input<typeof TrainingSignOperationSchema>;

/** Links the satisfaction survey (an anonymous survey answered once) to a training, or unlinks it. */
export const TrainingSurveyBodySchema = z.strictObject({ surveyId: IdSchema.nullable() });
export type TrainingSurveyBody = z.infer<typeof TrainingSurveyBodySchema>;
