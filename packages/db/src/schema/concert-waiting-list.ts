// A concert's waiting list: parties waiting for seats, in the organisers' order. A party offered
// freed seats holds them until its offer expires (the seats count as taken meanwhile).
import { waitingListStatuses } from '@tutti/contracts';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { concertOrders } from './concerts';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const concertWaitingList = pgTable(
  'concert_waiting_list',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The entry's random secret: its page's address (offer, self-removal). */
    secret: text('secret').notNull(),
    /** Cleared (with e-mail and phone) with the concert's orders, or by an erasure. */
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale').notNull().default('fr'),
    partySize: integer('party_size').notNull(),
    /** The order of the queue among the concert's entries: the smallest first. */
    position: integer('position').notNull(),
    status: text('status', { enum: waitingListStatuses }).notNull().default('waiting'),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    /** While offered, the seats are held until then. */
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    /** The order the offer became. */
    orderId: uuid('order_id').references(() => concertOrders.id, { onDelete: 'set null' }),
    /** When it left the queue: booked, left or lapsed. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('concert_waiting_list_secret_unique').on(t.orgId, t.secret),
    index('concert_waiting_list_session_idx').on(t.sessionId, t.position),
    tenantPolicy('concert_waiting_list'),
  ],
).enableRLS();
