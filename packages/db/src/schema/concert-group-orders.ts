// Group orders: a class or a nursery books its children and adults in one order (a concert
// order, `pending` until confirmed), held until the head of the establishment confirms it
// through a link sent to them, and released if they do not in time.
import { establishmentKinds } from '@tutti/contracts';
import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { concertOrders } from './concerts';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const concertGroupOrders = pgTable(
  'concert_group_orders',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => concertOrders.id, { onDelete: 'cascade' }),
    orgId: orgIdColumn(),
    establishmentKind: text('establishment_kind', { enum: establishmentKinds }).notNull(),
    /** The school or the nursery: an institution, not a person. */
    establishmentName: text('establishment_name').notNull(),
    groupName: text('group_name'),
    children: integer('children').notNull(),
    adults: integer('adults').notNull(),
    /** Cleared with the order's contact, or by an erasure. */
    headEmail: text('head_email'),
    /** The secret of the head's confirmation link. */
    confirmSecret: text('confirm_secret').notNull(),
    /** The seats are held until then unless the head confirms. */
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('concert_group_orders_secret_unique').on(t.orgId, t.confirmSecret),
    tenantPolicy('concert_group_orders'),
  ],
).enableRLS();
