// Carbon accounting settings: factor versions, the organisation's current version, project and session assumptions.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { SessionKindSchema, sessionKinds } from './sessions';

/** The carbon model's transport modes; kept equal to `TRANSPORT_MODES` of @tutti/carbon (tested). */
export const carbonModes = [
  'car-combustion',
  'car-electric',
  'van',
  'coach',
  'bus-combustion',
  'bus-electric',
  'train-regional',
  'train-intercity',
  'train-high-speed',
  'tram',
  'metro',
  'e-bike',
  'bike',
  'walking',
  'plane-short-haul',
] as const;
export const CarbonModeSchema = z.enum(carbonModes);
export type CarbonMode = z.infer<typeof CarbonModeSchema>;

export const FactorSetParamsSchema = z.strictObject({ orgId: IdSchema, factorSetId: IdSchema });

const ModeFactorSchema = z.object({
  unitBasis: z.enum(['vehicle-km', 'passenger-km']),
  useKgPerKm: z.number(),
  buildKgPerKm: z.number(),
  contrailsKgPerKm: z.number(),
  totalKgPerKm: z.number(),
});

export const FactorSetSummarySchema = z.object({
  id: IdSchema,
  version: z.string(),
  publishedOn: z.string(),
  source: z.string(),
  licence: z.string(),
  /** Shipped with Tutti and shared by every organisation; otherwise the organisation's own. */
  builtIn: z.boolean(),
  /** The version the organisation's new figures use. */
  current: z.boolean(),
  createdAt: TimestampSchema,
});
export type FactorSetSummary = z.infer<typeof FactorSetSummarySchema>;

export const FactorSetSchema = FactorSetSummarySchema.extend({
  factors: z.record(z.string(), ModeFactorSchema),
  onlineVideo: z.object({ kgPerDeviceHour: z.number(), source: z.string(), note: z.string() }),
});
export type FactorSet = z.infer<typeof FactorSetSchema>;

/**
 * A new factor version. Only the outline is checked here; the carbon model's own validation
 * names every wrong field (`body.factors.van.useKgPerKm`) in one 400.
 */
export const FactorSetCreateBodySchema = z.strictObject({
  version: z.string().trim().min(1).max(100),
  publishedOn: z.string().trim().min(1).max(10),
  source: z.string().trim().min(1).max(1000),
  licence: z.string().trim().min(1).max(200),
  factors: z.record(z.string().max(40), z.unknown()),
  onlineVideo: z.record(z.string().max(40), z.unknown()),
  /** Use it at once for the organisation's figures. */
  makeCurrent: z.boolean().optional(),
});
export type FactorSetCreateBody = z.infer<typeof FactorSetCreateBodySchema>;

export const CarbonSettingsSchema = z.object({
  factorSetId: IdSchema,
  factorVersion: z.string(),
  /** True while the organisation has not chosen and follows the latest built-in set. */
  followsLatestBuiltIn: z.boolean(),
});
export type CarbonSettings = z.infer<typeof CarbonSettingsSchema>;

export const CarbonSettingsUpdateBodySchema = z.strictObject({ factorSetId: IdSchema });

/** How an audience reaches a venue, in % per mode (normalised), and people per car. */
export const ModeSplitSchema = z.strictObject({
  sharesPct: z
    .partialRecord(CarbonModeSchema, z.number().min(0).max(100))
    .refine((shares) => Object.values(shares).some((share) => (share ?? 0) > 0), {
      message: 'At least one mode needs a share above 0',
    }),
  carOccupancy: z.number().min(1).max(9),
});
export type ModeSplit = z.infer<typeof ModeSplitSchema>;

/** Modes a group may travel by together: a vehicle or public transport, not a plane. */
export const GroupModeSchema = z.enum([
  'coach',
  'bus-combustion',
  'bus-electric',
  'train-regional',
  'tram',
  'metro',
  'walking',
  'car-combustion',
]);

export const ProjectCarbonSettingsSchema = z.object({
  projectId: IdSchema,
  /** Null: the carbon model's default split for the venue's area, stated in each footprint. */
  audienceModeSplit: ModeSplitSchema.nullable(),
  groupMode: GroupModeSchema,
  /** Km the equipment van drives, out and back, for each session of `vanSessionKinds`. */
  vanKmPerSession: z.number().nullable(),
  vanSessionKinds: z.array(SessionKindSchema),
});
export type ProjectCarbonSettings = z.infer<typeof ProjectCarbonSettingsSchema>;

export const ProjectCarbonSettingsUpdateBodySchema = z.strictObject({
  audienceModeSplit: ModeSplitSchema.nullable().optional(),
  groupMode: GroupModeSchema.optional(),
  vanKmPerSession: z.number().min(0).max(5000).nullable().optional(),
  vanSessionKinds: z.array(SessionKindSchema).max(sessionKinds.length).optional(),
});
export type ProjectCarbonSettingsUpdateBody = z.infer<typeof ProjectCarbonSettingsUpdateBodySchema>;

export const SessionCarbonSettingsSchema = z.object({
  sessionId: IdSchema,
  /** Null: the project's van setting applies; 0: no van for this session. */
  vanKm: z.number().nullable(),
});
export type SessionCarbonSettings = z.infer<typeof SessionCarbonSettingsSchema>;

export const SessionCarbonSettingsUpdateBodySchema = z.strictObject({
  vanKm: z.number().min(0).max(5000).nullable(),
});
