// A concert's waiting list: parties (a family, friends) waiting for seats to free up; each freed
// seat goes, as a time-limited offer, to the next party that fits.
import { z } from 'zod';
import { EmailSchema, IdSchema, TimestampSchema } from './common';
import { MAX_SEATS_PER_ORDER } from './concerts';
import { PhoneSchema } from './phone';

/**
 * `waiting` in the queue; `offered` seats held for it until the offer expires; `booked` it took
 * the offer (an order); `left` it removed itself; `lapsed` its offer expired unanswered.
 */
export const waitingListStatuses = ['waiting', 'offered', 'booked', 'left', 'lapsed'] as const;
export type WaitingListStatus = (typeof waitingListStatuses)[number];

/** How long an offer holds its seats unless the server says otherwise (TUTTI_WAITLIST_OFFER_HOURS). */
export const DEFAULT_OFFER_HOURS = 24;

/** A party as the public page sends it: an e-mail address is needed, offers go there. */
export const WaitingListJoinInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: EmailSchema,
  phone: PhoneSchema.optional(),
  partySize: z.number().int().min(1).max(MAX_SEATS_PER_ORDER),
});
export type WaitingListJoinInput = z.infer<typeof WaitingListJoinInputSchema>;

/** A waiting list entry as organisers see it: personal data, for the roles that read orders. */
export const WaitingListEntrySchema = z.object({
  id: IdSchema,
  /** Place in the queue (1 first) while waiting or offered; null once out of it. */
  position: z.number().int().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  partySize: z.number().int(),
  status: z.enum(waitingListStatuses),
  /** While offered: until when the seats are held. */
  offerExpiresAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
export type WaitingListEntry = z.infer<typeof WaitingListEntrySchema>;

export const WaitingListSchema = z.object({
  /** The queue first (in order), then the entries out of it, the latest first. */
  items: z.array(WaitingListEntrySchema),
  /** How long an offer holds its seats, in hours. */
  offerHours: z.number(),
});
export type WaitingList = z.infer<typeof WaitingListSchema>;

export const WaitingListEntryParamsSchema = z.strictObject({
  orgId: IdSchema,
  concertId: IdSchema,
  entryId: IdSchema,
});

/** Moves a party in the queue; the reason goes to the audit log (no personal data in it). */
export const WaitingListMoveBodySchema = z.strictObject({
  /** The new place, 1 first; past the end means last. */
  position: z.number().int().min(1).max(10_000),
  reason: z.string().trim().min(3).max(200),
});
export type WaitingListMoveBody = z.infer<typeof WaitingListMoveBodySchema>;
