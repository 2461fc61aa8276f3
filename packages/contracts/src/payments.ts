// Paying for concert seats: payments recorded on site by the organisers (cash, cheque, transfer,
// culture vouchers) or received online through HelloAsso's checkout; the organisation's price
// cap and its HelloAsso account. Money is in integer cents; Tutti never sees card data.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { ConcertOrderSchema, ConcertParamsSchema } from './concerts';

/** What organisers take at the desk or by post: cash, cheque, bank transfer, culture vouchers. */
export const onSitePaymentMethods = ['cash', 'cheque', 'transfer', 'cultureVoucher'] as const;
export type OnSitePaymentMethod = (typeof onSitePaymentMethods)[number];

/** Every way an order is paid: on site, or online through HelloAsso. */
export const paymentMethods = [...onSitePaymentMethods, 'helloasso'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** How money given back goes: in cash, by cheque, by transfer, or from HelloAsso's back office. */
export const refundMethods = ['cash', 'cheque', 'transfer', 'helloasso'] as const;
export type RefundMethod = (typeof refundMethods)[number];

/**
 * Where an order stands: nothing to pay (free seats), to pay, partly paid, paid (what was received
 * reaches the total; keeping more than that is flagged `overpaid`), refunded (everything received
 * was given back).
 */
export const orderPaymentStatuses = ['free', 'toPay', 'partlyPaid', 'paid', 'refunded'] as const;
export type OrderPaymentStatus = (typeof orderPaymentStatuses)[number];

/**
 * What the organiser should look at: an online payment whose amount differs from the checkout's
 * (`amountMismatch`), more received than the order costs (`overpaid`), money received for a
 * cancelled order (`cancelledPaid`).
 */
export const paymentFlags = ['amountMismatch', 'overpaid', 'cancelledPaid'] as const;
export type PaymentFlag = (typeof paymentFlags)[number];

/** The highest amount one payment may carry (an order holds 12 seats at most). */
const PaymentCentsSchema = z.number().int().min(1).max(100_000);

export const OrderParamsSchema = ConcertParamsSchema.extend({ orderId: IdSchema });
export const PaymentParamsSchema = OrderParamsSchema.extend({ paymentId: IdSchema });

export const PaymentRecordBodySchema = z.strictObject({
  method: z.enum(onSitePaymentMethods),
  /** What was handed over, in cents; at most what is left to pay. */
  amountCents: PaymentCentsSchema,
});
export type PaymentRecordBody = z.infer<typeof PaymentRecordBodySchema>;

/** Money given back on a paid order, all or part of what it kept, and why (told to the person). */
export const RefundBodySchema = z.strictObject({
  method: z.enum(refundMethods),
  /** At most what the order kept (received less earlier refunds). */
  amountCents: PaymentCentsSchema,
  reason: z.string().trim().min(3).max(500),
});
export type RefundBody = z.infer<typeof RefundBodySchema>;

export const PaymentSchema = z.object({
  id: IdSchema,
  /** Money received, or given back (a refund: its amount is below 0, with its reason). */
  kind: z.enum(['payment', 'refund']),
  method: z.enum(paymentMethods),
  amountCents: z.number().int(),
  /** Why it was given back; null for a payment. */
  reason: z.string().nullable(),
  recordedAt: TimestampSchema,
  /** The member who recorded it; null for an online payment (or a member since removed). */
  recordedBy: z.string().nullable(),
});
export type Payment = z.infer<typeof PaymentSchema>;

/** An order as organisers read and export it (JSON), with its payment lines: payments and refunds. */
export const ConcertOrderWithPaymentsSchema = ConcertOrderSchema.extend({
  payments: z.array(PaymentSchema),
});
export type ConcertOrderWithPayments = z.infer<typeof ConcertOrderWithPaymentsSchema>;

export const OrderPaymentsSchema = z.object({
  orderId: IdSchema,
  totalCents: z.number().int(),
  /** What the organisation kept: received less refunds. */
  paidCents: z.number().int(),
  /** What was given back. */
  refundedCents: z.number().int(),
  /** What is left to pay (0 when paid or free; a refund does not ask for the money again). */
  dueCents: z.number().int(),
  status: z.enum(orderPaymentStatuses),
  flags: z.array(z.enum(paymentFlags)),
  /** Online checkouts started and not yet confirmed by HelloAsso. */
  pendingOnline: z.number().int(),
  payments: z.array(PaymentSchema),
});
export type OrderPayments = z.infer<typeof OrderPaymentsSchema>;

export const ConcertPaymentsSchema = z.object({
  /** Booked orders only: what they cost, what was kept, given back, what is left. */
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  refundedCents: z.number().int(),
  dueCents: z.number().int(),
  /** Kept per method (received less given back), every order included. */
  byMethod: z.array(z.object({ method: z.enum(paymentMethods), amountCents: z.number().int() })),
  /** Whether the public order pages offer to pay online (a HelloAsso account is set). */
  onlineEnabled: z.boolean(),
  items: z.array(OrderPaymentsSchema),
});
export type ConcertPayments = z.infer<typeof ConcertPaymentsSchema>;

/** The organisation's highest price of a seat, in cents (10 € unless it sets its own). */
export const PriceCapSchema = z.object({
  priceCapCents: z.number().int(),
  /** Upcoming concerts whose tariffs reach the cap or more (a lower cap would refuse them). */
  highestUpcomingPriceCents: z.number().int().nullable(),
});
export type PriceCap = z.infer<typeof PriceCapSchema>;

export const PriceCapBodySchema = z.strictObject({
  priceCapCents: z.number().int().min(0).max(100_000),
});
export type PriceCapBody = z.infer<typeof PriceCapBodySchema>;

/** HelloAsso's short name of an association, as in its addresses (helloasso.com/associations/…). */
export const HelloAssoSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and dashes');

const CredentialSchema = z
  .string()
  .trim()
  .min(8)
  .max(500)
  .regex(/^[\x21-\x7e]+$/, 'Printable characters without spaces');

/**
 * The organisation's HelloAsso account as the settings page shows it: never the secret nor the
 * signature key, only whether they are set.
 */
export const HelloAssoSettingsSchema = z.object({
  configured: z.boolean(),
  clientId: z.string().nullable(),
  organizationSlug: z.string().nullable(),
  hasClientSecret: z.boolean(),
  hasSignatureKey: z.boolean(),
  /** The address to enter as notification URL in HelloAsso (Mon compte > Intégrations et API). */
  notificationUrl: z.string(),
  /** Which HelloAsso this server talks to (TUTTI_HELLOASSO_API_URL). */
  environment: z.enum(['sandbox', 'production', 'other']),
  updatedAt: TimestampSchema.nullable(),
});
export type HelloAssoSettings = z.infer<typeof HelloAssoSettingsSchema>;

export const HelloAssoSettingsBodySchema = z.strictObject({
  clientId: CredentialSchema,
  /** Required the first time; left out, the stored secret is kept. */
  clientSecret: CredentialSchema.optional(),
  organizationSlug: HelloAssoSlugSchema,
  /** HelloAsso's signature key of the notification URL; null removes it, left out keeps it. */
  signatureKey: CredentialSchema.nullable().optional(),
});
export type HelloAssoSettingsBody = z.infer<typeof HelloAssoSettingsBodySchema>;

/** What the notification endpoint answers HelloAsso (which only looks at the status). */
export const HelloAssoNotificationResultSchema = z.object({
  outcome: z.enum(['recorded', 'duplicate', 'pending', 'ignored']),
});
