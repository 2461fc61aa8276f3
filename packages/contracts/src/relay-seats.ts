// Free seats through relays ("places offertes"): a concert's seats held for the groups of its
// workshops and allocated to relay partners, who nominate guests (a first name and a contact,
// nothing more). A seat counts in every layer it belongs to: the hall, and its tariff, group
// reservation or relay allocation.
import { z } from 'zod';
import { EmailSchema, IdSchema, listOf, PageQuerySchema, TimestampSchema } from './common';
import { LocalDateSchema } from './local-time';
import { PhoneSchema } from './phone';

/** How an order came: booked from the public page, or nominated by a relay. */
export const orderChannels = ['public', 'relay'] as const;
export type OrderChannel = (typeof orderChannels)[number];

/** Unused seats of an allocation go back to the public this many days before, unless told. */
export const DEFAULT_RELEASE_DAYS_BEFORE = 2;
/** Seats one nomination may hold: a guest and the children or carer who come with them. */
export const MAX_SEATS_PER_GUEST = 6;
/** Allocations of one concert (a season counts 300 relays). */
export const MAX_ALLOCATIONS_PER_CONCERT = 500;

const SeatsSchema = z.number().int().min(1).max(100_000);

export const AllocationParamsSchema = z.strictObject({ orgId: IdSchema, allocationId: IdSchema });
export const GuestParamsSchema = z.strictObject({
  orgId: IdSchema,
  allocationId: IdSchema,
  guestId: IdSchema,
});

export const RelayAllocationInputSchema = z.strictObject({
  partnerId: IdSchema,
  seats: SeatsSchema,
  /** The last day (in the venue's time zone) the relay may nominate; none: until the release. */
  validUntil: LocalDateSchema.nullable().default(null),
  /** Unused seats go back to the public this many days before the concert (at its hour). */
  releaseDaysBefore: z.number().int().min(0).max(60).default(DEFAULT_RELEASE_DAYS_BEFORE),
});
export type RelayAllocationInput = z.input<typeof RelayAllocationInputSchema>;

export const RelayAllocationsReplaceBodySchema = z
  .strictObject({
    /** The concert's whole list: partners left out lose their allocation (if nobody is named). */
    allocations: z.array(RelayAllocationInputSchema).max(MAX_ALLOCATIONS_PER_CONCERT),
  })
  .superRefine((body, context) => {
    const seen = new Set<string>();
    for (const [index, allocation] of body.allocations.entries()) {
      if (seen.has(allocation.partnerId)) {
        context.addIssue({
          code: 'custom',
          path: ['allocations', index, 'partnerId'],
          message: 'One allocation per partner',
        });
      }
      seen.add(allocation.partnerId);
    }
  });
export type RelayAllocationsReplaceBody = z.input<typeof RelayAllocationsReplaceBodySchema>;

export const GroupReservationsReplaceBodySchema = z
  .strictObject({
    /** Seats held for each group of the workshops before the concert; groups left out hold none. */
    groups: z
      .array(z.strictObject({ groupId: IdSchema, seats: SeatsSchema }))
      .max(MAX_ALLOCATIONS_PER_CONCERT),
  })
  .superRefine((body, context) => {
    const seen = new Set<string>();
    for (const [index, group] of body.groups.entries()) {
      if (seen.has(group.groupId)) {
        context.addIssue({
          code: 'custom',
          path: ['groups', index, 'groupId'],
          message: 'One reservation per group',
        });
      }
      seen.add(group.groupId);
    }
  });
export type GroupReservationsReplaceBody = z.input<typeof GroupReservationsReplaceBodySchema>;

/** Issued: seats allocated; claimed: held under a guest's name; used: guests let in at the door. */
export const RelayLedgerSchema = z.object({
  issued: z.number().int(),
  claimed: z.number().int(),
  used: z.number().int(),
  /** Seats never named, given back to the public once the allocation closed. */
  released: z.number().int(),
});
export type RelayLedger = z.infer<typeof RelayLedgerSchema>;

export const RelayAllocationSchema = z.object({
  id: IdSchema,
  partnerId: IdSchema,
  partnerName: z.string(),
  seats: z.number().int(),
  validUntil: LocalDateSchema.nullable(),
  releaseDaysBefore: z.number().int(),
  /** When nominations stop and unused seats go back to the public. */
  closesAt: TimestampSchema,
  open: z.boolean(),
  ledger: RelayLedgerSchema,
});
export type RelayAllocation = z.infer<typeof RelayAllocationSchema>;

export const GroupReservationSchema = z.object({
  groupId: IdSchema,
  name: z.string(),
  partnerName: z.string().nullable(),
  expectedSize: z.number().int().nullable(),
  /** Seats held for the group (0: none yet). */
  seats: z.number().int(),
});
export type GroupReservation = z.infer<typeof GroupReservationSchema>;

/** A concert's seats in layers, as organisers see them: counts only, no guest. */
export const ConcertSeatLayersSchema = z.object({
  sessionId: IdSchema,
  /** The venue's time zone, in which the concert's dates read. */
  timeZone: z.string(),
  /** The session's capacity, else its venue's; null when neither says. */
  capacity: z.number().int().nullable(),
  /** Seats booked from the public page. */
  publicBooked: z.number().int(),
  /** Seats held for the groups of the workshops before the concert. */
  groupSeats: z.number().int(),
  /** Seats held for relays: whole allocations while open, then the seats named in them. */
  relaySeats: z.number().int(),
  /** Seats the public can still book; null when the hall has no known capacity. */
  remaining: z.number().int().nullable(),
  /**
   * Seats that can still be given to relays or groups (the hall less every layer); null when the
   * hall has no known capacity.
   */
  unallocated: z.number().int().nullable(),
  ledger: RelayLedgerSchema,
  allocations: z.array(RelayAllocationSchema),
  /** The groups of the concert and of the workshops before it, with the seats they hold. */
  groups: z.array(GroupReservationSchema),
});
export type ConcertSeatLayers = z.infer<typeof ConcertSeatLayersSchema>;

export const RelaySuggestionBodySchema = z.strictObject({
  /** The free seats to split. */
  seats: SeatsSchema,
  /**
   * The relays to split them across; none: the partners already allocated, else every partner
   * with a relay person following one of its groups.
   */
  partnerIds: z.array(IdSchema).min(1).max(MAX_ALLOCATIONS_PER_CONCERT).optional(),
});
export type RelaySuggestionBody = z.input<typeof RelaySuggestionBodySchema>;

export const RelaySuggestionItemSchema = z.object({
  partnerId: IdSchema,
  partnerName: z.string(),
  /** Communes of its groups whose access is known (its own commune when its groups have none). */
  communes: z.number().int(),
  /** Mean access score (0–100) of those communes; null when none is known. */
  accessScore: z.number().nullable(),
  /** Share (0–1) of those communes with a priority neighbourhood; null when unknown. */
  priorityShare: z.number().nullable(),
  /** accessScore + 100 × priorityShare (unknown parts count 0). */
  weight: z.number(),
  seats: z.number().int(),
});
export const RelaySuggestionSchema = z.object({
  seats: z.number().int(),
  items: z.array(RelaySuggestionItemSchema),
});
export type RelaySuggestion = z.infer<typeof RelaySuggestionSchema>;

/** A guest as the relay names them: a first name and an e-mail or a phone, nothing more. */
export const GuestNominationBodySchema = z
  .strictObject({
    firstName: z.string().trim().min(1).max(60),
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    seats: z.number().int().min(1).max(MAX_SEATS_PER_GUEST).default(1),
  })
  .superRefine((guest, context) => {
    if (!guest.email && !guest.phone) {
      context.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'An e-mail address or a phone number',
      });
    }
  });
export type GuestNominationBody = z.input<typeof GuestNominationBodySchema>;

export const guestStatuses = ['claimed', 'used', 'cancelled'] as const;

export const RelayGuestSchema = z.object({
  id: IdSchema,
  firstName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  seats: z.number().int(),
  status: z.enum(guestStatuses),
  /** The guest's order page (QR code, calendar file); null while the organisation is unpublished. */
  orderUrl: z.string().nullable(),
  createdAt: TimestampSchema,
});
export type RelayGuest = z.infer<typeof RelayGuestSchema>;

/** An allocation as its relay sees it: the concert, the ledger and (in detail) its guests. */
export const RelayAllocationViewSchema = RelayAllocationSchema.extend({
  concert: z.object({
    id: IdSchema,
    title: z.string().nullable(),
    startsAt: TimestampSchema,
    timeZone: z.string(),
    venueName: z.string().nullable(),
    status: z.string(),
  }),
});
export type RelayAllocationView = z.infer<typeof RelayAllocationViewSchema>;

export const RelayAllocationDetailSchema = RelayAllocationViewSchema.extend({
  /** Read by the partner's relays only; organisers get the counts and an empty list. */
  guests: z.array(RelayGuestSchema),
});
export type RelayAllocationDetail = z.infer<typeof RelayAllocationDetailSchema>;

export const RelayAllocationListQuerySchema = PageQuerySchema.extend({
  /** Also the allocations of concerts already held. */
  past: z.enum(['true', 'false']).default('false'),
  /** One partner's allocations (organisers: a relay's ledger over the season). */
  partnerId: IdSchema.optional(),
});

/** One page of allocations, how many there are, and the ledger of all of them (not the page's). */
export const RelayAllocationListSchema = listOf(RelayAllocationViewSchema).extend({
  ledger: RelayLedgerSchema,
});
export type RelayAllocationList = z.infer<typeof RelayAllocationListSchema>;
