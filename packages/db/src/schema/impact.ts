// Impact evaluation: observation surveys with pseudonymous answers, and funder reports built as jobs.
import {
  reportStatuses,
  reportTemplates,
  surveyPhases,
  type surveyQuestionKinds,
  surveyStatuses,
  surveySubjects,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { journeys } from './journeys';
import { organisations } from './organisations';
import { groups, participants } from './participants';
import { projects } from './projects';
import { appRole, orgIdColumn, tenantPolicy } from './tenancy';

export type StoredSurveyQuestion = {
  id: string;
  kind: (typeof surveyQuestionKinds)[number];
  label: string;
  /** Choices of single and multiple choice questions, in order. */
  options?: { id: string; label: string }[];
  /** Words for the two ends of a 1–5 scale. */
  scaleLabels?: { low: string; high: string };
  required: boolean;
};

/** Answers by question id: a scale value, one option id, several option ids, or text. */
export type StoredSurveyAnswers = Record<string, number | string | string[]>;

export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    title: text('title').notNull(),
    description: text('description'),
    subject: text('subject', { enum: surveySubjects }).notNull(),
    /** Answered twice (before and after a journey) when true, once otherwise. */
    beforeAfter: boolean('before_after').notNull().default(true),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    journeyId: uuid('journey_id').references(() => journeys.id, { onDelete: 'set null' }),
    questions: jsonb('questions').$type<StoredSurveyQuestion[]>().notNull(),
    status: text('status', { enum: surveyStatuses }).notNull().default('draft'),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    index('surveys_org_created_idx').on(t.orgId, t.createdAt),
    index('surveys_journey_idx').on(t.journeyId).where(sql`journey_id is not null`),
    tenantPolicy('surveys'),
  ],
).enableRLS();

/**
 * The only link between a participant and their answers to one survey: a random code per
 * survey and participant. The database shows it only to members whose role sees names, so a
 * viewer's transaction cannot join answers back to a participant; deleting a participant
 * deletes the link and leaves their answers anonymous.
 */
export const surveyPseudonyms = pgTable(
  'survey_pseudonyms',
  {
    orgId: orgIdColumn(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    pseudonym: text('pseudonym').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('survey_pseudonyms_org_idx').on(t.orgId, t.surveyId),
    primaryKey({ columns: [t.surveyId, t.participantId] }),
    unique('survey_pseudonyms_survey_pseudonym_unique').on(t.surveyId, t.pseudonym),
    index('survey_pseudonyms_participant_idx').on(t.participantId),
    pgPolicy('survey_pseudonyms_name_readers', {
      as: 'permissive',
      for: 'all',
      to: appRole,
      using: sql`org_id = tutti_org_id() and exists (select 1 from memberships m where m.org_id = tutti_org_id() and m.user_id = tutti_user_id() and m.role in ('admin', 'coordinator', 'relay'))`,
      withCheck: sql`org_id = tutti_org_id() and exists (select 1 from memberships m where m.org_id = tutti_org_id() and m.user_id = tutti_user_id() and m.role in ('admin', 'coordinator', 'relay'))`,
    }),
  ],
).enableRLS();

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: surveyPhases }).notNull(),
    /** The pseudonym, the group id (group surveys) or a random id (anonymous surveys). */
    respondentKey: text('respondent_key').notNull(),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<StoredSurveyAnswers>().notNull(),
    submittedBy: uuid('submitted_by'),
    /** The device's id for this submission: a replay from a phone changes nothing. */
    opId: uuid('op_id').notNull(),
    ...timestamps(),
  },
  (t) => [
    index('survey_responses_org_idx').on(t.orgId, t.surveyId),
    unique('survey_responses_respondent_phase_unique').on(t.surveyId, t.respondentKey, t.phase),
    unique('survey_responses_op_unique').on(t.opId),
    index('survey_responses_group_idx').on(t.groupId),
    tenantPolicy('survey_responses'),
  ],
).enableRLS();

export type StoredReportParams = {
  from: string;
  to: string;
  projectIds: string[];
  communeCodes: string[];
  departmentCode: string | null;
  surveyIds: string[];
  locale: 'fr' | 'en' | 'de';
};

/** A funder report: what was asked, how far the job got, and the files it produced. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    template: text('template', { enum: reportTemplates }).notNull(),
    title: text('title').notNull(),
    params: jsonb('params').$type<StoredReportParams>().notNull(),
    status: text('status', { enum: reportStatuses }).notNull().default('queued'),
    progressPercent: integer('progress_percent').notNull().default(0),
    jobId: text('job_id'),
    /** Fingerprint of the rows the figures came from, and the carbon factor version used. */
    dataVersion: text('data_version'),
    factorVersion: text('factor_version'),
    pdfKey: text('pdf_key'),
    xlsxKey: text('xlsx_key'),
    csvKey: text('csv_key'),
    pdfBytes: integer('pdf_bytes'),
    xlsxBytes: integer('xlsx_bytes'),
    csvBytes: integer('csv_bytes'),
    error: text('error'),
    requestedBy: uuid('requested_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('reports_org_created_idx').on(t.orgId, t.createdAt), tenantPolicy('reports')],
).enableRLS();

/**
 * A counter per organisation, raised once by the commit of any transaction that changed a row
 * impact figures are made of (sessions, attendance, head counts, people, places, carbon
 * settings; deferred triggers): figures cached under one value are current as long as it has
 * not moved.
 */
export const impactDataVersions = pgTable(
  'impact_data_versions',
  {
    orgId: uuid('org_id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    version: bigint('version', { mode: 'number' }).notNull().default(1),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [tenantPolicy('impact_data_versions')],
).enableRLS();
