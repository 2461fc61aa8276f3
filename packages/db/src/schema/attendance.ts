// Attendance: one mark per participant per session, head counts, and the log of offline operations.
import {
  attendanceOperationKinds,
  attendanceStatuses,
  loggedOperationOutcomes,
} from '@tutti/contracts';
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { groups, participants } from './participants';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

/** The current mark; it comes from the operation that wins under the stated rule. */
export const attendanceMarks = pgTable(
  'attendance_marks',
  {
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    status: text('status', { enum: attendanceStatuses }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by'),
    deviceId: text('device_id').notNull(),
    opId: uuid('op_id').notNull(),
  },
  (t) => [
    index('attendance_marks_org_idx').on(t.orgId, t.sessionId),
    primaryKey({ columns: [t.sessionId, t.participantId] }),
    index('attendance_marks_participant_idx').on(t.participantId),
    tenantPolicy('attendance_marks'),
  ],
).enableRLS();

/** People counted rather than listed: a concert audience, or a group present without a roll. */
export const sessionHeadcounts = pgTable(
  'session_headcounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** Null for the session's general audience. */
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    count: integer('count').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by'),
    deviceId: text('device_id').notNull(),
    opId: uuid('op_id').notNull(),
  },
  (t) => [
    index('session_headcounts_org_idx').on(t.orgId, t.sessionId),
    unique('session_headcounts_session_group_unique').on(t.sessionId, t.groupId).nullsNotDistinct(),
    tenantPolicy('session_headcounts'),
  ],
).enableRLS();

/** Every attendance operation ever received, once: the op id makes replays harmless. */
export const attendanceOperations = pgTable(
  'attendance_operations',
  {
    opId: uuid('op_id').primaryKey(),
    orgId: orgIdColumn(),
    deviceId: text('device_id').notNull(),
    userId: uuid('user_id'),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id'),
    groupId: uuid('group_id'),
    kind: text('kind', { enum: attendanceOperationKinds }).notNull(),
    status: text('status', { enum: attendanceStatuses }),
    count: integer('count'),
    /** The device's clock when the person tapped; decides which edit wins. */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    outcome: text('outcome', { enum: loggedOperationOutcomes }).notNull(),
  },
  (t) => [
    index('attendance_operations_org_idx').on(t.orgId, t.sessionId),
    index('attendance_operations_session_idx').on(t.sessionId),
    tenantPolicy('attendance_operations'),
  ],
).enableRLS();
