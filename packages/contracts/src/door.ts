// A concert's door: the list a phone downloads before the concert, the three offline operations
// it records (a check-in of some seats of an order, people without a ticket, how people came),
// the rule that settles check-ins from several phones, and the box office's door summary.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { MAX_SEATS_PER_ORDER, orderStatuses, tariffKinds } from './concerts';
import { defineOperationSchema } from './offline';

/** How people came, as the door asks it in one tap; a car says how many were in it. */
export const audienceModes = ['walk', 'bike', 'car', 'bus', 'shuttle'] as const;
export const AudienceModeSchema = z.enum(audienceModes);
export type AudienceMode = z.infer<typeof AudienceModeSchema>;

/** People in one car, the driver included. */
export const MAX_CAR_PEOPLE = 9;
/** People one tap of the door's counter or one travel answer may cover. */
export const MAX_DOOR_PEOPLE = 50;

/** How the order was found: its QR code, or its name in the list. */
export const checkInMethods = ['scan', 'search'] as const;

/** Some or all seats of an order let in, in one gesture. */
export const DoorCheckInOperationSchema = defineOperationSchema('door.checkIn', {
  concertId: IdSchema,
  orderId: IdSchema,
  seats: z.number().int().min(1).max(MAX_SEATS_PER_ORDER),
  method: z.enum(checkInMethods),
});
export type DoorCheckInOperation = z.input<typeof DoorCheckInOperationSchema>;

/** People let in without a ticket (a negative count takes back a tap made by mistake). */
export const DoorWalkInOperationSchema = defineOperationSchema('door.walkIn', {
  concertId: IdSchema,
  people: z
    .number()
    .int()
    .min(-MAX_DOOR_PEOPLE)
    .max(MAX_DOOR_PEOPLE)
    .refine((people) => people !== 0, 'Not 0'),
});
export type DoorWalkInOperation = z.input<typeof DoorWalkInOperationSchema>;

/** How the people of one check-in or walk-in came; a later answer to the same entry replaces it. */
export const DoorTravelOperationSchema = defineOperationSchema('door.travel', {
  concertId: IdSchema,
  /** The op id of the check-in or walk-in this answer follows. */
  entryOpId: IdSchema.transform((id) => id.toLowerCase()),
  people: z.number().int().min(1).max(MAX_DOOR_PEOPLE),
  mode: AudienceModeSchema,
  /** For a car: how many were in it (the driver included); null otherwise. */
  carPeople: z.number().int().min(1).max(MAX_CAR_PEOPLE).nullable(),
}).superRefine((op, context) => {
  if (op.mode === 'car' && op.carPeople === null) {
    context.addIssue({ code: 'custom', path: ['carPeople'], message: 'Required for a car' });
  }
  if (op.mode !== 'car' && op.carPeople !== null) {
    context.addIssue({ code: 'custom', path: ['carPeople'], message: 'Only for a car' });
  }
});
export type DoorTravelOperation = z.input<typeof DoorTravelOperationSchema>;

export type DoorOperation = DoorCheckInOperation | DoorWalkInOperation | DoorTravelOperation;

/** One check-in as the rule needs it. */
export type CheckInEntry = { opId: string; deviceId: string; recordedAt: string; seats: number };

/**
 * The rule that settles check-ins of one order, whatever the order they reach the server or a
 * phone in: seats go to the check-ins in device-time order (ties: device id, then op id), each
 * getting what is left of the order's seats. A check-in that gets less than it asked is a
 * conflict: seats already used (or an order cancelled, which has no seats left to give).
 * @example settleCheckIns(4, [{ opId: 'a', deviceId: 'p1', recordedAt: '…T20:01Z', seats: 4 },
 *   { opId: 'b', deviceId: 'p2', recordedAt: '…T20:03Z', seats: 2 }])
 * // [{ opId: 'a', granted: 4, excess: 0 }, { opId: 'b', granted: 0, excess: 2 }]
 */
export function settleCheckIns<E extends CheckInEntry>(orderSeats: number, entries: readonly E[]) {
  const sorted = [...entries].sort(compareEntries);
  let left = Math.max(0, orderSeats);
  return sorted.map((entry) => {
    const granted = Math.min(left, entry.seats);
    left -= granted;
    return { ...entry, granted, excess: entry.seats - granted };
  });
}

/** Device time, then device id, then op id (plain code-point order, as in SQL with `collate "C"`). */
export function compareEntries(
  a: Pick<CheckInEntry, 'opId' | 'deviceId' | 'recordedAt'>,
  b: Pick<CheckInEntry, 'opId' | 'deviceId' | 'recordedAt'>,
) {
  const time = Date.parse(a.recordedAt) - Date.parse(b.recordedAt);
  if (time !== 0) return time;
  if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId ? -1 : 1;
  return a.opId < b.opId ? -1 : a.opId > b.opId ? 1 : 0;
}

/** An order as the door's list carries it: who, how many seats at which tariffs, its QR's hash. */
export const DoorOrderSchema = z.object({
  id: IdSchema,
  /** Empty once the order was anonymised. */
  name: z.string(),
  seats: z.number().int(),
  lines: z.array(z.object({ kind: z.enum(tariffKinds), quantity: z.number().int() })),
  /** SHA-256 of the order's secret in hex: the phone hashes what it scans and compares. */
  secretHash: z.string(),
  /** `pending`: a group order its head has not confirmed yet, no seat to give at the door. */
  status: z.enum(orderStatuses),
});
export type DoorOrder = z.infer<typeof DoorOrderSchema>;

/** A check-in or walk-in the server holds, so that a phone counts other phones' entries too. */
export const DoorEntrySchema = z.object({
  opId: IdSchema,
  /** Null for people without a ticket. */
  orderId: IdSchema.nullable(),
  /** Seats of the check-in, or people of the walk-in (negative: a correction). */
  people: z.number().int(),
  deviceId: z.string(),
  recordedAt: TimestampSchema,
});
export type DoorEntry = z.infer<typeof DoorEntrySchema>;

export const DoorListSchema = z.object({
  concert: z.object({
    id: IdSchema,
    title: z.string().nullable(),
    status: z.string(),
    startsAt: TimestampSchema,
    timeZone: z.string(),
    venueName: z.string().nullable(),
    capacity: z.number().int().nullable(),
  }),
  orders: z.array(DoorOrderSchema),
  entries: z.array(DoorEntrySchema),
  /** When the server answered: the phone says how old its list is. */
  downloadedAt: TimestampSchema,
});
export type DoorList = z.infer<typeof DoorListSchema>;

/** A check-in that found its seats already used, for the organiser to look at. */
export const DoorConflictSchema = z.object({
  opId: IdSchema,
  orderId: IdSchema,
  name: z.string(),
  orderSeats: z.number().int(),
  orderStatus: z.enum(orderStatuses),
  seats: z.number().int(),
  /** Seats it got (0 when the order was already wholly used). */
  granted: z.number().int(),
  deviceId: z.string(),
  recordedAt: TimestampSchema,
  /** The order's check-ins before it, in the rule's order. */
  before: z.array(
    z.object({
      deviceId: z.string(),
      recordedAt: TimestampSchema,
      seats: z.number().int(),
      granted: z.number().int(),
    }),
  ),
});
export type DoorConflict = z.infer<typeof DoorConflictSchema>;

export const DoorSummarySchema = z.object({
  /** Seats of orders not cancelled. */
  bookedSeats: z.number().int(),
  /** Seats let in (each seat once, whatever the phones). */
  checkedInSeats: z.number().int(),
  ordersComplete: z.number().int(),
  ordersPartly: z.number().int(),
  /** People let in without a ticket. */
  walkIns: z.number().int(),
  /** How people came, from the answers given (the latest per entry). */
  travel: z.object({
    people: z.number().int(),
    byMode: z.array(z.object({ mode: AudienceModeSchema, people: z.number().int() })),
    /** Cars counted from the answers (people in cars ÷ people per car, summed). */
    cars: z.number(),
  }),
  /** Check-ins beyond their order's seats; null for roles that do not read orders. */
  conflicts: z.array(DoorConflictSchema).nullable(),
});
export type DoorSummary = z.infer<typeof DoorSummarySchema>;
