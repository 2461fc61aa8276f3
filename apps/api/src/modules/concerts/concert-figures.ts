// A concert's figures after it took place, from its rows: seats booked and let in per channel,
// tariff and relay (settled by the door's one rule), no-shows, amounts per tariff, money received,
// workshops' participants at the concert. Pure: the reads are in concert-figures.reads.ts.
import {
  type AttendanceChannel,
  attendanceChannels,
  type ConcertFigures,
  type PaymentMethod,
  paymentMethods,
} from '@tutti/contracts';
import type {
  FigureLineRow,
  FigureOrderRow,
  FigureReceiptRow,
  WorkshopFigureRow,
} from './concert-figures.repository';
import { type DoorEntryFacts, settleOrders, walkInsOf } from './door-figures';

export type ConcertFigureRows = {
  concert: { id: string; held: boolean };
  orders: FigureOrderRow[];
  lines: FigureLineRow[];
  entries: DoorEntryFacts[];
  receipts: FigureReceiptRow[];
  workshops: WorkshopFigureRow | undefined;
};

export const channelOf = (order: Pick<FigureOrderRow, 'channel' | 'is_group'>) =>
  (order.is_group ? 'group' : order.channel) as AttendanceChannel;

/** Booked seats not let in ÷ booked seats: only when the door was used and someone booked. */
export function noShowRate(booked: number, present: number | null) {
  if (present === null || booked === 0) return null;
  return Math.round((Math.max(0, booked - present) / booked) * 10_000) / 10_000;
}

type Tally = { booked: number; present: number };
const bump = <K>(map: Map<K, Tally>, key: K, booked: number, present: number) => {
  const tally = map.get(key) ?? { booked: 0, present: 0 };
  tally.booked += booked;
  tally.present += present;
  map.set(key, tally);
};

export function concertFiguresOf(rows: ConcertFigureRows): ConcertFigures {
  const doorUsed = rows.entries.length > 0;
  const booked = rows.orders.filter((order) => order.status === 'booked');
  const settled = settleOrders(
    booked.map((order) => ({ id: order.id, seats: order.seats, status: order.status })),
    rows.entries,
  );
  const presentOf = (orderId: string) =>
    (settled.get(orderId) ?? []).reduce((sum, entry) => sum + entry.granted, 0);

  const channels = new Map<AttendanceChannel, Tally>();
  const relays = new Map<string, Tally & { name: string }>();
  const linesOf = new Map<string, FigureLineRow[]>();
  for (const line of rows.lines)
    linesOf.set(line.order_id, [...(linesOf.get(line.order_id) ?? []), line]);
  const tariffs = new Map<
    string,
    Tally & { kind: FigureLineRow['kind']; amount: number; position: number }
  >();
  let unattributed = 0;
  for (const line of rows.lines) {
    if (!tariffs.has(line.tariff_id))
      tariffs.set(line.tariff_id, {
        kind: line.kind,
        position: line.position,
        booked: 0,
        present: 0,
        amount: 0,
      });
  }
  for (const order of booked) {
    const present = presentOf(order.id);
    bump(channels, channelOf(order), order.seats, present);
    if (order.partner_id) {
      const relay = relays.get(order.partner_id) ?? {
        name: order.partner_name ?? '',
        booked: 0,
        present: 0,
      };
      relay.booked += order.seats;
      relay.present += present;
      relays.set(order.partner_id, relay);
    }
    const lines = linesOf.get(order.id) ?? [];
    // Which tariff a seat let in had is known when the order has one tariff, or came whole.
    const known = lines.length === 1 || present >= order.seats;
    if (!known) unattributed += present;
    for (const line of lines) {
      const tariff = tariffs.get(line.tariff_id)!;
      tariff.booked += line.quantity;
      tariff.amount += line.quantity * line.unit_price_cents;
      if (known)
        tariff.present += lines.length === 1 ? Math.min(present, line.quantity) : line.quantity;
    }
  }
  const walkIns = walkInsOf(rows.entries);
  const present = (value: number) => (doorUsed ? value : null);

  const byMethod = new Map<PaymentMethod, number>();
  for (const receipt of rows.receipts)
    byMethod.set(receipt.method, (byMethod.get(receipt.method) ?? 0) + receipt.cents);

  return {
    concertId: rows.concert.id,
    held: rows.concert.held,
    doorUsed,
    byChannel: attendanceChannels.map((channel) => {
      if (channel === 'door')
        return { channel, booked: 0, present: present(walkIns), noShowRate: null };
      const tally = channels.get(channel) ?? { booked: 0, present: 0 };
      return {
        channel,
        booked: tally.booked,
        present: present(tally.present),
        noShowRate: noShowRate(tally.booked, present(tally.present)),
      };
    }),
    byTariff: [...tariffs.entries()]
      .sort(([, a], [, b]) => a.position - b.position)
      .map(([tariffId, tariff]) => ({
        tariffId,
        kind: tariff.kind,
        booked: tariff.booked,
        present: present(tariff.present),
        amountCents: tariff.amount,
      })),
    presentUnattributed: doorUsed ? unattributed : 0,
    byRelay: [...relays.entries()]
      .sort(([, a], [, b]) => a.name.localeCompare(b.name, 'fr'))
      .map(([partnerId, relay]) => ({
        partnerId,
        partnerName: relay.name,
        booked: relay.booked,
        present: present(relay.present),
        noShowRate: noShowRate(relay.booked, present(relay.present)),
      })),
    receipts: {
      receivedCents: [...byMethod.values()].reduce((sum, cents) => sum + cents, 0),
      byMethod: paymentMethods
        .filter((method) => byMethod.has(method))
        .map((method) => ({ method, amountCents: byMethod.get(method)! })),
    },
    workshops: rows.workshops
      ? {
          participants: rows.workshops.participants,
          cameToConcert: rows.workshops.came,
          rate:
            rows.workshops.participants === 0
              ? null
              : Math.round((rows.workshops.came / rows.workshops.participants) * 10_000) / 10_000,
        }
      : null,
  };
}
