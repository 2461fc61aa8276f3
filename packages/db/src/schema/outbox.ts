// Outgoing e-mail: every message is written here first, then sent when SMTP is configured.

import { outboxChannels, outboxStatuses } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { index, integer, pgPolicy, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { appRole } from './roles';

export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Null for account messages (password reset, verification) that belong to no organisation.
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    channel: text('channel', { enum: outboxChannels }).notNull().default('email'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: text('status', { enum: outboxStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    // When the relay may try (again); also the lease of a claimed message. Null once sent or failed.
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).defaultNow(),
    // Failures are retried with back-off until then (48 hours after queueing or a resend).
    retryUntil: timestamp('retry_until', { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '48 hours'`),
    // The transport's last error message (the relay's, never logged), for the admins.
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index('outbox_org_idx').on(t.orgId, t.createdAt),
    pgPolicy('outbox_messages_tenant_isolation', {
      as: 'permissive',
      for: 'all',
      to: appRole,
      using: sql`org_id is not null and org_id = tutti_org_id()`,
      withCheck: sql`org_id is not null and org_id = tutti_org_id()`,
    }),
  ],
).enableRLS();
