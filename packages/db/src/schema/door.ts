// A concert's door: who came in and how, recorded offline on phones and applied through the
// offline operation log (one row per operation, its op id as key, so nothing counts twice).
import { audienceModes } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { concertOrders } from './concerts';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

/**
 * Check-ins (some seats of an order) and walk-ins (people without a ticket), each as a phone
 * recorded it. What counts is settled when read: an order's seats go to its check-ins in device
 * time order (`settleCheckIns`), so any order of arrival gives the same figures.
 */
export const concertDoorEntries = pgTable(
  'concert_door_entries',
  {
    opId: uuid('op_id').primaryKey(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The order let in; null for people without a ticket. */
    orderId: uuid('order_id').references(() => concertOrders.id, { onDelete: 'cascade' }),
    /** Seats asked by a check-in, or people of a walk-in (negative: a tap taken back). */
    people: integer('people').notNull(),
    method: text('method', { enum: ['scan', 'search', 'count'] }).notNull(),
    deviceId: text('device_id').notNull(),
    userId: uuid('user_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('concert_door_entries_org_idx').on(t.orgId, t.sessionId),
    index('concert_door_entries_session_idx').on(t.sessionId),
    index('concert_door_entries_order_idx').on(t.orderId),
    tenantPolicy('concert_door_entries'),
  ],
).enableRLS();

/**
 * How the people of an entry came, asked in one optional tap after it; a later answer to the
 * same entry (device time, then device id, then op id) replaces an earlier one when read.
 */
export const concertDoorTravel = pgTable(
  'concert_door_travel',
  {
    opId: uuid('op_id').primaryKey(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The check-in or walk-in answered (it may reach the server after its answer). */
    entryOpId: uuid('entry_op_id').notNull(),
    people: integer('people').notNull(),
    mode: text('mode', { enum: audienceModes }).notNull(),
    /** People in the car, the driver included; null for other modes. */
    carPeople: integer('car_people'),
    deviceId: text('device_id').notNull(),
    userId: uuid('user_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('concert_door_travel_org_idx').on(t.orgId, t.sessionId),
    index('concert_door_travel_session_idx').on(t.sessionId, t.entryOpId),
    check(
      'concert_door_travel_car_people',
      sql`(${t.mode} = 'car') = (${t.carPeople} is not null)`,
    ),
    tenantPolicy('concert_door_travel'),
  ],
).enableRLS();
