// Calls for applications with juries: the call, applications made without an account, their
// recordings (media files stored under the applicant's code), jurors, assignments and scores.
import type {
  ApplicationStatus,
  CallCriterion,
  CallDecision,
  CallField,
  CallPart,
  CallPhase,
  CallRecordingSpec,
  Locale,
  LocalisedText,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps } from './columns';
import { files } from './files';
import { participants } from './participants';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    /** The short code of its public page (/p/<org>/appels/<code>). */
    publicCode: text('public_code').notNull(),
    title: jsonb('title').$type<LocalisedText>().notNull(),
    description: jsonb('description').$type<LocalisedText>().notNull(),
    eligibility: jsonb('eligibility').$type<LocalisedText>().notNull(),
    timeZone: text('time_zone').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    fields: jsonb('fields').$type<CallField[]>().notNull().default([]),
    recordings: jsonb('recordings').$type<CallRecordingSpec[]>().notNull().default([]),
    criteria: jsonb('criteria').$type<CallCriterion[]>().notNull().default([]),
    parts: jsonb('parts').$type<CallPart[]>().notNull().default([]),
    retentionMonths: integer('retention_months').notNull().default(6),
    phase: text('phase').$type<CallPhase>().notNull().default('draft'),
    revisionUntil: timestamp('revision_until', { withTimezone: true }),
    scoresLockedAt: timestamp('scores_locked_at', { withTimezone: true }),
    /** When the decisions were notified: recordings are deleted `retentionMonths` after. */
    resultsAt: timestamp('results_at', { withTimezone: true }),
    recordingsPurgedAt: timestamp('recordings_purged_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('calls_public_code_unique').on(t.orgId, t.publicCode),
    index('calls_org_idx').on(t.orgId, t.opensAt),
    tenantPolicy('calls'),
  ],
).enableRLS();

export const callApplications = pgTable(
  'call_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    /** What jurors see instead of a name: `K7Q-3PF`. */
    code: text('code').notNull(),
    /** The address the one-time link confirmed. */
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    locale: text('locale').$type<Locale>().notNull().default('fr'),
    part: text('part'),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    /** The applicant says they have no place to record: a supervised recording day may be offered. */
    needsRecordingDay: boolean('needs_recording_day').notNull().default(false),
    /** The commune the applicant lives in (INSEE code), when given. */
    communeCode: text('commune_code'),
    /** Its name as shown back to the applicant and the coordinators. */
    communeName: text('commune_name'),
    status: text('status').$type<ApplicationStatus>().notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Kept after the pre-selection (null before). */
    shortlisted: boolean('shortlisted'),
    decision: text('decision').$type<CallDecision>(),
    decisionReason: text('decision_reason'),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    /** The participant this applicant is, when names match (for conflicts of interest). */
    participantId: uuid('participant_id').references(() => participants.id, {
      onDelete: 'set null',
    }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('call_applications_code_unique').on(t.callId, t.code),
    uniqueIndex('call_applications_email_unique').on(t.callId, t.email),
    index('call_applications_org_idx').on(t.orgId, t.email),
    tenantPolicy('call_applications'),
  ],
).enableRLS();

export const callRecordings = pgTable(
  'call_recordings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => callApplications.id, { onDelete: 'cascade' }),
    /** The call's recording spec this answers. */
    key: text('key').notNull(),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('call_recordings_key_unique').on(t.applicationId, t.key),
    index('call_recordings_org_idx').on(t.orgId, t.fileId),
    tenantPolicy('call_recordings'),
  ],
).enableRLS();

export const callJurors = pgTable(
  'call_jurors',
  {
    orgId: orgIdColumn(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.callId, t.userId] }),
    index('call_jurors_org_idx').on(t.orgId, t.userId),
    tenantPolicy('call_jurors'),
  ],
).enableRLS();

/** Who hears which application; a recusal (declared, or a conflict Tutti found) keeps the row. */
export const callAssignments = pgTable(
  'call_assignments',
  {
    orgId: orgIdColumn(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => callApplications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recusedAt: timestamp('recused_at', { withTimezone: true }),
    /** The juror's reason, or `detected` when Tutti's own data shows a conflict. */
    recusalReason: text('recusal_reason'),
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    recordingQuality: integer('recording_quality'),
    /** The weighted total of the criteria that count, 0–10. */
    total: numeric('total', { precision: 5, scale: 3, mode: 'number' }),
    note: text('note'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.userId] }),
    index('call_assignments_org_idx').on(t.orgId, t.callId, t.userId),
    index('call_assignments_submitted_idx')
      .on(t.callId, t.userId)
      .where(sql`submitted_at is not null`),
    tenantPolicy('call_assignments'),
  ],
).enableRLS();

/** Each time a juror fetched a recording: jurors' listening is restricted and logged. */
export const callRecordingAccesses = pgTable(
  'call_recording_accesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    recordingId: uuid('recording_id')
      .notNull()
      .references(() => callRecordings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('call_recording_accesses_org_idx').on(t.orgId, t.recordingId),
    tenantPolicy('call_recording_accesses'),
  ],
).enableRLS();

/**
 * A supervised recording day proposed to an applicant who has no place to record: a session of
 * the organisation's tours (a stop on a planned day) near the commune they live in, where the
 * team records them. One per application; a new proposal replaces it.
 */
export const callRecordingDays = pgTable(
  'call_recording_days',
  {
    orgId: orgIdColumn(),
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => callApplications.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The applicant's commune the stop was chosen near (INSEE code), and how far it is. */
    communeCode: text('commune_code').notNull(),
    distanceKm: numeric('distance_km', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('call_recording_days_org_idx').on(t.orgId, t.sessionId),
    tenantPolicy('call_recording_days'),
  ],
).enableRLS();
