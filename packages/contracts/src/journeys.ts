// Musical journeys: reusable templates of ordered steps, instantiated for a group as dated sessions.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { LocalDateSchema, LocalTimeSchema, TimeZoneSchema } from './local-time';
import {
  ConflictSchema,
  OverrideSchema,
  SessionKindSchema,
  SessionStatusSchema,
  SessionTimesSchema,
} from './sessions';

export const JourneyStepInputSchema = z.strictObject({
  kind: SessionKindSchema,
  title: z.string().trim().min(1).max(200).nullable().optional(),
  durationMin: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  /** Days after the previous step; ignored (stored as 0) for the first step. */
  spacingDays: z.number().int().min(0).max(366),
});
export type JourneyStepInput = z.infer<typeof JourneyStepInputSchema>;

const templateFields = {
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(5000).nullable().optional(),
  steps: z.array(JourneyStepInputSchema).min(1).max(100),
};

export const JourneyTemplateCreateBodySchema = z.strictObject(templateFields);
export type JourneyTemplateCreateBody = z.input<typeof JourneyTemplateCreateBodySchema>;

/** Steps given here replace the template's steps; journeys already created keep their sessions. */
export const JourneyTemplateUpdateBodySchema = z.strictObject({
  name: templateFields.name.optional(),
  description: templateFields.description,
  steps: templateFields.steps.optional(),
  archived: z.boolean().optional(),
});
export type JourneyTemplateUpdateBody = z.input<typeof JourneyTemplateUpdateBodySchema>;

export const JourneyTemplateParamsSchema = z.strictObject({
  orgId: IdSchema,
  templateId: IdSchema,
});

export const JourneyTemplateListQuerySchema = z.strictObject({
  includeArchived: z.enum(['true', 'false']).default('false'),
});

export const JourneyStepSchema = z.object({
  id: IdSchema,
  position: z.number().int(),
  kind: SessionKindSchema,
  title: z.string().nullable(),
  durationMin: z.number().int(),
  spacingDays: z.number().int(),
});

export const JourneyTemplateSchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string().nullable(),
  archived: z.boolean(),
  steps: z.array(JourneyStepSchema),
  /** Days from the first step to the last. */
  spanDays: z.number().int(),
  journeyCount: z.number().int(),
  updatedAt: TimestampSchema,
});
export type JourneyTemplate = z.infer<typeof JourneyTemplateSchema>;

/**
 * A template for one group: the first session on `startsOn` (or the first `weekday` from it) at
 * `startTime`, each next one `spacingDays` later, moved past the venue's blackout dates.
 */
export const JourneyCreateBodySchema = z.strictObject({
  projectId: IdSchema,
  templateId: IdSchema,
  groupId: IdSchema,
  name: z.string().trim().min(2).max(200).optional(),
  startsOn: LocalDateSchema,
  /** ISO weekday (1 = Monday): the first session is on the first such day from `startsOn`. */
  weekday: z.number().int().min(1).max(7).optional(),
  startTime: LocalTimeSchema,
  timeZone: TimeZoneSchema.optional(),
  venueId: IdSchema.nullable().optional(),
  artistIds: z
    .array(IdSchema)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'Each artist once')
    .default([]),
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  override: OverrideSchema.optional(),
});
export type JourneyCreateBody = z.input<typeof JourneyCreateBodySchema>;

/** The same request, answered with the dates and conflicts it would give, without saving. */
export const JourneyPreviewBodySchema = JourneyCreateBodySchema.omit({ override: true });

export const JourneyUpdateBodySchema = z.strictObject({ name: z.string().trim().min(2).max(200) });

export const JourneyParamsSchema = z.strictObject({ orgId: IdSchema, journeyId: IdSchema });

export const JourneyListQuerySchema = z.strictObject({
  projectId: IdSchema.optional(),
  groupId: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** A date the plan moved, and why (a venue closed on the planned day). */
export const JourneyAdjustmentSchema = z.object({
  position: z.number().int(),
  plannedOn: z.string(),
  movedTo: z.string(),
  reason: z.literal('venue_blackout'),
  blackout: z.object({ startsOn: z.string(), endsOn: z.string(), note: z.string().nullable() }),
});
export type JourneyAdjustment = z.infer<typeof JourneyAdjustmentSchema>;

export const JourneyPlanSchema = z.object({
  sessions: z.array(
    SessionTimesSchema.extend({
      position: z.number().int(),
      kind: SessionKindSchema,
      title: z.string().nullable(),
      conflicts: z.array(ConflictSchema),
    }),
  ),
  adjustments: z.array(JourneyAdjustmentSchema),
  conflictCount: z.number().int(),
});
export type JourneyPlan = z.infer<typeof JourneyPlanSchema>;

export const JourneySummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  startsOn: z.string(),
  project: z.object({ id: IdSchema, name: z.string() }),
  group: z.object({ id: IdSchema, name: z.string() }),
  template: z.object({ id: IdSchema, name: z.string() }).nullable(),
  sessionCount: z.number().int(),
  doneCount: z.number().int(),
  nextSessionAt: TimestampSchema.nullable(),
});
export type JourneySummary = z.infer<typeof JourneySummarySchema>;

export const JourneySchema = JourneySummarySchema.extend({
  sessions: z.array(
    SessionTimesSchema.extend({
      id: IdSchema,
      position: z.number().int().nullable(),
      kind: SessionKindSchema,
      title: z.string().nullable(),
      status: SessionStatusSchema,
      venue: z.object({ id: IdSchema, name: z.string() }).nullable(),
      flagged: z.boolean(),
    }),
  ),
});
export type Journey = z.infer<typeof JourneySchema>;

export const JourneyCreatedSchema = z.object({
  journey: JourneySchema,
  adjustments: z.array(JourneyAdjustmentSchema),
});
export type JourneyCreated = z.infer<typeof JourneyCreatedSchema>;
