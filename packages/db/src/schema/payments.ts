// Payments of concert orders: taken on site by the organisers, or received online through
// HelloAsso's checkout (one checkout per attempt, validated only by HelloAsso's notification and a
// read-back of the checkout from its API); and the organisation's HelloAsso account.
//
// The HelloAsso client secret and signature key are stored as entered: Tutti has no secrets
// mechanism (no key to encrypt them with) yet. They are write-only through the API.
import { paymentMethods } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps } from './columns';
import { concertOrders } from './concerts';
import { orgIdColumn, tenantPolicy } from './tenancy';

/** An online payment attempt: what was asked of HelloAsso for an order, and what came back. */
export const concertCheckouts = pgTable(
  'concert_checkouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => concertOrders.id, { onDelete: 'cascade' }),
    /** HelloAsso's checkout intent id. */
    intentId: text('intent_id').notNull(),
    /** The amount asked (totalAmount = initialAmount: one payment, no instalments). */
    amountCents: integer('amount_cents').notNull(),
    status: text('status', { enum: ['open', 'paid'] })
      .notNull()
      .default('open'),
    /** What HelloAsso's authorised payments added up to, once confirmed. */
    receivedCents: integer('received_cents'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('concert_checkouts_intent_unique').on(t.orgId, t.intentId),
    index('concert_checkouts_order_idx').on(t.orderId),
    tenantPolicy('concert_checkouts'),
  ],
).enableRLS();

/**
 * Money received for an order: on site (who recorded it, when) or online (HelloAsso's payment id);
 * or money given back (a refund: a negative amount, with its reason, never removed), so that every
 * sum of the table is what the organisation kept.
 */
export const concertPayments = pgTable(
  'concert_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => concertOrders.id, { onDelete: 'cascade' }),
    method: text('method', { enum: paymentMethods }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** The member who recorded it on site; null online. */
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Online: the checkout it came through, and HelloAsso's payment id (recorded once). */
    checkoutId: uuid('checkout_id').references(() => concertCheckouts.id, { onDelete: 'set null' }),
    externalId: text('external_id'),
    /** Why the money was given back: set on a refund (amount below 0), null on a payment. */
    refundReason: text('refund_reason'),
  },
  (t) => [
    check(
      'concert_payments_refund_reason',
      sql`(${t.amountCents} < 0) = (${t.refundReason} is not null)`,
    ),
    index('concert_payments_org_idx').on(t.orgId, t.orderId),
    index('concert_payments_order_idx').on(t.orderId),
    uniqueIndex('concert_payments_external_unique')
      .on(t.orgId, t.externalId)
      .where(sql`external_id is not null`),
    tenantPolicy('concert_payments'),
  ],
).enableRLS();

/** The organisation's HelloAsso API client and notification signature key (one per organisation). */
export const helloassoAccounts = pgTable(
  'helloasso_accounts',
  {
    orgId: orgIdColumn().primaryKey(),
    clientId: text('client_id').notNull(),
    clientSecret: text('client_secret').notNull(),
    /** The association's slug at HelloAsso (its addresses and API paths). */
    organizationSlug: text('organization_slug').notNull(),
    signatureKey: text('signature_key'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  () => [tenantPolicy('helloasso_accounts')],
).enableRLS();
