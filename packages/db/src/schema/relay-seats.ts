// Free seats through relays ("places offertes") and seats held for the workshops' groups: the
// layers of a concert's hall besides its tariffs. A relay's guests are orders of channel 'relay'
// (concert_orders.allocation_id), held under a first name and a contact.
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { groups } from './participants';
import { partners } from './partners';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const concertRelayAllocations = pgTable(
  'concert_relay_allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'no action' }),
    seats: integer('seats').notNull(),
    /** Last day (venue's time zone) the relay may name guests; null: until the release. */
    validUntil: date('valid_until', { mode: 'string' }),
    /** Unused seats go back to the public this many days before the concert, at its hour. */
    releaseDaysBefore: integer('release_days_before').notNull(),
    /**
     * When the release job noticed the allocation closed. Whether it is closed is always computed
     * from the concert's time; this write only tells cached answers that the counts moved.
     */
    releasedAt: timestamp('released_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index('concert_relay_allocations_org_idx').on(t.orgId, t.sessionId),
    uniqueIndex('concert_relay_allocations_session_partner_unique').on(t.sessionId, t.partnerId),
    index('concert_relay_allocations_partner_idx').on(t.partnerId),
    tenantPolicy('concert_relay_allocations'),
  ],
).enableRLS();

export const concertGroupReservations = pgTable(
  'concert_group_reservations',
  {
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'no action' }),
    seats: integer('seats').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.groupId] }),
    index('concert_group_reservations_org_idx').on(t.orgId, t.sessionId),
    index('concert_group_reservations_group_idx').on(t.groupId),
    tenantPolicy('concert_group_reservations'),
  ],
).enableRLS();
