// Concerts' box office: the tariffs of a concert session, and orders booked without an account
// (a name, an e-mail or a phone, seats per tariff). Access needs are special-category data, kept
// apart and readable only in a transaction opened as sensitive.
import { orderChannels, orderStatuses, tariffKinds } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { concertRelayAllocations } from './relay-seats';
import { sessions } from './sessions';
import { orgIdColumn, sensitiveTenantPolicy, tenantPolicy } from './tenancy';

export const concertTariffs = pgTable(
  'concert_tariffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: tariffKinds }).notNull(),
    /** Cents; 0 for free, null for pay what you can (floor and ceiling instead). */
    priceCents: integer('price_cents'),
    floorCents: integer('floor_cents'),
    ceilingCents: integer('ceiling_cents'),
    conditions: text('conditions').notNull().default(''),
    seatLimit: integer('seat_limit'),
    position: integer('position').notNull(),
    ...timestamps(),
  },
  (t) => [
    index('concert_tariffs_org_idx').on(t.orgId, t.sessionId),
    index('concert_tariffs_session_idx').on(t.sessionId),
    tenantPolicy('concert_tariffs'),
  ],
).enableRLS();

export const concertOrders = pgTable(
  'concert_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The order's random secret: its page's address and its QR code. */
    secret: text('secret').notNull(),
    /** Cleared (with e-mail and phone) by the retention rule some months after the concert. */
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale').notNull().default('fr'),
    seats: integer('seats').notNull(),
    /** `pending`: a group order held for its head's confirmation (concert-group-orders.ts). */
    status: text('status', { enum: orderStatuses }).notNull().default('booked'),
    /** Booked from the public page, or nominated by a relay on its allocation. */
    channel: text('channel', { enum: orderChannels }).notNull().default('public'),
    /** The relay allocation a nominated guest's seats come from; null for other channels. */
    allocationId: uuid('allocation_id').references(() => concertRelayAllocations.id, {
      onDelete: 'no action',
    }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('concert_orders_secret_unique').on(t.orgId, t.secret),
    index('concert_orders_session_idx').on(t.sessionId),
    index('concert_orders_allocation_idx').on(t.allocationId).where(sql`allocation_id is not null`),
    tenantPolicy('concert_orders'),
  ],
).enableRLS();

export const concertOrderLines = pgTable(
  'concert_order_lines',
  {
    orgId: orgIdColumn(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => concertOrders.id, { onDelete: 'cascade' }),
    tariffId: uuid('tariff_id')
      .notNull()
      .references(() => concertTariffs.id, { onDelete: 'no action' }),
    quantity: integer('quantity').notNull(),
    /** What one seat costs in this order (the amount chosen, for pay what you can). */
    unitPriceCents: integer('unit_price_cents').notNull(),
  },
  (t) => [
    index('concert_order_lines_org_idx').on(t.orgId, t.orderId),
    primaryKey({ columns: [t.orderId, t.tariffId] }),
    index('concert_order_lines_tariff_idx').on(t.tariffId),
    tenantPolicy('concert_order_lines'),
  ],
).enableRLS();

/** Special-category data: readable only in a transaction opened with the sensitive flag. */
export const concertOrderAccessNeeds = pgTable(
  'concert_order_access_needs',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => concertOrders.id, { onDelete: 'cascade' }),
    orgId: orgIdColumn(),
    needs: text('needs').notNull(),
  },
  (t) => [
    index('concert_order_access_needs_org_idx').on(t.orgId, t.orderId),
    sensitiveTenantPolicy('concert_order_access_needs'),
  ],
).enableRLS();
