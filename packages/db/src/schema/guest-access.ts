// People without accounts: one-time links sent to an address, the short scoped accesses they
// open, and secret links that a whole group shares. Tokens of one-time links and accesses are
// stored only as hashes; they are read by token outside any organisation, as the owner role.
import { guestScopes } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { groups } from './participants';
import { orgIdColumn, tenantPolicy } from './tenancy';

/** A one-time link e-mailed (or texted) to an address that a scope knows in the organisation. */
export const guestAccessLinks = pgTable(
  'guest_access_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    // SHA-256 of the token in the link.
    tokenHash: text('token_hash').notNull(),
    scope: text('scope', { enum: guestScopes }).notNull(),
    /** The normalised address the link was sent to: what the scope reads by. */
    subject: text('subject').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('guest_access_links_org_idx').on(t.orgId, t.createdAt),
    uniqueIndex('guest_access_links_token_unique').on(t.tokenHash),
    index('guest_access_links_expiry_idx').on(t.expiresAt),
    tenantPolicy('guest_access_links'),
  ],
).enableRLS();

/** The access a redeemed link opened: the audit of who used a link, and the cookie's record. */
export const guestAccesses = pgTable(
  'guest_accesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    linkId: uuid('link_id').references(() => guestAccessLinks.id, { onDelete: 'set null' }),
    // SHA-256 of the cookie token.
    tokenHash: text('token_hash').notNull(),
    scope: text('scope', { enum: guestScopes }).notNull(),
    subject: text('subject').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Set at sign-out; the row stays for the audit until the purge. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('guest_accesses_token_unique').on(t.tokenHash),
    index('guest_accesses_org_idx').on(t.orgId, t.createdAt),
    index('guest_accesses_expiry_idx').on(t.expiresAt),
    tenantPolicy('guest_accesses'),
  ],
).enableRLS();

/**
 * A secret link for a whole group (a class, a nursing-home wing): opens a public page with the
 * group's upcoming sessions and the organisation's note, never personal data. The token is kept
 * readable so that staff can show its QR code again; it opens nothing personal.
 */
export const groupShareLinks = pgTable(
  'group_share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    token: text('token').notNull(),
    /** What the organisation shares with the group, shown on the page. */
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('group_share_links_org_idx').on(t.orgId, t.groupId),
    uniqueIndex('group_share_links_token_unique').on(t.token),
    index('group_share_links_group_idx').on(t.groupId).where(sql`revoked_at is null`),
    tenantPolicy('group_share_links'),
  ],
).enableRLS();
