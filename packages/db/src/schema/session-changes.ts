// The history of each session: who placed, moved or changed it, when, and what changed.
import { type SessionChangeSet, sessionChangeActions } from '@tutti/contracts';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIdColumn, tenantPolicy } from './tenancy';

/**
 * One row per written session and write, appended in the transaction of the write. No foreign
 * key to the session: the history of a deleted session stays, until its organisation goes.
 */
export const sessionChanges = pgTable(
  'session_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id').notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action', { enum: sessionChangeActions }).notNull(),
    changes: jsonb('changes').$type<SessionChangeSet>().notNull(),
    /** Why a coordinator accepted conflicts with this write, when they did. */
    overrideReason: text('override_reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('session_changes_org_idx').on(t.orgId, t.at),
    index('session_changes_session_at_idx').on(t.sessionId, t.at),
    tenantPolicy('session_changes'),
  ],
).enableRLS();
