// Paying for concert seats: payments recorded on site by the organisers (cash, cheque, transfer,
// culture vouchers) or received online through HelloAsso's checkout; the organisation's price
// cap and its HelloAsso account. Money is in integer cents; Tutti never sees card data.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { ConcertParamsSchema } from './concerts';

/** What organisers take at the desk or by post: cash, cheque, bank transfer, culture vouchers. */
export const onSitePaymentMethods = ['cash', 'cheque', 'transfer', 'cultureVoucher'] as const;
export type OnSitePaymentMethod = (typeof onSitePaymentMethods)[number];

/** Every way an order is paid: on site, or online through HelloAsso. */
export const paymentMethods = [...onSitePaymentMethods, 'helloasso'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/**
 * Where an order stands: nothing to pay (free seats), to pay, partly paid, paid (the paid amount
 * reaches the total; more than that is flagged `overpaid`).
 */
export const orderPaymentStatuses = ['free', 'toPay', 'partlyPaid', 'paid'] as const;
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

export const PaymentSchema = z.object({
  id: IdSchema,
  method: z.enum(paymentMethods),
  amountCents: z.number().int(),
  recordedAt: TimestampSchema,
  /** The member who recorded it; null for an online payment (or a member since removed). */
  recordedBy: z.string().nullable(),
});
export type Payment = z.infer<typeof PaymentSchema>;

export const OrderPaymentsSchema = z.object({
  orderId: IdSchema,
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  /** What is left to pay (0 when paid or free). */
  dueCents: z.number().int(),
  status: z.enum(orderPaymentStatuses),
  flags: z.array(z.enum(paymentFlags)),
  /** Online checkouts started and not yet confirmed by HelloAsso. */
  pendingOnline: z.number().int(),
  payments: z.array(PaymentSchema),
});
export type OrderPayments = z.infer<typeof OrderPaymentsSchema>;

export const ConcertPaymentsSchema = z.object({
  /** Booked orders only: what they cost, what was received, what is left. */
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  dueCents: z.number().int(),
  /** Received per method, every order included. */
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
