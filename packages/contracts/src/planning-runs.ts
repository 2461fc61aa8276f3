// Tour planning runs: status and progress, then the day-by-day itineraries compared with the current
// plan and a simple baseline, the sessions left unplaced, and what accepting would change.
import { z } from 'zod';
import { TransportModeSchema } from './artists';
import { IdSchema, TimestampSchema } from './common';
import { LunchBreakSchema } from './planning';
import { SessionKindSchema } from './sessions';

export const planningRunStatuses = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export const PlanningRunStatusSchema = z.enum(planningRunStatuses);
export type PlanningRunStatus = z.infer<typeof PlanningRunStatusSchema>;

/** The engine's reasons, plus one found before it runs: no allowed slot at all. */
export const unplacedReasons = [
  'NO_SKILLED_VEHICLE',
  'PINNED_CONFLICT',
  'TIME_WINDOW',
  'CAPACITY',
  'MAX_DISTANCE',
  'MAX_DURATION',
  'FLEET_LIMIT',
  'BREAK',
  'NO_ALLOWED_SLOT',
] as const;
export const UnplacedReasonSchema = z.enum(unplacedReasons);
export type UnplacedReason = z.infer<typeof UnplacedReasonSchema>;

export const PlanningProgressSchema = z.object({
  elapsedMs: z.number(),
  iterations: z.number().int(),
  distanceKm: z.number(),
  placed: z.number().int(),
  unplaced: z.number().int(),
});
export type PlanningProgress = z.infer<typeof PlanningProgressSchema>;

/** Great circle × circuity by default; an OSRM table when configured and reachable. */
export const DistanceModelSchema = z.object({
  kind: z.enum(['great_circle', 'osrm']),
  circuityFactor: z.number().nullable(),
  speedKmh: z.number().nullable(),
  /** Why the default model was used although OSRM is configured (timeout, error). */
  fallbackReason: z.string().nullable(),
});
export type DistanceModel = z.infer<typeof DistanceModelSchema>;

export const PlanTotalsSchema = z.object({
  placed: z.number().int(),
  unplaced: z.number().int(),
  distanceKm: z.number(),
  travelMin: z.number(),
  co2eKg: z.number(),
  artistDays: z.number().int(),
});
export type PlanTotals = z.infer<typeof PlanTotalsSchema>;

const StopSchema = z.object({
  sessionId: IdSchema,
  title: z.string().nullable(),
  kind: SessionKindSchema,
  venueName: z.string(),
  communeName: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  /** `HH:MM` on the day, in the venue's zone. */
  arrival: z.string(),
  start: z.string(),
  end: z.string(),
  /** Another session of the artist, not planned by this run: it stays as it is. */
  fixed: z.boolean(),
  pinned: z.boolean(),
  /** Confirmed: kept at the date and time agreed with its partner (absent in older runs). */
  agreed: z.boolean().optional(),
  /** Date, time or artist differ from the current plan. */
  changed: z.boolean(),
});

const LegSchema = z.object({
  from: z.string(),
  to: z.string(),
  distanceKm: z.number(),
  travelMin: z.number(),
  co2eKg: z.number(),
});

export const ItineraryDaySchema = z.object({
  date: z.string(),
  departure: z.string(),
  return: z.string(),
  distanceKm: z.number(),
  travelMin: z.number(),
  co2eKg: z.number(),
  stops: z.array(StopSchema),
  legs: z.array(LegSchema),
  /** The artist's lunch break when it falls between departure and return (`HH:MM`). */
  lunchBreak: z.object({ start: z.string(), end: z.string() }).nullable().optional(),
});
export type ItineraryDay = z.infer<typeof ItineraryDaySchema>;

export const ItinerarySchema = z.object({
  artistId: IdSchema,
  artistName: z.string(),
  transportMode: TransportModeSchema,
  home: z.object({ label: z.string(), latitude: z.number(), longitude: z.number() }),
  distanceKm: z.number(),
  travelMin: z.number(),
  co2eKg: z.number(),
  days: z.array(ItineraryDaySchema),
});
export type Itinerary = z.infer<typeof ItinerarySchema>;

const PlacementSchema = z.object({
  date: z.string(),
  start: z.string(),
  artists: z.array(z.object({ id: IdSchema, name: z.string() })),
});

export const PlanChangeSchema = z.object({
  sessionId: IdSchema,
  title: z.string().nullable(),
  kind: SessionKindSchema,
  venueName: z.string(),
  from: PlacementSchema,
  to: PlacementSchema,
});
export type PlanChange = z.infer<typeof PlanChangeSchema>;

export const UnplacedSessionSchema = z.object({
  sessionId: IdSchema,
  title: z.string().nullable(),
  kind: SessionKindSchema,
  venueName: z.string(),
  reason: UnplacedReasonSchema,
  /** The engine's English detail, for support. */
  detail: z.string(),
});

const ComparedSchema = PlanTotalsSchema.pick({
  distanceKm: true,
  travelMin: true,
  co2eKg: true,
  artistDays: true,
});

/**
 * The plan and the current plan on the same sessions: those both place, each side's days measured
 * without the others; and how many sessions only one side places (and why, for the current plan).
 */
export const LikeForLikeSchema = z.object({
  sessions: z.number().int(),
  plan: ComparedSchema,
  current: ComparedSchema,
  /** Percent of kilometres the plan saves on those sessions; null when the current plan drives none. */
  savedPercent: z.number().nullable(),
  onlyInPlan: z.number().int(),
  /** Of `onlyInPlan`: sessions that have no artist yet, so the current plan cannot place them. */
  onlyInPlanWithoutArtist: z.number().int(),
  onlyInCurrent: z.number().int(),
});
export type LikeForLike = z.infer<typeof LikeForLikeSchema>;

export const PlanningResultSchema = z.object({
  timeZone: z.string(),
  factorVersion: z.string(),
  plan: PlanTotalsSchema,
  current: PlanTotalsSchema,
  baseline: PlanTotalsSchema,
  /** Percent of kilometres saved; null when the other plan drives none or places more sessions. */
  savedVsCurrentPercent: z.number().nullable(),
  savedVsBaselinePercent: z.number().nullable(),
  /** Absent in runs computed before it existed. */
  likeForLike: LikeForLikeSchema.optional(),
  itineraries: z.array(ItinerarySchema),
  changes: z.array(PlanChangeSchema),
  unplaced: z.array(UnplacedSessionSchema),
  /** Conflicts the plan would still have (e.g. a group or venue twice at once): accept refuses them. */
  warnings: z.array(
    z.object({
      sessionId: IdSchema,
      otherSessionId: IdSchema,
      /** What both sessions would hold at once. */
      shared: z.enum(['venue', 'group']),
    }),
  ),
  iterations: z.number().int(),
  elapsedMs: z.number(),
});
export type PlanningResult = z.infer<typeof PlanningResultSchema>;

export const PlanningRunSchema = z.object({
  id: IdSchema,
  project: z.object({ id: IdSchema, name: z.string() }).nullable(),
  from: z.string(),
  to: z.string(),
  status: PlanningRunStatusSchema,
  sessionCount: z.number().int(),
  artistCount: z.number().int(),
  pinnedSessionIds: z.array(IdSchema),
  /** Confirmed sessions kept at their agreed date, and those the coordinator freed. */
  agreedSessionIds: z.array(IdSchema),
  freedSessionIds: z.array(IdSchema),
  keepCurrentAssignments: z.boolean(),
  /** The lunch break rule the run kept; null: none. */
  lunchBreak: LunchBreakSchema.nullable(),
  replanOf: IdSchema.nullable(),
  timeLimitSec: z.number().int(),
  seed: z.number().int(),
  progress: PlanningProgressSchema.nullable(),
  distanceModel: DistanceModelSchema.nullable(),
  result: PlanningResultSchema.nullable(),
  error: z.string().nullable(),
  createdAt: TimestampSchema,
  startedAt: TimestampSchema.nullable(),
  finishedAt: TimestampSchema.nullable(),
  acceptedAt: TimestampSchema.nullable(),
});
export type PlanningRun = z.infer<typeof PlanningRunSchema>;

/** Runs in a list: no result, only the figures. */
export const PlanningRunSummarySchema = PlanningRunSchema.omit({ result: true }).extend({
  plan: PlanTotalsSchema.nullable(),
  savedVsCurrentPercent: z.number().nullable(),
});
export type PlanningRunSummary = z.infer<typeof PlanningRunSummarySchema>;

export const PlanningAcceptResultSchema = z.object({
  runId: IdSchema,
  applied: z.number().int(),
  sessionIds: z.array(IdSchema),
});
export type PlanningAcceptResult = z.infer<typeof PlanningAcceptResultSchema>;
