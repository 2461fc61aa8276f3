// People who sign in, their logins (one per signed-in browser) and their one-time e-mail tokens.
import { locales } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appRole } from './roles';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased and trimmed; uniqueness is on this normalised form.
    email: text('email').notNull(),
    passwordHash: text('password_hash'),
    displayName: text('display_name').notNull(),
    locale: text('locale', { enum: locales }).notNull().default('fr'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    // Tenant code sees only the people of its organisation (and the acting user).
    pgPolicy('users_visible_to_members', {
      as: 'permissive',
      for: 'select',
      to: appRole,
      using: sql`id = tutti_user_id() or exists (select 1 from memberships m where m.user_id = ${t.id} and m.org_id = tutti_org_id())`,
    }),
  ],
).enableRLS();

/** A signed-in browser: created at sign-in, found from its cookie, deleted at sign-out. */
export const logins = pgTable(
  'logins',
  {
    // SHA-256 of the cookie token: a leaked table does not yield usable cookies.
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('logins_user_idx').on(t.userId)],
);

export const accountTokenPurposes = ['verify-email', 'reset-password'] as const;

export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: accountTokenPurposes }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('account_tokens_user_idx').on(t.userId, t.purpose).where(sql`used_at is null`)],
);
