// Tour planning: runs of the optimiser (what was asked, progress, result) and the session
// assignments each run proposes, kept so that accepting a plan can check nothing moved meanwhile.
import { planningRunStatuses } from '@tutti/contracts';
import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { artists } from './artists';
import { projects } from './projects';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

/** The best plan found so far, written by the job about every half second. */
export type StoredPlanningProgress = {
  elapsedMs: number;
  iterations: number;
  distanceKm: number;
  placed: number;
  unplaced: number;
};

export const planningRuns = pgTable(
  'planning_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    /** The project planned, or null for a season (every project in the date range). */
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date').notNull(),
    status: text('status', { enum: planningRunStatuses }).notNull().default('queued'),
    /** The request as validated (sessions, artists, windows, pins, time limit, seed). */
    request: jsonb('request').$type<Record<string, unknown>>().notNull(),
    /** The run this one re-plans: its assignments are kept where possible. */
    replanOf: uuid('replan_of'),
    progress: jsonb('progress').$type<StoredPlanningProgress>(),
    /** `great_circle` or `osrm`, and why OSRM was not used when it was configured. */
    distanceModel: jsonb('distance_model').$type<Record<string, unknown>>(),
    /** Itineraries, comparison with the current plan and the baseline, unplaced sessions. */
    result: jsonb('result').$type<Record<string, unknown>>(),
    error: text('error'),
    jobId: text('job_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by'),
  },
  (t) => [
    index('planning_runs_org_created_idx').on(t.orgId, t.createdAt),
    index('planning_runs_project_idx').on(t.projectId),
    tenantPolicy('planning_runs'),
  ],
).enableRLS();

/**
 * One session of a run: how it stood when the run started (to refuse accepting over later
 * edits) and where the plan puts it; `artist_id` null when the plan could not place it.
 */
export const planningAssignments = pgTable(
  'planning_assignments',
  {
    orgId: orgIdColumn(),
    runId: uuid('run_id')
      .notNull()
      .references(() => planningRuns.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The session's `updated_at` when the run started. */
    sessionVersion: timestamp('session_version', { withTimezone: true }).notNull(),
    currentStartsAt: timestamp('current_starts_at', { withTimezone: true }).notNull(),
    currentArtistIds: uuid('current_artist_ids').array().notNull(),
    pinned: boolean('pinned').notNull().default(false),
    artistId: uuid('artist_id').references(() => artists.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    /** The engine's reason code when the session could not be placed. */
    unplacedReason: text('unplaced_reason'),
  },
  (t) => [
    index('planning_assignments_org_idx').on(t.orgId, t.runId),
    primaryKey({ columns: [t.runId, t.sessionId] }),
    index('planning_assignments_session_idx').on(t.sessionId),
    tenantPolicy('planning_assignments'),
  ],
).enableRLS();
