// Carbon footprints (session, project, organisation period, artist's day), scenarios and exports.
import { z } from 'zod';
import { CarbonModeSchema } from './carbon-settings';
import { IdSchema } from './common';
import { LocalDateSchema } from './local-time';
import { SessionKindSchema } from './sessions';

export const footprintSources = ['artists', 'audience', 'equipment', 'digital'] as const;
export const FootprintSourceSchema = z.enum(footprintSources);

const BySourceSchema = z.object({
  artists: z.number(),
  audience: z.number(),
  equipment: z.number(),
  digital: z.number(),
});

/** A stated approximation or assumption behind the figures, as a translation key and values. */
export const CarbonNoteSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type CarbonNote = z.infer<typeof CarbonNoteSchema>;

export const BeneficiariesSchema = z.object({
  /** Different people listed or marked present, each counted once. */
  uniqueParticipants: z.number().int(),
  /** People counted, not listed (concert audience, a group's head count): summed per session. */
  headcounts: z.number().int(),
  total: z.number().int(),
});

export const FootprintSummarySchema = z.object({
  /** The factor version every figure here was computed with. */
  factorVersion: z.string(),
  totalCo2eKg: z.number(),
  bySource: BySourceSchema,
  beneficiaries: BeneficiariesSchema,
  activityHours: z.number(),
  perBeneficiaryCo2eKg: z.number().nullable(),
  perActivityHourCo2eKg: z.number().nullable(),
});
export type FootprintSummary = z.infer<typeof FootprintSummarySchema>;

/** One trip of the details view: everything needed to redo the arithmetic by hand. */
export const FootprintLineSchema = z.object({
  tripId: z.string(),
  kind: z.enum(['artist', 'audience', 'group', 'equipment', 'digital']),
  source: FootprintSourceSchema,
  sessionId: IdSchema.nullable(),
  date: z.string().nullable(),
  mode: z.union([CarbonModeSchema, z.literal('online-video')]),
  unitBasis: z.enum(['vehicle-km', 'passenger-km', 'device-hour']),
  factorVersion: z.string(),
  factorKgPerUnit: z.number(),
  /** One-way km of the trip (0 online). */
  distanceKm: z.number(),
  roundTrip: z.boolean(),
  /** Km per vehicle or traveller, out and back included. */
  travelledKm: z.number(),
  vehicles: z.number(),
  /** People aboard (artists in a car) or travelling (may be fractional for an estimate). */
  travellers: z.number(),
  /** Vehicle-km, passenger-km or device-hours: what the factor multiplies. */
  quantity: z.number(),
  co2eKg: z.number(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Who travels: the artists' names, or the group's name. */
  people: z.array(z.string()),
  notes: z.array(CarbonNoteSchema),
});
export type FootprintLine = z.infer<typeof FootprintLineSchema>;

export const SessionRefSchema = z.object({
  id: IdSchema,
  title: z.string().nullable(),
  kind: SessionKindSchema,
  date: z.string(),
  venueName: z.string().nullable(),
  projectId: IdSchema,
});

export const SessionFootprintSchema = z.object({
  session: SessionRefSchema,
  summary: FootprintSummarySchema,
  lines: z.array(FootprintLineSchema),
  notes: z.array(CarbonNoteSchema),
});
export type SessionFootprint = z.infer<typeof SessionFootprintSchema>;

export const ProjectFootprintSchema = z.object({
  project: z.object({ id: IdSchema, name: z.string() }),
  summary: FootprintSummarySchema,
  sessions: z.array(z.object({ session: SessionRefSchema, summary: FootprintSummarySchema })),
  lines: z.array(FootprintLineSchema),
  notes: z.array(CarbonNoteSchema),
});
export type ProjectFootprint = z.infer<typeof ProjectFootprintSchema>;

const PeriodTotalSchema = z.object({
  key: z.string(),
  label: z.string(),
  totalCo2eKg: z.number(),
  bySource: BySourceSchema,
});

export const OrganisationFootprintSchema = z.object({
  year: z.number().int(),
  month: z.number().int().nullable(),
  summary: FootprintSummarySchema,
  /** Every month of the period, empty months included, so a chart shows the whole year. */
  byMonth: z.array(PeriodTotalSchema),
  byProject: z.array(PeriodTotalSchema),
  notes: z.array(CarbonNoteSchema),
});
export type OrganisationFootprint = z.infer<typeof OrganisationFootprintSchema>;

export const OrganisationFootprintQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2099).optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
});

export const ArtistDayParamsSchema = z.strictObject({
  orgId: IdSchema,
  artistId: IdSchema,
  date: LocalDateSchema,
});

export const ArtistDayFootprintSchema = z.object({
  artist: z.object({ id: IdSchema, displayName: z.string() }),
  date: z.string(),
  summary: FootprintSummarySchema,
  lines: z.array(FootprintLineSchema),
  notes: z.array(CarbonNoteSchema),
});
export type ArtistDayFootprint = z.infer<typeof ArtistDayFootprintSchema>;

export const scenarioLevers = [
  'carpool',
  'train',
  'group-by-area',
  'online',
  'electric',
  'shuttle',
  'combined',
] as const;
export const ScenarioLeverSchema = z.enum(scenarioLevers);
export type ScenarioLever = z.infer<typeof ScenarioLeverSchema>;
export const ScenarioChoiceSchema = z.enum(['baseline', ...scenarioLevers]);
export type ScenarioChoice = z.infer<typeof ScenarioChoiceSchema>;

const ScenarioFiguresSchema = z.object({
  totalCo2eKg: z.number(),
  bySource: BySourceSchema,
  /** Person-hours of travel. */
  travelHours: z.number(),
});

export const TranslatedMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The sentence in the caller's language. */
  text: z.string(),
});

/** How an assumption's value reads in any language (see @tutti/carbon's `AssumptionUnit`). */
export const assumptionUnits = [
  'km',
  'people',
  'sessions',
  'days',
  'min',
  'h',
  'kg-per-device-hour',
  'share',
  'ratio',
  'mode',
  'trip-kinds',
  'yes-no',
] as const;

/** A scenario's stated assumption: `name` is a key of the model's strings; no value is a word. */
export const ScenarioAssumptionSchema = z.object({
  name: z.string(),
  /** A number in its unit, a transport mode (`mode`), trip kinds joined by commas, or yes/no. */
  value: z.union([z.string(), z.number(), z.boolean()]),
  unit: z.enum(assumptionUnits),
  /** Tutti's own assumption, the planner's, or the factor set's (its version names the source). */
  source: z.enum(['tutti', 'planner', 'factor-set']),
});

/** A sentence of the carbon model as a translation key and its values. */
const TranslatedKeySchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ScenarioRowSchema = ScenarioFiguresSchema.extend({
  lever: ScenarioLeverSchema,
  deltaCo2eKg: z.number(),
  deltaPct: z.number().nullable(),
  deltaTravelHours: z.number(),
  assumptions: z.array(ScenarioAssumptionSchema),
  stats: z.record(z.string(), z.number()),
  /** Why the scenario changes nothing (no trip it applies to); null when it changes something. */
  unchanged: TranslatedKeySchema.nullable(),
});
export type ScenarioRow = z.infer<typeof ScenarioRowSchema>;

export const ProjectScenariosSchema = z.object({
  factorVersion: z.string(),
  baseline: ScenarioFiguresSchema,
  rows: z.array(ScenarioRowSchema),
  reductions: z.array(
    z.object({
      lever: ScenarioLeverSchema,
      savedCo2eKg: z.number(),
      savedPct: z.number(),
      deltaTravelHours: z.number(),
      message: TranslatedMessageSchema,
      timeMessage: TranslatedMessageSchema,
    }),
  ),
});
export type ProjectScenarios = z.infer<typeof ProjectScenariosSchema>;

/** Without a choice: the baseline against every lever combined. */
export const ScenarioPairQuerySchema = z.strictObject({
  a: ScenarioChoiceSchema.default('baseline'),
  b: ScenarioChoiceSchema.default('combined'),
});

export const ScenarioPairSchema = z.object({
  factorVersion: z.string(),
  a: ScenarioFiguresSchema.extend({ choice: ScenarioChoiceSchema }),
  b: ScenarioFiguresSchema.extend({ choice: ScenarioChoiceSchema }),
  /** b minus a: negative when b emits less. */
  deltaCo2eKg: z.number(),
  deltaPct: z.number().nullable(),
  /** b minus a, person-hours: positive when b takes more travel time. */
  deltaTravelHours: z.number(),
});
export type ScenarioPair = z.infer<typeof ScenarioPairSchema>;

export const exportFormats = ['csv', 'xlsx'] as const;
export const CarbonExportQuerySchema = z.strictObject({
  format: z.enum(exportFormats).default('csv'),
  /** CSV holds one table: the footprint lines or the scenario comparison (XLSX has both). */
  table: z.enum(['lines', 'scenarios']).default('lines'),
});
export const OrganisationExportQuerySchema = z.strictObject({
  format: z.enum(exportFormats).default('csv'),
  year: z.coerce.number().int().min(2000).max(2099).optional(),
});
