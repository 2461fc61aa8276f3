// Concerts' box office: tariffs capped by the organisation's rule, and orders booked without an
// account. Money is in integer cents.
import { z } from 'zod';
import { EmailSchema, IdSchema, TimestampSchema } from './common';
import { PhoneSchema } from './phone';

/**
 * Free; solidarity (for those who need it); reduced; full; supporter (pays more and so funds a
 * solidarity seat); pay what you can, between a floor and a ceiling.
 */
export const tariffKinds = [
  'free',
  'solidarity',
  'reduced',
  'full',
  'supporter',
  'payWhatYouCan',
] as const;
export type TariffKind = (typeof tariffKinds)[number];

/** `pending`: a group order waiting for its head's confirmation, its seats held. */
export const orderStatuses = ['pending', 'booked', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** The highest price of a seat unless the organisation sets its own: 10 €. */
export const DEFAULT_PRICE_CAP_CENTS = 1000;

/** A concert's box office is reached under the session's path, named for what it must be. */
export const ConcertParamsSchema = z.strictObject({ orgId: IdSchema, concertId: IdSchema });

/** A booking's secret: 24 characters without 0/o or 1/l/i (about 10³⁵ values). */
export const ORDER_SECRET_PATTERN = /^[23456789abcdefghjkmnpqrstuvwxyz]{24}$/;
export const OrderSecretSchema = z.string().regex(ORDER_SECRET_PATTERN);

/** Seats one order may hold (a family, a few friends; groups book otherwise). */
export const MAX_SEATS_PER_ORDER = 12;

const CentsSchema = z.number().int().nonnegative().max(100_000);

export const TariffInputSchema = z
  .strictObject({
    /** An existing tariff keeps its id (its orders keep pointing at it); a new one has none. */
    id: IdSchema.optional(),
    kind: z.enum(tariffKinds),
    /** The price of a seat; 0 for free, none for pay what you can. */
    priceCents: CentsSchema.nullable().default(null),
    floorCents: CentsSchema.nullable().default(null),
    ceilingCents: CentsSchema.nullable().default(null),
    /** Who it is for, in plain words ("for job seekers and students"). */
    conditions: z.string().trim().max(300).default(''),
    /** Seats at this tariff at most; none: only the hall limits. */
    seatLimit: z.number().int().positive().max(100_000).nullable().default(null),
  })
  .superRefine((tariff, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (tariff.kind === 'payWhatYouCan') {
      if (tariff.floorCents === null) issue('floorCents', 'Required for pay what you can');
      if (tariff.ceilingCents === null) issue('ceilingCents', 'Required for pay what you can');
      if (tariff.priceCents !== null)
        issue('priceCents', 'Pay what you can has a floor and a ceiling, no price');
      if (
        tariff.floorCents !== null &&
        tariff.ceilingCents !== null &&
        tariff.floorCents > tariff.ceilingCents
      ) {
        issue('ceilingCents', 'Below the floor');
      }
      return;
    }
    if (tariff.floorCents !== null) issue('floorCents', 'Only for pay what you can');
    if (tariff.ceilingCents !== null) issue('ceilingCents', 'Only for pay what you can');
    if (tariff.kind === 'free') {
      if (tariff.priceCents !== null && tariff.priceCents !== 0)
        issue('priceCents', 'A free seat costs 0');
    } else if (tariff.priceCents === null) {
      issue('priceCents', 'Required');
    } else if (tariff.priceCents === 0) {
      issue('priceCents', 'Use the free tariff for seats at 0');
    }
  });
export type TariffInput = z.input<typeof TariffInputSchema>;

export const TariffsReplaceBodySchema = z.strictObject({
  /** The concert's whole list, in the order the public reads it. */
  tariffs: z.array(TariffInputSchema).max(12),
});
export type TariffsReplaceBody = z.input<typeof TariffsReplaceBodySchema>;

export const TariffSchema = z.object({
  id: IdSchema,
  kind: z.enum(tariffKinds),
  priceCents: z.number().int().nullable(),
  floorCents: z.number().int().nullable(),
  ceilingCents: z.number().int().nullable(),
  conditions: z.string(),
  seatLimit: z.number().int().nullable(),
  /** Seats booked at this tariff (cancelled orders left out). */
  booked: z.number().int(),
  /** Seats still open at this tariff, the hall's limit included; null: no limit at all. */
  remaining: z.number().int().nullable(),
});
export type Tariff = z.infer<typeof TariffSchema>;

export const BoxOfficeSchema = z.object({
  sessionId: IdSchema,
  /** The organisation's highest price of a seat. */
  priceCapCents: z.number().int(),
  /** The session's capacity, else its venue's; null when neither says. */
  capacity: z.number().int().nullable(),
  /** Seats of booked orders, group orders included. */
  booked: z.number().int(),
  /** Seats held for the groups of the workshops before the concert. */
  groupSeats: z.number().int(),
  /** Seats held for relays: whole allocations while open, then the seats named in them. */
  relaySeats: z.number().int(),
  /** Seats held for a waiting list offer or a school's or nursery's order awaiting its head. */
  held: z.number().int(),
  /** Seats the public can still book: the hall less every layer; null without a capacity. */
  remaining: z.number().int().nullable(),
  /** Solidarity seats the supporter seats booked so far have funded (one each). */
  supporterFunded: z.number().int(),
  orders: z.number().int(),
  tariffs: z.array(TariffSchema),
});
export type BoxOffice = z.infer<typeof BoxOfficeSchema>;

export const OrderLineSchema = z.object({
  tariffId: IdSchema,
  kind: z.enum(tariffKinds),
  quantity: z.number().int(),
  unitPriceCents: z.number().int(),
});

/** An order as organisers see it: personal data, for the roles allowed to read orders. */
export const ConcertOrderSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  seats: z.number().int(),
  lines: z.array(OrderLineSchema),
  /** Said once when booking; seen by organisers only. */
  accessNeeds: z.string().nullable(),
  status: z.enum(orderStatuses),
  createdAt: TimestampSchema,
});
export type ConcertOrder = z.infer<typeof ConcertOrderSchema>;

/** A booking as the public page sends it (the form's fields are gathered into this shape). */
export const BookingInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    accessNeeds: z.string().trim().max(500).optional(),
    lines: z
      .array(
        z.strictObject({
          tariffId: IdSchema,
          quantity: z.number().int().min(1).max(MAX_SEATS_PER_ORDER),
          /** Pay what you can: the amount chosen per seat. */
          amountCents: CentsSchema.optional(),
        }),
      )
      .min(1, 'Choose at least one seat')
      .max(tariffKinds.length * 2),
  })
  .superRefine((booking, context) => {
    if (!booking.email && !booking.phone) {
      context.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'An e-mail address or a phone number',
      });
    }
    const seats = booking.lines.reduce((sum, line) => sum + line.quantity, 0);
    if (seats > MAX_SEATS_PER_ORDER) {
      context.addIssue({
        code: 'custom',
        path: ['lines'],
        message: `At most ${MAX_SEATS_PER_ORDER} seats`,
      });
    }
  });
export type BookingInput = z.infer<typeof BookingInputSchema>;
