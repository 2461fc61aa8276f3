// Seats in layers: the hall (the session's capacity, else its venue's) and each tariff's limit,
// beside the seats held for groups and relays (seat-layers.ts). A seat counts in every layer it
// belongs to; what is left is the smallest room of its layers. Seats outside the tariffs (group
// orders of schools and nurseries, and seats held for a waiting list offer or a group order
// awaiting its head's confirmation) count in the hall alone.
import type { BoxOffice, Tariff } from '@tutti/contracts';
import type { ConcertSession } from '../sessions';
import type { TariffRow } from './concerts.repository';

export type SeatCounts = {
  booked: number;
  /** Seats held for a waiting list offer or a pending group order: taken until they end. */
  held: number;
  /** Seats left in the hall; null when the hall has no known capacity. */
  remaining: number | null;
  tariffs: Tariff[];
  supporterFunded: number;
};

const least = (values: (number | null)[]) => {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.max(0, Math.min(...known));
};

export function countSeats(
  capacity: number | null,
  tariffs: TariffRow[],
  bookedByTariff: Map<string, number>,
  /** Seats the hall holds for other layers: the workshops' groups and the relays. */
  held = 0,
  /** Seats outside the tariffs: group orders booked, and seats held for offers and groups. */
  outside: { booked: number; held: number } = { booked: 0, held: 0 },
): SeatCounts {
  const booked =
    [...bookedByTariff.values()].reduce((sum, seats) => sum + seats, 0) + outside.booked;
  const remaining = capacity === null ? null : Math.max(0, capacity - booked - held - outside.held);
  const presented = tariffs.map((tariff) => {
    const taken = bookedByTariff.get(tariff.id) ?? 0;
    return {
      id: tariff.id,
      kind: tariff.kind,
      priceCents: tariff.priceCents,
      floorCents: tariff.floorCents,
      ceilingCents: tariff.ceilingCents,
      conditions: tariff.conditions,
      seatLimit: tariff.seatLimit,
      booked: taken,
      remaining: least([remaining, tariff.seatLimit === null ? null : tariff.seatLimit - taken]),
    };
  });
  const supporterFunded = presented
    .filter((tariff) => tariff.kind === 'supporter')
    .reduce((sum, tariff) => sum + tariff.booked, 0);
  return { booked, held: outside.held, remaining, tariffs: presented, supporterFunded };
}

export function presentBoxOffice(
  concert: ConcertSession,
  priceCapCents: number,
  seats: SeatCounts,
  orders: number,
  held: { groupSeats: number; relaySeats: number },
): BoxOffice {
  return {
    sessionId: concert.id,
    priceCapCents,
    capacity: concert.capacity,
    booked: seats.booked,
    groupSeats: held.groupSeats,
    relaySeats: held.relaySeats,
    held: seats.held,
    remaining: seats.remaining,
    supporterFunded: seats.supporterFunded,
    orders,
    tariffs: seats.tariffs,
  };
}

/** "10 €", "7,50 €" as the API's messages write a price (developers read them). */
export const euros = (cents: number) =>
  cents % 100 === 0 ? `${cents / 100} €` : `${(cents / 100).toFixed(2)} €`;
