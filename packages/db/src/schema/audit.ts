// The audit log: one row per read of special-category data, per export and per role change.
// A row names the action, the member and the kind and id of the subject, never the content read
// or exported. Rows are written inside the transaction of the action they record.
import { auditActions } from '@tutti/contracts';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    /** The member who acted; kept as null when their account is deleted. */
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action', { enum: auditActions }).notNull(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id'),
    /** A short, non-personal precision: an export's format, a new role. */
    detail: text('detail'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_events_org_at_idx').on(t.orgId, t.at),
    index('audit_events_at_idx').on(t.at),
    tenantPolicy('audit_events'),
  ],
).enableRLS();
