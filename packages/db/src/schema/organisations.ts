// Organisations (tenants), their members with one role each, and invitations to join them.
import { roles } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { appRole } from './roles';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
    // Demo organisations are recreated by `npm run seed` and never exist in production.
    isDemo: boolean('is_demo').notNull().default(false),
    /** Its public pages (/p/<public_slug>) are served, and listed in the sitemap, only when true. */
    publicProfile: boolean('public_profile').notNull().default(false),
    /** The short name in its public addresses; kept when the profile is switched off. */
    publicSlug: text('public_slug'),
    publicDescription: text('public_description'),
    publicRegion: text('public_region'),
    /** Bytes of media the organisation may store; null: the server's default (TUTTI_MEDIA_QUOTA_MB). */
    mediaQuotaBytes: bigint('media_quota_bytes', { mode: 'number' }),
    /** The highest price of a concert seat, in cents (10 € unless the organisation sets its own). */
    ticketPriceCapCents: integer('ticket_price_cap_cents').notNull().default(1000),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_public_slug_unique').on(t.publicSlug),
    pgPolicy('organisations_tenant_isolation', {
      as: 'permissive',
      for: 'all',
      to: appRole,
      using: sql`id = tutti_org_id()`,
      withCheck: sql`id = tutti_org_id()`,
    }),
  ],
).enableRLS();

/**
 * A counter per organisation, raised once by the commit of any transaction that changed one of
 * its rows (deferred triggers on every tenant table): a response cached under one value is
 * current as long as the value has not moved.
 */
export const orgDataVersions = pgTable(
  'org_data_versions',
  {
    orgId: uuid('org_id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    version: bigint('version', { mode: 'number' }).notNull().default(1),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [sameOrganisationPolicy('org_data_versions')],
).enableRLS();

/**
 * A counter per organisation and tenant table, raised by the commit of any transaction that
 * changed one of the table's rows: a cached answer records the tables it read and is current as
 * long as their counters have not moved (apps/api/README.md, read after write).
 */
export const tableDataVersions = pgTable(
  'table_data_versions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    tableName: text('table_name').notNull(),
    version: bigint('version', { mode: 'number' }).notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.tableName] }),
    sameOrganisationPolicy('table_data_versions'),
  ],
).enableRLS();

/**
 * A counter per artist, UTC day of a session's start and table, raised by the commit of any
 * transaction that changed a row of that table belonging to a session of that artist starting
 * that day (the session itself, or a row of a table whose `session_id` references sessions).
 * `day` is `-infinity`, under `sessions`, for a change to every day of the artist (taken off a
 * session). An artist's day or calendar read from the cache depends on these instead of on every
 * session of the organisation, and a mark leaves a calendar, which shows none, current.
 */
export const artistDayVersions = pgTable(
  'artist_day_versions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    artistId: uuid('artist_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    tableName: text('table_name').notNull(),
    version: bigint('version', { mode: 'number' }).notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.artistId, t.day, t.tableName] }),
    sameOrganisationPolicy('artist_day_versions'),
  ],
).enableRLS();

export const memberships = pgTable(
  'memberships',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    index('memberships_user_idx').on(t.userId),
    sameOrganisationPolicy('memberships'),
  ],
).enableRLS();

/** An e-mailed invitation to join an organisation with a role (not a concert seat). */
export const memberInvitations = pgTable(
  'member_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: roles }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('member_invitations_token_unique').on(t.tokenHash),
    index('member_invitations_org_idx').on(t.orgId, t.createdAt),
    sameOrganisationPolicy('member_invitations'),
  ],
).enableRLS();

// The tenant policy, written here rather than imported: tenancy.ts depends on this module.
function sameOrganisationPolicy(tableName: string) {
  return pgPolicy(`${tableName}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: sql`org_id = tutti_org_id()`,
    withCheck: sql`org_id = tutti_org_id()`,
  });
}
