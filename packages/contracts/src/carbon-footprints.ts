// Carbon footprints (session, project, organisation period, artist's day), their plausibility
// flags and exports; the scenarios are in carbon-scenarios.ts.
import { z } from 'zod';
import { CarbonModeSchema } from './carbon-settings';
import { IdSchema } from './common';
import { LocalDateSchema } from './local-time';
import { SessionKindSchema } from './sessions';

export const footprintSources = ['artists', 'audience', 'equipment', 'digital'] as const;
export const FootprintSourceSchema = z.enum(footprintSources);

export const CarbonBySourceSchema = z.object({
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
  /** The headline: every line counted, inputs still to check left out. */
  totalCo2eKg: z.number(),
  bySource: CarbonBySourceSchema,
  beneficiaries: BeneficiariesSchema,
  activityHours: z.number(),
  /**
   * kg CO2e per beneficiary, one definition everywhere (Carbon and Impact): the headline total of
   * the sessions counted divided by their beneficiaries (each participant once, head counts added).
   */
  perBeneficiaryCo2eKg: z.number().nullable(),
  perActivityHourCo2eKg: z.number().nullable(),
  /** The sessions counted: held (started) and planned (estimated from enrolments). */
  sessions: z.object({ held: z.number().int(), planned: z.number().int() }),
  /** Inputs left out of the headline until a coordinator confirms them, and what they weigh. */
  leftOut: z.object({ inputs: z.number().int(), co2eKg: z.number() }),
  /** Gaps where nothing could be counted (a venue without position, an unknown home). */
  notCounted: z.number().int(),
  /**
   * The held sessions alone, when planned ones are counted too: what Impact shows for the same
   * period (held sessions only), by the same definition.
   */
  heldOnly: z
    .object({
      totalCo2eKg: z.number(),
      beneficiaries: z.number().int(),
      perBeneficiaryCo2eKg: z.number().nullable(),
    })
    .nullable(),
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
  /** Left out of the headline: its input is flagged and not confirmed yet. */
  leftOut: z.boolean(),
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

/**
 * The plausibility checks: `audience-far` (an audience or group from more than 100 km one way),
 * `dominant-share` (one input is more than a third of its project's footprint), and gaps where
 * nothing could be counted (`venue-unlocated`, `artist-home-unknown`, `group-origin-unknown`,
 * `group-size-unknown`).
 */
export const carbonChecks = [
  'audience-far',
  'dominant-share',
  'venue-unlocated',
  'artist-home-unknown',
  'group-origin-unknown',
  'group-size-unknown',
] as const;
export type CarbonCheck = (typeof carbonChecks)[number];

/** What to open to fix a flagged input. */
export const CarbonFixSchema = z.object({
  kind: z.enum(['group', 'venue', 'artist', 'session', 'attendance', 'session-carbon']),
  id: IdSchema,
});

export const CarbonConfirmedSchema = z.object({
  by: z.object({ id: IdSchema, displayName: z.string() }).nullable(),
  at: z.iso.datetime(),
});

/** An input that failed a plausibility check, or a gap where nothing could be counted. */
export const CarbonFlagSchema = z.object({
  /** The input's key: what a confirmation names. */
  key: z.string(),
  checks: z.array(z.enum(carbonChecks)).min(1),
  /**
   * `to-check`: left out of the headline until confirmed; `confirmed`: counted, with who and when;
   * `not-counted`: data is missing, nothing was counted (fix the data).
   */
  state: z.enum(['to-check', 'confirmed', 'not-counted']),
  kind: z.enum(['artist', 'audience', 'group', 'equipment', 'digital']).nullable(),
  /** The (first) session concerned, and how many sessions the gap concerns. */
  session: SessionRefSchema.nullable(),
  sessions: z.number().int(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The groups or artists concerned, by name. */
  people: z.array(z.string()),
  distanceKm: z.number().nullable(),
  travellers: z.number().nullable(),
  co2eKg: z.number().nullable(),
  /** Share of its project's footprint, in %. */
  sharePct: z.number().nullable(),
  /** The gap's words (an artist's or a group's name). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The input as a confirmation vouches for it (kind, one-way km, people); null for a gap. */
  fingerprint: z.string().nullable(),
  fix: z.array(CarbonFixSchema),
  confirmed: CarbonConfirmedSchema.nullable(),
});
export type CarbonFlag = z.infer<typeof CarbonFlagSchema>;

/** A flagged input of a session, by the key its flag gives. */
export const CarbonConfirmationParamsSchema = z.strictObject({
  orgId: IdSchema,
  sessionId: IdSchema,
  inputKey: z.string().min(1).max(300),
});

export const CarbonConfirmationBodySchema = z.strictObject({
  /** The flag's fingerprint: the input as the coordinator saw it. */
  fingerprint: z.string().min(1).max(200),
});
export type CarbonConfirmationBody = z.infer<typeof CarbonConfirmationBodySchema>;

export const CarbonConfirmationSchema = z.object({
  key: z.string(),
  sessionId: IdSchema,
  fingerprint: z.string(),
  confirmed: CarbonConfirmedSchema,
});
export type CarbonConfirmation = z.infer<typeof CarbonConfirmationSchema>;

export const SessionFootprintSchema = z.object({
  session: SessionRefSchema,
  summary: FootprintSummarySchema,
  lines: z.array(FootprintLineSchema),
  notes: z.array(CarbonNoteSchema),
  flags: z.array(CarbonFlagSchema),
});
export type SessionFootprint = z.infer<typeof SessionFootprintSchema>;

export const ProjectFootprintSchema = z.object({
  project: z.object({ id: IdSchema, name: z.string() }),
  summary: FootprintSummarySchema,
  sessions: z.array(z.object({ session: SessionRefSchema, summary: FootprintSummarySchema })),
  lines: z.array(FootprintLineSchema),
  notes: z.array(CarbonNoteSchema),
  flags: z.array(CarbonFlagSchema),
});
export type ProjectFootprint = z.infer<typeof ProjectFootprintSchema>;

const PeriodTotalSchema = z.object({
  key: z.string(),
  label: z.string(),
  totalCo2eKg: z.number(),
  bySource: CarbonBySourceSchema,
});

export const OrganisationFootprintSchema = z.object({
  year: z.number().int(),
  month: z.number().int().nullable(),
  summary: FootprintSummarySchema,
  /** Every month of the period, empty months included, so a chart shows the whole year. */
  byMonth: z.array(PeriodTotalSchema),
  byProject: z.array(PeriodTotalSchema),
  notes: z.array(CarbonNoteSchema),
  flags: z.array(CarbonFlagSchema),
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
