// A concert's hall in layers: public bookings (each in its tariff's layer too), seats held for the
// groups of the workshops before it, allocations to relays, and the schools' and nurseries'
// group orders and waiting list offers (booked, or held until confirmed or expired). A seat counts in every layer it
// belongs to; what the public can book is the hall less every layer. An allocation holds all its
// seats until it closes (its validity date, or N days before the concert), then only the seats
// named in it: the others go back to the public. Whether it is closed is computed from the clock
// at every read, so no job has to run for the counts to be right.
import type { RelayLedger } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { addDays, toLocalMoment, zonedToUtc } from '@tutti/kit/dates';
import type { ConcertSession } from '../sessions';
import { countSeats, type SeatCounts } from './box-office';
import * as concerts from './concerts.repository';
import { groupOrderSeats } from './group-orders.repository';
import type { AllocationWithClaims } from './relay-seats.repository';
import * as relaySeats from './relay-seats.repository';
import { useOfAllocations } from './relay-use';
import { offeredSeats } from './waiting-list.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

type Timing = { startsAt: Date; timeZone: string };
type AllocationTiming = { validUntil: string | null; releaseDaysBefore: number };

/**
 * When an allocation stops taking names and gives its unused seats back: `releaseDaysBefore`
 * days before the concert at its hour on the venue's clocks, or the end of its validity date
 * there if that comes first.
 */
export function closesAt(concert: Timing, allocation: AllocationTiming): Date {
  const local = toLocalMoment(concert.startsAt, concert.timeZone);
  const release =
    zonedToUtc(
      addDays(local.date, -allocation.releaseDaysBefore),
      Math.floor(local.secondOfDay / 60),
      concert.timeZone,
    ) ?? new Date(concert.startsAt.getTime() - allocation.releaseDaysBefore * DAY_MS);
  if (allocation.validUntil === null) return release;
  const validity =
    zonedToUtc(addDays(allocation.validUntil, 1), 0, concert.timeZone) ??
    new Date(`${addDays(allocation.validUntil, 1)}T00:00:00Z`);
  return validity < release ? validity : release;
}

export type AllocationState = AllocationWithClaims & {
  closesAt: Date;
  open: boolean;
  /** Seats this allocation takes from the hall now. */
  held: number;
  ledger: RelayLedger;
};

/**
 * An allocation as of `now`: open or closed, the seats it holds in the hall, its ledger. `used`:
 * the seats the door let in on its guests' orders (relay-use.ts), when the caller read them.
 */
export function allocationState(
  concert: Timing,
  allocation: AllocationWithClaims,
  now: Date,
  used = 0,
): AllocationState {
  const closes = closesAt(concert, allocation);
  const open = now < closes;
  const held = open ? Math.max(allocation.seats, allocation.claimed) : allocation.claimed;
  return {
    ...allocation,
    closesAt: closes,
    open,
    held,
    ledger: {
      issued: allocation.seats,
      claimed: allocation.claimed,
      used,
      released: open ? 0 : Math.max(0, allocation.seats - allocation.claimed),
    },
  };
}

export type Layers = {
  allocations: AllocationState[];
  groups: { groupId: string; seats: number }[];
  groupSeats: number;
  relaySeats: number;
  ledger: RelayLedger;
};

export function layersOf(
  concert: Timing,
  allocations: AllocationWithClaims[],
  groups: { groupId: string; seats: number }[],
  now: Date,
  used: ReadonlyMap<string, number> = new Map(),
): Layers {
  const states = allocations.map((allocation) =>
    allocationState(concert, allocation, now, used.get(allocation.id) ?? 0),
  );
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    allocations: states,
    groups,
    groupSeats: sum(groups.map((group) => group.seats)),
    relaySeats: sum(states.map((state) => state.held)),
    ledger: {
      issued: sum(states.map((state) => state.ledger.issued)),
      claimed: sum(states.map((state) => state.ledger.claimed)),
      used: sum(states.map((state) => state.ledger.used)),
      released: sum(states.map((state) => state.ledger.released)),
    },
  };
}

export type HallCounts = { seats: SeatCounts; layers: Layers };

/**
 * Every layer of a concert's hall as of `now`: the public's seats per tariff and left (the hall
 * less the groups' and the relays' seats), and the relays' and groups' own layers. Booking and
 * nominating call it with the concert's row locked, so that what they decide on stays true.
 * `withUse`: also read which guests came (the ledger's "used"), for pages that show it.
 */
export async function readHall(
  tx: Tx,
  concert: ConcertSession,
  now: Date,
  options: {
    withUse?: boolean;
    /** A waiting list entry whose own offer is not counted (the party taking it). */
    exceptEntry?: string;
  } = {},
): Promise<HallCounts> {
  const tariffs = await concerts.listTariffs(tx, concert.id);
  const booked = await concerts.bookedSeatsByTariff(tx, concert.id);
  const allocations = await relaySeats.listAllocations(tx, concert.id);
  const used = options.withUse
    ? (
        await useOfAllocations(
          tx,
          allocations.map((allocation) => allocation.id),
        )
      ).byAllocation
    : new Map<string, number>();
  const layers = layersOf(
    concert,
    allocations,
    await relaySeats.listGroupReservations(tx, concert.id),
    now,
    used,
  );
  // Schools' and nurseries' orders (booked, or held for their head) and waiting list offers.
  const groupOrders = await groupOrderSeats(tx, concert.id, now);
  const offers = await offeredSeats(tx, concert.id, now, options.exceptEntry);
  const seats = countSeats(
    concert.capacity,
    tariffs,
    booked,
    layers.groupSeats + layers.relaySeats,
    {
      booked: groupOrders.booked,
      held: groupOrders.held + offers,
    },
  );
  return { seats, layers };
}
