// Attempt counters of the rate limits (sign-in, account mails, one-time links), in the database so
// that every server process of a deployment counts against the same limit. Instance-wide: a
// counter belongs to no organisation, and holds a hash of what it counts, never an address.
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    /** SHA-256 of the limit's name and its key (a network address, an e-mail address). */
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    /** The end of the counter's window; a later attempt starts a new window at 1. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_counters_expires_idx').on(t.expiresAt)],
);
