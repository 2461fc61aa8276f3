// Carbon accounting: versioned emission-factor sets, the version each organisation uses, and the
// project and session settings (audience mode split, equipment van) the footprint is built from.
import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  jsonb,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { organisations } from './organisations';
import { projects } from './projects';
import { sessions } from './sessions';
import { appRole, orgIdColumn, tenantPolicy } from './tenancy';

/** One mode's factor as stored; the carbon package validates the shape before it is written. */
export type StoredModeFactor = {
  unitBasis: 'vehicle-km' | 'passenger-km';
  useKgPerKm: number;
  buildKgPerKm: number;
  contrailsKgPerKm: number;
  totalKgPerKm: number;
};

export type StoredOnlineVideoFactor = { kgPerDeviceHour: number; source: string; note: string };

/**
 * Factor versions. Built-in sets (ADEME) have no organisation and are readable by every tenant;
 * an organisation's own sets are visible to it alone. Tenants may add sets but never change or
 * delete one (privileges revoked by migration): a figure can always be recomputed with the
 * version it recorded.
 */
export const carbonFactorSets = pgTable(
  'carbon_factor_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for the built-in sets shipped with Tutti. */
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    version: text('version').notNull(),
    publishedOn: text('published_on').notNull(),
    source: text('source').notNull(),
    licence: text('licence').notNull(),
    factors: jsonb('factors').$type<Record<string, StoredModeFactor>>().notNull(),
    onlineVideo: jsonb('online_video').$type<StoredOnlineVideoFactor>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('carbon_factor_sets_org_version_unique').on(t.orgId, t.version).nullsNotDistinct(),
    // Reading: the shared built-in sets and the organisation's own.
    pgPolicy('carbon_factor_sets_read', {
      as: 'permissive',
      for: 'select',
      to: appRole,
      using: sql`org_id is null or org_id = tutti_org_id()`,
    }),
    // Writing: only rows of the organisation itself, so a tenant can never add a built-in set.
    pgPolicy('carbon_factor_sets_insert', {
      as: 'permissive',
      for: 'insert',
      to: appRole,
      withCheck: sql`org_id = tutti_org_id()`,
    }),
  ],
).enableRLS();

/** The factor version an organisation's new figures use; no row means the latest built-in set. */
export const carbonSettings = pgTable(
  'carbon_settings',
  {
    orgId: orgIdColumn().primaryKey(),
    factorSetId: uuid('factor_set_id')
      .notNull()
      .references(() => carbonFactorSets.id, { onDelete: 'no action' }),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [tenantPolicy('carbon_settings')],
).enableRLS();

export type StoredModeSplit = { shares: Record<string, number>; carOccupancy: number };

/** A project's assumptions: how its audience travels, how groups travel, the equipment van. */
export const carbonProjectSettings = pgTable(
  'carbon_project_settings',
  {
    projectId: uuid('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    orgId: orgIdColumn(),
    /** Null: the carbon package's default split for the venue's area (rural or urban). */
    audienceModeSplit: jsonb('audience_mode_split').$type<StoredModeSplit>(),
    /** How a group (class, social-centre group) reaches a venue in another commune. */
    groupMode: text('group_mode').notNull().default('coach'),
    /** Km the equipment van drives (out and back) for each session of the kinds below. */
    vanKmPerSession: doublePrecision('van_km_per_session'),
    vanSessionKinds: text('van_session_kinds').array().notNull().default(sql`'{concert}'::text[]`),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('carbon_project_settings_org_idx').on(t.orgId),
    tenantPolicy('carbon_project_settings'),
  ],
).enableRLS();

/** A session's own equipment van, overriding the project's (0: no van). */
export const carbonSessionSettings = pgTable(
  'carbon_session_settings',
  {
    sessionId: uuid('session_id')
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    orgId: orgIdColumn(),
    vanKm: doublePrecision('van_km'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('carbon_session_settings_org_idx').on(t.orgId),
    tenantPolicy('carbon_session_settings'),
  ],
).enableRLS();

/**
 * A coordinator's confirmation that a flagged input of a footprint is right (an audience that
 * does come from 120 km, a trip that is half a project's footprint): the input counts in the
 * headline again. It vouches for the input as it was (`fingerprint`: kind, one-way km, people);
 * an input that changes is flagged again. Who and when are kept with it.
 */
export const carbonConfirmations = pgTable(
  'carbon_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The input's key in the carbon model (`audience:<session>:<commune>`, `group:<session>:<group>`…). */
    inputKey: text('input_key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('carbon_confirmations_input_unique').on(t.orgId, t.inputKey),
    index('carbon_confirmations_session_idx').on(t.sessionId),
    tenantPolicy('carbon_confirmations'),
  ],
).enableRLS();
