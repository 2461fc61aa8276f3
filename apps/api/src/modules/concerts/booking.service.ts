// Bookings without an account: one order per family (name, e-mail or phone, seats per tariff,
// access needs said once), decided one at a time per concert so that the hall is never
// oversold, then read and cancelled by its secret.
import type { BookingInput } from '@tutti/contracts';
import { newOrderSecret, type TuttiDatabase, type Tx } from '@tutti/db';
import { AppError, notFound } from '../../platform/errors';
import { findConcertSession, findPublishedConcert } from '../sessions';
import { euros, type SeatCounts } from './box-office';
import type { ConcertSettings } from './concert-settings';
import * as concerts from './concerts.repository';
import { findGroupOfOrder } from './group-orders.repository';
import { readHall } from './seat-layers';
import { isConcertOpen as isOpen, settleSeats } from './seat-release';

type Scope = { database: TuttiDatabase; orgId: string };

/** What the public page shows of a published concert's tickets; null for any other session. */
export type PublicTickets = SeatCounts & { open: boolean };

export async function readPublicTickets(tx: Tx, code: string, now = new Date()) {
  const concert = await findPublishedConcert(tx, code);
  if (!concert) return null;
  const { seats } = await readHall(tx, concert, now);
  return { ...seats, open: isOpen(concert, now) && seats.tariffs.length > 0 };
}

type Line = { tariffId: string; quantity: number; unitPriceCents: number };

/** Each line's tariff, price and room, with the field to name when it is refused. */
export function priceLines(input: BookingInput, seats: SeatCounts): Line[] {
  const tariffs = new Map(seats.tariffs.map((tariff) => [tariff.id, tariff]));
  const lines: Line[] = [];
  for (const [index, line] of input.lines.entries()) {
    const tariff = tariffs.get(line.tariffId);
    if (!tariff || lines.some((other) => other.tariffId === line.tariffId)) {
      throw new AppError('CONCERT.UNKNOWN_TARIFF', 'Not a tariff of this concert', {
        fields: [{ path: `lines.${index}.tariffId`, message: 'Not a tariff of this concert' }],
      });
    }
    if (tariff.remaining !== null && line.quantity > tariff.remaining) {
      throw new AppError('CONCERT.SOLD_OUT', 'Not enough seats left at this tariff', {
        fields: [{ path: `lines.${index}.quantity`, message: `${tariff.remaining} seats left` }],
        details: { remaining: tariff.remaining },
      });
    }
    let unitPriceCents = tariff.priceCents ?? 0;
    if (tariff.kind === 'payWhatYouCan') {
      const [floor, ceiling] = [tariff.floorCents ?? 0, tariff.ceilingCents ?? 0];
      const amount = line.amountCents;
      if (amount === undefined || amount < floor || amount > ceiling) {
        throw new AppError('CONCERT.AMOUNT_OUT_OF_RANGE', 'Amount outside the tariff', {
          fields: [
            {
              path: `lines.${index}.amountCents`,
              message: `between ${euros(floor)} and ${euros(ceiling)}`,
            },
          ],
          details: { floorCents: floor, ceilingCents: ceiling },
        });
      }
      unitPriceCents = amount;
    }
    lines.push({ tariffId: tariff.id, quantity: line.quantity, unitPriceCents });
  }
  const wanted = lines.reduce((sum, line) => sum + line.quantity, 0);
  if (seats.remaining !== null && wanted > seats.remaining) {
    throw new AppError('CONCERT.SOLD_OUT', 'Not enough seats left in the hall', {
      fields: [{ path: 'lines', message: `${seats.remaining} seats left` }],
      details: { remaining: seats.remaining },
    });
  }
  return lines;
}

/**
 * Books seats of the published concert `code`. The concert's session row is locked first, so
 * that bookings of one concert are decided one after the other on what was booked before (and
 * on what relays and groups hold, which are decided under the same lock).
 */
export async function bookConcert({
  database,
  orgId,
  code,
  input,
  locale,
  settings,
  now = new Date(),
}: Scope & {
  code: string;
  input: BookingInput;
  locale: string;
  settings: ConcertSettings;
  now?: Date;
}) {
  return database.withTenant({ orgId, userId: null, sensitive: true }, async (tx) => {
    const concert = await findPublishedConcert(tx, code, { lock: true });
    if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
    if (!isOpen(concert, now)) throw new AppError('CONCERT.CLOSED', 'Bookings are closed');
    // Seats freed by a lapsed offer or hold go to the waiting list first.
    await settleSeats({ tx, orgId, concert, now, settings });
    const lines = priceLines(input, (await readHall(tx, concert, now)).seats);
    const order = await concerts.insertOrder(tx, {
      orgId,
      sessionId: concert.id,
      secret: newOrderSecret(),
      name: input.name,
      email: input.email ?? null,
      phone: input.phone ?? null,
      locale,
      lines,
      accessNeeds: input.accessNeeds || null,
    });
    return { secret: order.secret };
  });
}

/** An order as its holder sees it on its page: the concert, the seats, the tariffs. */
export async function readOrder({ database, orgId, secret }: Scope & { secret: string }) {
  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const order = await concerts.findOrderBySecret(tx, secret);
    if (!order) return null;
    const concert = await findConcertSession(tx, order.sessionId);
    if (!concert) return null;
    const lines = await concerts.listOrderLines(tx, [order.id]);
    // A group's order (a class, a nursery) has its own page.
    const group = await findGroupOfOrder(tx, order.id);
    return { order, concert, lines, group };
  });
}

/**
 * Cancels an order by its secret (a group order too, confirmed or not); its seats are free again
 * at once, offered to the waiting list first.
 */
export async function cancelOrder({
  database,
  orgId,
  secret,
  settings,
  now = new Date(),
}: Scope & { secret: string; settings: ConcertSettings; now?: Date }) {
  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const order = await concerts.findOrderBySecret(tx, secret);
    if (!order) throw new AppError('CONCERT.ORDER_NOT_FOUND', 'Order not found');
    const concert = await findConcertSession(tx, order.sessionId, { lock: true });
    await concerts.cancelOrder(tx, order.id);
    if (concert) await settleSeats({ tx, orgId, concert, now, settings });
  });
}
