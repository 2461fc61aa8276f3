// Groups and participants, with minimal personal data, guardian consent, and access needs kept apart.
import {
  ageBands,
  consentMethods,
  consentPurposes,
  consentSources,
  groupKinds,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { archivedAt, timestamps } from './columns';
import { partners } from './partners';
import { orgIdColumn, sensitiveTenantPolicy, tenantPolicy } from './tenancy';

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    name: text('name').notNull(),
    kind: text('kind', { enum: groupKinds }).notNull(),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'no action' }),
    /** The relay person's account (teacher, social worker...), who enrols and follows the group. */
    relayUserId: uuid('relay_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Members listed one by one (a class), or only counted (a concert audience). */
    listedIndividually: boolean('listed_individually').notNull().default(true),
    expectedSize: integer('expected_size'),
    ageBand: text('age_band', { enum: ageBands }),
    communeCode: text('commune_code'),
    communeName: text('commune_name'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [
    index('groups_org_name_idx').on(t.orgId, t.name),
    index('groups_relay_idx').on(t.relayUserId),
    tenantPolicy('groups'),
  ],
).enableRLS();

export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'no action' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name'),
    ageBand: text('age_band', { enum: ageBands }).notNull(),
    communeCode: text('commune_code'),
    communeName: text('commune_name'),
    /** Lower-case, accent-free "first last" for search. */
    searchName: text('search_name').notNull(),
    /** After this date the record is anonymised by the retention job. */
    retainUntil: date('retain_until').notNull(),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [
    index('participants_group_idx').on(t.groupId),
    index('participants_org_search_idx').on(t.orgId, t.searchName),
    // The list of an organisation's current participants, in name order, read from the index alone.
    index('participants_org_active_idx')
      .on(t.orgId, t.searchName, t.id)
      .where(sql`archived_at is null`),
    index('participants_retention_idx').on(t.retainUntil).where(sql`anonymised_at is null`),
    tenantPolicy('participants'),
  ],
).enableRLS();

/** Guardian consent for a minor: who gave it, when, for what; withdrawal keeps the history. */
export const participantConsents = pgTable(
  'participant_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    /** Null when an imported file said the consent was given without naming the guardian. */
    guardianName: text('guardian_name'),
    /** Lower-cased; lets the guardian ask for a one-time link to their children's page. */
    guardianEmail: text('guardian_email'),
    /** Digits with a leading +, for a link by text message. */
    guardianPhone: text('guardian_phone'),
    givenOn: date('given_on').notNull(),
    method: text('method', { enum: consentMethods }).notNull(),
    purposes: text('purposes', { enum: consentPurposes }).array().notNull(),
    withdrawnOn: date('withdrawn_on'),
    recordedBy: uuid('recorded_by'),
    /** Typed in a form, or read from an imported file: then the file's name and the line. */
    source: text('source', { enum: consentSources }).notNull().default('form'),
    sourceFile: text('source_file'),
    sourceLine: integer('source_line'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('participant_consents_participant_idx').on(t.participantId),
    index('participant_consents_guardian_email_idx')
      .on(t.orgId, t.guardianEmail)
      .where(sql`guardian_email is not null`),
    index('participant_consents_guardian_phone_idx')
      .on(t.orgId, t.guardianPhone)
      .where(sql`guardian_phone is not null`),
    tenantPolicy('participant_consents'),
  ],
).enableRLS();

/**
 * Special-category data (disability, health). Readable only in a transaction opened with the
 * sensitive flag, which services set for the roles that need it.
 */
export const participantAccessNeeds = pgTable(
  'participant_access_needs',
  {
    participantId: uuid('participant_id')
      .primaryKey()
      .references(() => participants.id, { onDelete: 'cascade' }),
    orgId: orgIdColumn(),
    needs: text('needs').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('participant_access_needs_org_idx').on(t.orgId, t.participantId),
    sensitiveTenantPolicy('participant_access_needs'),
  ],
).enableRLS();
