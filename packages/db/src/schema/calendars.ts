// Secret calendar feed addresses (iCalendar) for an artist or a group, revocable.
import { calendarFeedKinds } from '@tutti/contracts';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    kind: text('kind', { enum: calendarFeedKinds }).notNull(),
    targetId: uuid('target_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_unique').on(t.tokenHash),
    index('calendar_feeds_target_idx').on(t.orgId, t.kind, t.targetId),
    tenantPolicy('calendar_feeds'),
  ],
).enableRLS();
