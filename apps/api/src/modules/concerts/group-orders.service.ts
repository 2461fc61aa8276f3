// Group orders: a class or a nursery books its children and adults in one collective order from
// the concert's public page. The order is `pending`, its seats held, until the head of the
// establishment confirms it through the link e-mailed to them; declined, or not confirmed in
// time, its seats are freed (and offered to the waiting list first).
import type { GroupOrder, GroupOrderInput, GroupOrderStatus } from '@tutti/contracts';
import { newOrderSecret, type TuttiDatabase, type Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { findConcertSession, findPublishedConcert } from '../sessions';
import { type ConcertSettings, holdUntil } from './concert-settings';
import type { OrderRow } from './concerts.repository';
import { mailGroup } from './group-orders.mails';
import * as groups from './group-orders.repository';
import { findSender } from './moments';
import { readHall } from './seat-layers';
import { isConcertOpen, settleSeats } from './seat-release';

type Scope = { database: TuttiDatabase; orgId: string; settings: ConcertSettings; now?: Date };

/** Where a group order stands at `now` (a hold that ran out reads released, swept or not). */
export function groupStatus(group: groups.GroupRow, order: OrderRow, now: Date): GroupOrderStatus {
  if (order.status === 'booked') return 'confirmed';
  if (order.status === 'pending') {
    return group.holdExpiresAt.getTime() > now.getTime() ? 'pending' : 'released';
  }
  if (group.declinedAt) return 'declined';
  if (group.releasedAt) return 'released';
  return 'cancelled';
}

/**
 * Books a group's seats as one pending order, held until the head confirms (or the hold ends,
 * never past the concert's start); e-mails the head their link and the contact the order's.
 */
export async function createGroupOrder({
  database,
  orgId,
  settings,
  code,
  input,
  locale,
  now = new Date(),
}: Scope & { code: string; input: GroupOrderInput; locale: string }) {
  return database.withTenant({ orgId, userId: null, sensitive: true }, async (tx) => {
    const concert = await findPublishedConcert(tx, code, { lock: true });
    if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
    if (!isConcertOpen(concert, now)) throw new AppError('CONCERT.CLOSED', 'Bookings are closed');
    await settleSeats({ tx, orgId, concert, now, settings });
    const { seats } = await readHall(tx, concert, now);
    if (seats.tariffs.length === 0) throw new AppError('CONCERT.CLOSED', 'Bookings are closed');
    const wanted = input.children + input.adults;
    if (seats.remaining !== null && wanted > seats.remaining) {
      throw new AppError('CONCERT.SOLD_OUT', 'Not enough seats left in the hall', {
        fields: [{ path: 'children', message: `${seats.remaining} seats left` }],
        details: { remaining: seats.remaining },
      });
    }
    const { order, group } = await groups.insertGroupOrder(
      tx,
      {
        orgId,
        sessionId: concert.id,
        secret: newOrderSecret(),
        name: input.contactName,
        email: input.contactEmail,
        phone: input.contactPhone ?? null,
        locale,
      },
      {
        establishmentKind: input.establishmentKind,
        establishmentName: input.establishmentName,
        groupName: input.groupName || null,
        children: input.children,
        adults: input.adults,
        headEmail: input.headEmail,
        confirmSecret: newOrderSecret(),
        holdExpiresAt: holdUntil(now, settings.groupHoldMs, concert.startsAt),
      },
      input.accessNeeds || null,
    );
    const sender = await findSender(tx, orgId);
    for (const kind of ['head', 'received'] as const) {
      await mailGroup(tx, settings, { kind, group, order, concert, sender });
    }
    return { secret: order.secret };
  });
}

/** The group of an order, for its page (null for an order of one family). */
export async function readGroupOfOrder(tx: Tx, orderId: string) {
  return groups.findGroupOfOrder(tx, orderId);
}

/** What the head reads before confirming: the order, its concert, where it stands. */
export async function readHeadPage({
  database,
  orgId,
  secret,
  now = new Date(),
}: Omit<Scope, 'settings'> & { secret: string }) {
  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const found = await groups.findByConfirmSecret(tx, secret);
    if (!found) return null;
    const concert = await findConcertSession(tx, found.order.sessionId);
    if (!concert) return null;
    return { ...found, concert, status: groupStatus(found.group, found.order, now) };
  });
}

/** The group order of a head's link, its concert locked first (the lock order of bookings). */
async function lockGroup(tx: Tx, secret: string) {
  const found = await groups.findByConfirmSecret(tx, secret);
  if (!found) throw notFound('GROUP_ORDER.NOT_FOUND', 'Group order');
  const concert = await findConcertSession(tx, found.order.sessionId, { lock: true });
  const locked = await groups.findByConfirmSecret(tx, secret, true);
  if (!concert || !locked) throw notFound('GROUP_ORDER.NOT_FOUND', 'Group order');
  return { concert, ...locked };
}

/**
 * The head answers: `confirm` books the order (again: nothing changes), `decline` cancels it and
 * frees its seats. Too late (the hold ran out) or already answered: `done` is false, with where
 * the order stands.
 */
export async function answerGroupOrder({
  database,
  orgId,
  settings,
  secret,
  answer,
  now = new Date(),
}: Scope & { secret: string; answer: 'confirm' | 'decline' }): Promise<{
  status: GroupOrderStatus;
  done: boolean;
}> {
  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const { concert, group, order } = await lockGroup(tx, secret);
    const status = groupStatus(group, order, now);
    if (status === 'confirmed' && answer === 'confirm') return { status, done: true };
    if (status !== 'pending') {
      // A hold that ran out is released now, its seats offered on.
      await settleSeats({ tx, orgId, concert, now, settings });
      return { status, done: false };
    }
    const sender = await findSender(tx, orgId);
    if (answer === 'confirm') {
      await groups.confirmGroup(tx, order.id, now);
      await mailGroup(tx, settings, { kind: 'confirmed', group, order, concert, sender });
      return { status: 'confirmed' as const, done: true };
    }
    await groups.declineGroup(tx, order.id, now);
    await mailGroup(tx, settings, { kind: 'declined', group, order, concert, sender });
    await settleSeats({ tx, orgId, concert, now, settings });
    return { status: 'declined' as const, done: true };
  });
}

/** The concert's group orders with their contacts: organisers only. */
export async function listGroupOrders({
  actor,
  sessionId,
  now = new Date(),
}: {
  actor: OrgActor;
  sessionId: string;
  now?: Date;
}): Promise<{ items: GroupOrder[] }> {
  requirePermission(actor, 'concerts.readOrders');
  return actor.inTenant(async (tx) => {
    const concert = await findConcertSession(tx, sessionId);
    if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
    const rows = await groups.listGroupOrders(tx, sessionId);
    return {
      items: rows.map(({ group, order }) => ({
        orderId: order.id,
        establishmentKind: group.establishmentKind,
        establishmentName: group.establishmentName,
        groupName: group.groupName,
        children: group.children,
        adults: group.adults,
        contactName: order.name ?? '',
        contactEmail: order.email,
        contactPhone: order.phone,
        headEmail: group.headEmail,
        status: groupStatus(group, order, now),
        holdExpiresAt: group.holdExpiresAt.toISOString(),
        confirmedAt: group.confirmedAt?.toISOString() ?? null,
        createdAt: order.createdAt.toISOString(),
      })),
    };
  });
}
