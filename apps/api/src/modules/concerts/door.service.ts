// A concert's door as the API serves it: the list a phone downloads before the concert (names,
// seats per tariff, the hash of each QR code, the entries already known) and the box office's
// door summary (seats let in, people without a ticket, how people came, conflicts).
import { createHash } from 'node:crypto';
import { can, type DoorConflict, type DoorList, type DoorSummary } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { type ConcertSession, findConcertSession } from '../sessions';
import * as door from './door.repository';
import { settleOrders, travelFigures, walkInsOf } from './door-figures';

/** SHA-256 of an order's secret, in hex: what the phone compares a scanned QR code with. */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

async function loadConcert(tx: Tx, sessionId: string): Promise<ConcertSession> {
  const concert = await findConcertSession(tx, sessionId);
  if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
  return concert;
}

/** The door's list for one concert; artists only for the concerts they play. */
export async function getDoorList({
  actor,
  sessionId,
}: {
  actor: OrgActor;
  sessionId: string;
}): Promise<DoorList> {
  requirePermission(actor, 'concerts.checkIn');
  return actor.inTenant(async (tx) => {
    const concert = await loadConcert(tx, sessionId);
    if (actor.role === 'artist' && !(await door.playsConcert(tx, actor.userId, sessionId))) {
      throw new AppError('DOOR.NOT_CONCERT_ARTIST', 'You are not an artist of this concert');
    }
    const orders = await door.ordersForDoor(tx, sessionId);
    const lines = await door.linesForDoor(tx, sessionId);
    const entries = await door.entriesOfConcerts(tx, [sessionId]);
    const linesOf = new Map<string, { kind: (typeof lines)[number]['kind']; quantity: number }[]>();
    for (const line of lines) {
      const list = linesOf.get(line.orderId) ?? [];
      list.push({ kind: line.kind, quantity: line.quantity });
      linesOf.set(line.orderId, list);
    }
    return {
      concert: {
        id: concert.id,
        title: concert.title,
        status: concert.status,
        startsAt: concert.startsAt.toISOString(),
        timeZone: concert.timeZone,
        venueName: concert.venueName,
        capacity: concert.capacity,
      },
      orders: orders.map((order) => ({
        id: order.id,
        name: order.name ?? '',
        seats: order.seats,
        lines: linesOf.get(order.id) ?? [],
        secretHash: secretHash(order.secret),
        status: order.status,
      })),
      entries: entries.map((entry) => ({
        opId: entry.opId,
        orderId: entry.orderId,
        people: entry.people,
        deviceId: entry.deviceId,
        recordedAt: entry.recordedAt.toISOString(),
      })),
      downloadedAt: new Date().toISOString(),
    };
  });
}

/** What the door gave: seats let in, people without a ticket, how they came, conflicts. */
export async function getDoorSummary({
  actor,
  sessionId,
}: {
  actor: OrgActor;
  sessionId: string;
}): Promise<DoorSummary> {
  requirePermission(actor, 'concerts.read');
  return actor.inTenant(async (tx) => {
    await loadConcert(tx, sessionId);
    const orders = await door.ordersForDoor(tx, sessionId);
    const entries = await door.entriesOfConcerts(tx, [sessionId]);
    const answers = await door.travelOfConcerts(tx, [sessionId]);
    const settled = settleOrders(orders, entries);
    let checkedInSeats = 0;
    let ordersComplete = 0;
    let ordersPartly = 0;
    const conflicts: DoorConflict[] = [];
    for (const order of orders) {
      const list = settled.get(order.id) ?? [];
      const granted = list.reduce((sum, entry) => sum + entry.granted, 0);
      checkedInSeats += granted;
      if (order.status === 'booked' && granted > 0) {
        if (granted >= order.seats) ordersComplete += 1;
        else ordersPartly += 1;
      }
      list.forEach((entry, index) => {
        if (entry.excess === 0) return;
        conflicts.push({
          opId: entry.opId,
          orderId: order.id,
          name: order.name ?? '',
          orderSeats: order.seats,
          orderStatus: order.status,
          seats: entry.seats,
          granted: entry.granted,
          deviceId: entry.deviceId,
          recordedAt: entry.recordedAt,
          before: list.slice(0, index).map(({ deviceId, recordedAt, seats, granted }) => ({
            deviceId,
            recordedAt,
            seats,
            granted,
          })),
        });
      });
    }
    conflicts.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
    return {
      bookedSeats: orders
        .filter((order) => order.status === 'booked')
        .reduce((sum, order) => sum + order.seats, 0),
      checkedInSeats,
      ordersComplete,
      ordersPartly,
      walkIns: walkInsOf(entries),
      travel: travelFigures(answers),
      // Names: only for the roles that read orders.
      conflicts: can(actor.role, 'concerts.readOrders') ? conflicts : null,
    };
  });
}
