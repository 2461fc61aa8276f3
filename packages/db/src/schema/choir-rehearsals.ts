// A choir's rehearsals: series with an RFC 5545 rule and exception dates, each occurrence kept as
// a row (moved, cancelled, a make-up, a concert), RSVPs per singer and attendance marks. Marks
// arrive through the offline operation log, one row per operation (its op id as key); the mark
// that counts is settled when read: the latest device time wins.
import {
  attendanceStatuses,
  choirRehearsalKinds,
  choirRehearsalStatuses,
  choirRsvpAnswers,
} from '@tutti/contracts';
import {
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { choirMembers, choirSeasons, choirSites } from './choirs';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const choirRehearsalSeries = pgTable(
  'choir_rehearsal_series',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    seasonId: uuid('season_id')
      .notNull()
      .references(() => choirSeasons.id, { onDelete: 'cascade' }),
    /** Null: the whole choir together (tutti). */
    siteId: uuid('site_id').references(() => choirSites.id, { onDelete: 'cascade' }),
    /** RFC 5545 RRULE, without DTSTART (the series' first day and time give it). */
    rule: text('rule').notNull(),
    startTime: time('start_time').notNull(),
    durationMin: smallint('duration_min').notNull(),
    firstOn: date('first_on').notNull(),
    untilOn: date('until_on').notNull(),
    /** Days the rule gives but the choir does not meet (holidays). */
    exceptOn: date('except_on').array().notNull().default([]),
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
  },
  (t) => [
    index('choir_rehearsal_series_org_idx').on(t.orgId, t.seasonId),
    tenantPolicy('choir_rehearsal_series'),
  ],
).enableRLS();

export const choirRehearsals = pgTable(
  'choir_rehearsals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    seasonId: uuid('season_id')
      .notNull()
      .references(() => choirSeasons.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id').references(() => choirRehearsalSeries.id, {
      onDelete: 'set null',
    }),
    /** Null: the whole choir (tutti); else the singers of one site. */
    siteId: uuid('site_id').references(() => choirSites.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: choirRehearsalKinds }).notNull().default('rehearsal'),
    status: text('status', { enum: choirRehearsalStatuses }).notNull().default('planned'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** A concert of the season: its session (kind concert) with bookings and check-in. */
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    note: text('note'),
  },
  (t) => [
    index('choir_rehearsals_org_idx').on(t.orgId, t.seasonId, t.startsAt),
    index('choir_rehearsals_season_idx').on(t.seasonId, t.startsAt),
    tenantPolicy('choir_rehearsals'),
  ],
).enableRLS();

export const choirRsvps = pgTable(
  'choir_rsvps',
  {
    orgId: orgIdColumn(),
    rehearsalId: uuid('rehearsal_id')
      .notNull()
      .references(() => choirRehearsals.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => choirMembers.id, { onDelete: 'cascade' }),
    answer: text('answer', { enum: choirRsvpAnswers }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.rehearsalId, t.memberId] }),
    index('choir_rsvps_org_idx').on(t.orgId, t.rehearsalId),
    index('choir_rsvps_member_idx').on(t.memberId),
    tenantPolicy('choir_rsvps'),
  ],
).enableRLS();

/** Every attendance mark a phone sent, once (op id); the latest device time counts. */
export const choirAttendanceMarks = pgTable(
  'choir_attendance_marks',
  {
    opId: uuid('op_id').primaryKey(),
    orgId: orgIdColumn(),
    rehearsalId: uuid('rehearsal_id')
      .notNull()
      .references(() => choirRehearsals.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => choirMembers.id, { onDelete: 'cascade' }),
    status: text('status', { enum: attendanceStatuses }).notNull(),
    deviceId: text('device_id').notNull(),
    userId: uuid('user_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('choir_attendance_marks_org_idx').on(t.orgId, t.rehearsalId),
    index('choir_attendance_marks_member_idx').on(t.memberId, t.rehearsalId),
    tenantPolicy('choir_attendance_marks'),
  ],
).enableRLS();
