// Tour planning requests: which sessions and artists to plan, their allowed dates and hours, pins.
import { z } from 'zod';
import { TransportModeSchema } from './artists';
import { IdSchema, TimestampSchema } from './common';
import { LocalDateSchema, LocalSlotSchema, LocalTimeSchema } from './local-time';
import { SessionKindSchema, SessionStatusSchema } from './sessions';

/** Sessions and artists per run: a season of 2,500 sessions and 40 artists fits with room. */
export const PLANNING_MAX_SESSIONS = 3000;
export const PLANNING_MAX_ARTISTS = 200;
/** A scope longer than a year and a half is a mistake, not a season. */
export const PLANNING_MAX_RANGE_DAYS = 550;

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const minuteOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The scope: a project (its sessions from tomorrow), a date range (a season, every project), or
 * both; nothing at all means the next 90 days.
 */
export const PlanningScopeQuerySchema = z
  .strictObject({
    projectId: IdSchema.optional(),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
  })
  .superRefine((scope, context) => {
    if ((scope.from === undefined) !== (scope.to === undefined)) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'Give both from and to' });
    }
    if (scope.from && scope.to) {
      const days = dayNumber(scope.to) - dayNumber(scope.from);
      if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'Before from' });
      if (days > PLANNING_MAX_RANGE_DAYS)
        context.addIssue({ code: 'custom', path: ['to'], message: 'At most 550 days' });
    }
  });
export type PlanningScopeQuery = z.infer<typeof PlanningScopeQuerySchema>;

export const HoursSchema = z
  .strictObject({ from: LocalTimeSchema, to: LocalTimeSchema })
  .refine((h) => minuteOf(h.to) > minuteOf(h.from), { path: ['to'], message: 'After from' });

/**
 * Artists' lunch break: between `from` and `to`, each artist-day keeps `minutes` free in one piece
 * (no session, no driving). A day that ends before it or starts after it needs nothing.
 */
export const LunchBreakSchema = z
  .strictObject({
    from: LocalTimeSchema,
    to: LocalTimeSchema,
    minutes: z.number().int().min(5).max(180),
  })
  .refine((rule) => minuteOf(rule.to) - minuteOf(rule.from) >= rule.minutes, {
    path: ['minutes'],
    message: 'Longer than the window',
  });
export type LunchBreak = z.infer<typeof LunchBreakSchema>;
export const DEFAULT_LUNCH_BREAK: LunchBreak = { from: '12:00', to: '13:30', minutes: 45 };

/** One session's own allowed dates and hours, instead of the run's defaults. */
export const SessionRuleSchema = z.strictObject({
  sessionId: IdSchema,
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  hours: HoursSchema.optional(),
});

export const PlanningRunCreateBodySchema = z
  .strictObject({
    projectId: IdSchema.optional(),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    /** Default: the planned sessions of the scope that can be placed (a venue, one artist at most). */
    sessionIds: z
      .array(IdSchema)
      .min(1)
      .max(PLANNING_MAX_SESSIONS)
      .refine(uniqueIds, 'Each session once')
      .optional(),
    /** Default: the located artists who lead one of the kinds to place. */
    artistIds: z
      .array(IdSchema)
      .min(1)
      .max(PLANNING_MAX_ARTISTS)
      .refine(uniqueIds, 'Each artist once')
      .optional(),
    /** Allowed dates: the session's current date ± this many days (journeys keep their order). */
    windowDays: z.number().int().min(0).max(90).default(7),
    /** Hours a session may start and end in; a session now outside them keeps its time of day. */
    hours: HoursSchema.default({ from: '08:30', to: '17:30' }),
    /** ISO weekdays allowed (1 = Monday); a session's current weekday is always allowed. */
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each weekday once')
      .default([1, 2, 3, 4, 5]),
    /** Keep sessions off the public holidays of France (a session's current date included). */
    avoidPublicHolidays: z.boolean().default(true),
    sessionRules: z.array(SessionRuleSchema).max(PLANNING_MAX_SESSIONS).default([]),
    /** Sessions kept where they are (or where the re-planned run put them). */
    pinnedSessionIds: z.array(IdSchema).max(PLANNING_MAX_SESSIONS).refine(uniqueIds).default([]),
    /**
     * Confirmed sessions (a date agreed with the partner) the plan may move. The others keep their
     * date and time, and their artist when they have one.
     */
    freedSessionIds: z.array(IdSchema).max(PLANNING_MAX_SESSIONS).refine(uniqueIds).default([]),
    /** `null`: no break rule. */
    lunchBreak: LunchBreakSchema.nullable().default(DEFAULT_LUNCH_BREAK),
    /** Re-plan an earlier run: pins keep its assignments, and few of the others change. */
    replanOf: IdSchema.optional(),
    /**
     * Without `replanOf`: change as few of the current assignments as possible. Default: on when a
     * session of the run is confirmed (its date agreed with a partner).
     */
    keepCurrentAssignments: z.boolean().optional(),
    timeLimitSec: z.number().int().min(1).max(300).default(20),
    seed: z.number().int().min(0).max(2_147_483_647).default(1),
  })
  .superRefine((body, context) => {
    if (!body.projectId && !(body.from && body.to) && !body.replanOf) {
      context.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'Give a project or a date range',
      });
    }
    if ((body.from === undefined) !== (body.to === undefined)) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'Give both from and to' });
    }
    if (body.from && body.to) {
      const days = dayNumber(body.to) - dayNumber(body.from);
      if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'Before from' });
      if (days > PLANNING_MAX_RANGE_DAYS)
        context.addIssue({ code: 'custom', path: ['to'], message: 'At most 550 days' });
    }
    body.sessionRules.forEach((rule, i) => {
      if (rule.from && rule.to && rule.to < rule.from) {
        context.addIssue({
          code: 'custom',
          path: ['sessionRules', i, 'to'],
          message: 'Before from',
        });
      }
    });
  });
export type PlanningRunCreateBody = z.input<typeof PlanningRunCreateBodySchema>;
export type PlanningRunRequest = z.output<typeof PlanningRunCreateBodySchema>;

export const PlanningRunParamsSchema = z.strictObject({ orgId: IdSchema, runId: IdSchema });
export const PlanningRunListQuerySchema = z.strictObject({
  projectId: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const PlanningAcceptBodySchema = z.strictObject({});
export const PlanningCancelBodySchema = z.strictObject({});

/** Why a session cannot be planned in a run: Tutti places one artist per session, at a venue. */
export const notPlannableReasons = [
  'online',
  'no_venue',
  'venue_not_located',
  'several_artists',
  'not_planned',
  'past',
] as const;

export const PlanningCandidatesSchema = z.object({
  from: z.string(),
  to: z.string(),
  sessions: z.array(
    z.object({
      id: IdSchema,
      title: z.string().nullable(),
      kind: SessionKindSchema,
      status: SessionStatusSchema,
      project: z.object({ id: IdSchema, name: z.string() }),
      journey: z.object({ id: IdSchema, name: z.string() }).nullable(),
      venue: z
        .object({ id: IdSchema, name: z.string(), communeName: z.string().nullable() })
        .nullable(),
      local: LocalSlotSchema,
      startsAt: TimestampSchema,
      timeZone: z.string(),
      durationMin: z.number().int(),
      artists: z.array(z.object({ id: IdSchema, name: z.string() })),
      notPlannable: z.enum(notPlannableReasons).nullable(),
      /**
       * Confirmed: its date is agreed with a partner, so a run keeps it unless freed. The partner
       * is the venue's, else one of its groups'; null when neither names one.
       */
      agreedWith: z.object({ partnerName: z.string().nullable() }).nullable(),
    }),
  ),
  artists: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      skills: z.array(SessionKindSchema),
      homeCommuneName: z.string().nullable(),
      transportMode: TransportModeSchema,
      maxTravelKmPerDay: z.number().int().nullable(),
      located: z.boolean(),
      /** Leads a kind of the plannable sessions: chosen by default. */
      suggested: z.boolean(),
    }),
  ),
});
export type PlanningCandidates = z.infer<typeof PlanningCandidatesSchema>;
