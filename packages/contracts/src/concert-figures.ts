// A concert after it took place: who came by which channel and tariff, who booked and did not
// come (per channel and per relay), what the tariffs brought in, and how many of the workshops'
// participants came to the concert. Raw for the concert's organisers (the Billetterie card);
// the impact page adds them up over its scope, small counts suppressed.
import { z } from 'zod';
import { IdSchema } from './common';
import { tariffKinds } from './concerts';
import { paymentMethods } from './payments';

/**
 * How a seat reached its holder: booked on the public page, named by a relay on its
 * allocation, in a school's or nursery's group order, or let in at the door without a ticket.
 */
export const attendanceChannels = ['public', 'relay', 'group', 'door'] as const;
export type AttendanceChannel = (typeof attendanceChannels)[number];

const ChannelFiguresSchema = z.object({
  channel: z.enum(attendanceChannels),
  /** Seats of confirmed orders (0 for the door: nobody books there). */
  booked: z.number().int(),
  /** Seats let in; null when the door was not used (nothing says who came). */
  present: z.number().int().nullable(),
  /** Booked seats not let in ÷ booked seats; null without a door or without bookings. */
  noShowRate: z.number().nullable(),
});

export const ConcertFiguresSchema = z.object({
  concertId: IdSchema,
  /** The concert has started (figures before it are bookings only). */
  held: z.boolean(),
  /** At least one check-in or walk-in was recorded: presence and no-shows are known. */
  doorUsed: z.boolean(),
  byChannel: z.array(ChannelFiguresSchema),
  byTariff: z.array(
    z.object({
      tariffId: IdSchema,
      kind: z.enum(tariffKinds),
      booked: z.number().int(),
      /**
       * Seats let in on this tariff: orders of one tariff, and orders let in whole; null
       * without a door.
       */
      present: z.number().int().nullable(),
      /** Seats sold × their price (the amount chosen for pay what you can), in cents. */
      amountCents: z.number().int(),
    }),
  ),
  /** Seats let in from orders of several tariffs let in only in part: which tariff is unknown. */
  presentUnattributed: z.number().int(),
  byRelay: z.array(
    z.object({
      partnerId: IdSchema,
      partnerName: z.string(),
      booked: z.number().int(),
      present: z.number().int().nullable(),
      noShowRate: z.number().nullable(),
    }),
  ),
  /** Money received for the concert's orders, per payment method. */
  receipts: z.object({
    receivedCents: z.number().int(),
    byMethod: z.array(z.object({ method: z.enum(paymentMethods), amountCents: z.number().int() })),
  }),
  /**
   * Participants present at a workshop of the concert's journey before it, and how many of
   * them were marked present at the concert (its roster, taken by group); null when the
   * concert has no journey or no roster was taken at it.
   */
  workshops: z
    .object({
      participants: z.number().int(),
      cameToConcert: z.number().int(),
      rate: z.number().nullable(),
    })
    .nullable(),
});
export type ConcertFigures = z.infer<typeof ConcertFiguresSchema>;

export const sacemExportFormats = ['csv', 'xlsx'] as const;
export const SacemExportQuerySchema = z.strictObject({
  format: z.enum(sacemExportFormats).default('csv'),
});
