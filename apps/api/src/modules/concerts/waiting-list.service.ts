// A concert's waiting list: parties sign up from the public page when the hall is full, read
// their place and leave by their entry's secret, take an offer of freed seats into an order;
// organisers read the list and move a party, with a reason kept in the audit log.
import {
  type BookingInput,
  BookingInputSchema,
  type WaitingList,
  type WaitingListJoinInput,
  type WaitingListMoveBody,
} from '@tutti/contracts';
import { newOrderSecret, type TuttiDatabase, type Tx } from '@tutti/db';
import { recordAudit } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { type ConcertSession, findConcertSession, findPublishedConcert } from '../sessions';
import { priceLines } from './booking.service';
import type { ConcertSettings } from './concert-settings';
import * as concerts from './concerts.repository';
import { findSender } from './moments';
import { readHall } from './seat-layers';
import { isConcertOpen, settleSeats } from './seat-release';
import { mailEntry } from './waiting-list.mails';
import * as waitingList from './waiting-list.repository';

type Scope = { database: TuttiDatabase; orgId: string; settings: ConcertSettings; now?: Date };

const closed = () => new AppError('CONCERT.CLOSED', 'Bookings are closed');

/**
 * Adds a party to the published concert's waiting list, last. Refused while the hall has room
 * for it (the party books instead). The sign-up e-mail carries the entry's link.
 */
export async function joinWaitingList({
  database,
  orgId,
  settings,
  code,
  input,
  locale,
  now = new Date(),
}: Scope & { code: string; input: WaitingListJoinInput; locale: string }) {
  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const concert = await findPublishedConcert(tx, code, { lock: true });
    if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
    if (!isConcertOpen(concert, now)) throw closed();
    await settleSeats({ tx, orgId, concert, now, settings });
    const { seats } = await readHall(tx, concert, now);
    if (seats.remaining === null || input.partySize <= seats.remaining) {
      throw new AppError('WAITING_LIST.SEATS_AVAILABLE', 'Seats are left: book them', {
        fields: [{ path: 'partySize', message: `${seats.remaining ?? 'unlimited'} seats left` }],
        details: { remaining: seats.remaining },
      });
    }
    const entry = await waitingList.insertEntry(tx, {
      orgId,
      sessionId: concert.id,
      secret: newOrderSecret(),
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      locale,
      partySize: input.partySize,
      position: await waitingList.nextPosition(tx, concert.id),
    });
    const sender = await findSender(tx, orgId);
    await mailEntry(tx, settings, { kind: 'joined', entry, concert, sender });
    return { secret: entry.secret };
  });
}

/** An entry as its party reads it on its page: the concert, its place, its offer. */
export async function readEntry({
  database,
  orgId,
  secret,
  now = new Date(),
}: Omit<Scope, 'settings'> & { secret: string }) {
  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const entry = await waitingList.findEntryBySecret(tx, secret);
    if (!entry) return null;
    const concert = await findConcertSession(tx, entry.sessionId);
    if (!concert) return null;
    // An offer past its deadline reads as lapsed, swept or not.
    const lapsed =
      entry.status === 'offered' && (entry.offerExpiresAt ?? now).getTime() <= now.getTime();
    const status = lapsed ? 'lapsed' : entry.status;
    const place = await waitingList.placeInQueue(tx, entry);
    const orderSecret = entry.orderId ? await waitingList.orderSecretOf(tx, entry.orderId) : null;
    const tickets =
      status === 'offered'
        ? (await readHall(tx, concert, now, { exceptEntry: entry.id })).seats
        : null;
    return { entry, status, place, concert, orderSecret, tickets };
  });
}

/** The entry of `secret` with its concert locked first (the lock order of every booking). */
async function lockEntry(tx: Tx, secret: string) {
  const found = await waitingList.findEntryBySecret(tx, secret);
  if (!found) throw notFound('WAITING_LIST.NOT_FOUND', 'Waiting list entry');
  const concert = await findConcertSession(tx, found.sessionId, { lock: true });
  const entry = await waitingList.findEntryBySecret(tx, secret, true);
  if (!concert || !entry) throw notFound('WAITING_LIST.NOT_FOUND', 'Waiting list entry');
  return { concert, entry };
}

/** The party leaves the list; seats it was offered go to the next parties at once. */
export async function leaveWaitingList({
  database,
  orgId,
  settings,
  secret,
  now = new Date(),
}: Scope & { secret: string }) {
  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const { concert, entry } = await lockEntry(tx, secret);
    await waitingList.markLeft(tx, entry.id, now);
    if (entry.status === 'offered') await settleSeats({ tx, orgId, concert, now, settings });
  });
}

/**
 * Takes an offer: books up to the seats offered, at the tariffs chosen, into an order under the
 * entry's name and contact. The offer's own seats are the party's; per-tariff limits still hold.
 * Seats offered but not taken go to the next parties.
 */
export async function takeOffer({
  database,
  orgId,
  settings,
  secret,
  input,
  now = new Date(),
}: Scope & {
  secret: string;
  input: Pick<BookingInput, 'lines' | 'accessNeeds'>;
}) {
  return database.withTenant({ orgId, userId: null, sensitive: true }, async (tx) => {
    const { concert, entry } = await lockEntry(tx, secret);
    const running =
      entry.status === 'offered' && (entry.offerExpiresAt ?? now).getTime() > now.getTime();
    if (!running || !isConcertOpen(concert, now)) {
      throw new AppError('WAITING_LIST.NO_OFFER', 'No offer is running for this entry');
    }
    const booking = BookingInputSchema.parse({
      name: entry.name ?? '',
      email: entry.email ?? undefined,
      phone: entry.phone ?? undefined,
      ...input,
    });
    const wanted = booking.lines.reduce((sum, line) => sum + line.quantity, 0);
    if (wanted > entry.partySize) {
      throw new AppError('WAITING_LIST.TOO_MANY_SEATS', 'More seats than offered', {
        fields: [{ path: 'lines', message: `${entry.partySize} seats at most` }],
        details: { offered: entry.partySize },
      });
    }
    const { seats } = await readHall(tx, concert, now, { exceptEntry: entry.id });
    const order = await concerts.insertOrder(tx, {
      orgId,
      sessionId: concert.id,
      secret: newOrderSecret(),
      name: booking.name,
      email: booking.email ?? null,
      phone: booking.phone ?? null,
      locale: entry.locale,
      lines: priceLines(booking, seats),
      accessNeeds: booking.accessNeeds || null,
    });
    await waitingList.markBooked(tx, entry.id, order.id, now);
    if (wanted < entry.partySize) await settleSeats({ tx, orgId, concert, now, settings });
    return { secret: order.secret };
  });
}

// ---- organisers ------------------------------------------------------------------------------

async function loadConcert(tx: Tx, sessionId: string, lock = false): Promise<ConcertSession> {
  const concert = await findConcertSession(tx, sessionId, { lock });
  if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
  return concert;
}

async function presentList(
  tx: Tx,
  sessionId: string,
  settings: ConcertSettings,
  now: Date,
): Promise<WaitingList> {
  const rows = await waitingList.listEntries(tx, sessionId);
  let place = 0;
  return {
    offerHours: settings.offerMs / 3_600_000,
    items: rows.map((row) => {
      const lapsed =
        row.status === 'offered' && (row.offerExpiresAt ?? now).getTime() <= now.getTime();
      const status = lapsed ? 'lapsed' : row.status;
      const inQueue = status === 'waiting' || status === 'offered';
      if (inQueue) place += 1;
      return {
        id: row.id,
        position: inQueue ? place : null,
        name: row.name ?? '',
        email: row.email,
        phone: row.phone,
        partySize: row.partySize,
        status,
        offerExpiresAt: status === 'offered' ? (row.offerExpiresAt?.toISOString() ?? null) : null,
        createdAt: row.createdAt.toISOString(),
      };
    }),
  };
}

/** The concert's waiting list with names and contacts: organisers only. */
export async function getWaitingList({
  actor,
  sessionId,
  settings,
  now = new Date(),
}: {
  actor: OrgActor;
  sessionId: string;
  settings: ConcertSettings;
  now?: Date;
}): Promise<WaitingList> {
  requirePermission(actor, 'concerts.readOrders');
  return actor.inTenant(async (tx) => {
    await loadConcert(tx, sessionId);
    return presentList(tx, sessionId, settings, now);
  });
}

/**
 * Moves a party still in the queue to `position` (1 first; past the end: last). The reason and
 * the move are recorded in the audit log. An offer already made stays.
 */
export async function moveWaitingListEntry({
  actor,
  sessionId,
  entryId,
  input,
  settings,
  now = new Date(),
}: {
  actor: OrgActor;
  sessionId: string;
  entryId: string;
  input: WaitingListMoveBody;
  settings: ConcertSettings;
  now?: Date;
}): Promise<WaitingList> {
  requirePermission(actor, 'concerts.manageWaitingList');
  return actor.inTenant(async (tx) => {
    const concert = await loadConcert(tx, sessionId, true);
    const entry = await waitingList.findEntry(tx, sessionId, entryId);
    if (!entry) throw notFound('WAITING_LIST.NOT_FOUND', 'Waiting list entry');
    const queue = await waitingList.listQueue(tx, sessionId);
    const from = queue.findIndex((row) => row.id === entryId);
    if (from < 0) {
      throw new AppError('WAITING_LIST.NOT_WAITING', 'This party is no longer in the queue');
    }
    const order = queue.filter((row) => row.id !== entryId);
    const to = Math.min(input.position, queue.length) - 1;
    order.splice(to, 0, entry);
    // Positions are the queue's order; those of parties out of it no longer matter.
    const base = queue[0]?.position ?? 1;
    for (const [index, row] of order.entries()) {
      if (row.position !== base + index)
        await waitingList.setPosition(tx, row.id, base + index, now);
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'waitingList.reorder',
      subjectKind: 'waitingListEntry',
      subjectId: entryId,
      detail: `${from + 1} → ${to + 1}: ${input.reason}`,
    });
    // A party moved ahead may fit seats nobody behind it could take.
    await settleSeats({ tx, orgId: actor.orgId, concert, now, settings });
    return presentList(tx, sessionId, settings, now);
  });
}
