// The door's three kinds of offline operation: a check-in of some seats of an order, people let
// in without a ticket, and how the people of an entry came.
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import {
  type AppliedOutcome,
  defineOperationKind,
  type OperationOf,
  type Refusal,
} from '../../platform/offline/index';
import * as door from './door.repository';
import { latestAnswers, settleOrders } from './door-figures';

type Op = OperationOf<'door.checkIn'> | OperationOf<'door.walkIn'> | OperationOf<'door.travel'>;

function readFacts(tx: Tx, actor: OrgActor, ops: Op[]) {
  return door.doorFacts(tx, {
    userId: actor.userId,
    concertIds: [...new Set(ops.map((op) => op.concertId))],
    orderIds: [...new Set(ops.flatMap((op) => (op.kind === 'door.checkIn' ? [op.orderId] : [])))],
  });
}

function concertRefusal(op: Op, facts: door.DoorFacts, actor: OrgActor): Refusal | null {
  const concert = facts.concerts.get(op.concertId);
  if (!concert) return { reason: 'CONCERT.NOT_FOUND', message: 'No such concert' };
  if (actor.role === 'artist' && !concert.playedByUser) {
    return { reason: 'DOOR.NOT_CONCERT_ARTIST', message: 'You are not an artist of this concert' };
  }
  if (concert.status === 'cancelled') {
    return { reason: 'DOOR.CONCERT_CANCELLED', message: 'The concert was cancelled' };
  }
  return null;
}

const common = (actor: OrgActor, op: Op) => ({
  opId: op.opId,
  orgId: actor.orgId,
  sessionId: op.concertId,
  deviceId: op.deviceId,
  userId: actor.userId,
  recordedAt: new Date(op.recordedAt),
});

export const checkInOperationKind = defineOperationKind({
  kind: 'door.checkIn',
  permission: 'concerts.checkIn',
  conflictRule:
    "an order's seats go to its check-ins in device-time order (ties: the smaller device id, " +
    'then op id), each getting what is left; a check-in that gets fewer seats than it asked ' +
    '(seats already used on another phone, or the order cancelled) is logged `superseded` and ' +
    "listed to organisers on the concert's box office with the check-ins before it",
  targetOf: (op) => `${op.concertId}|${op.orderId}`,
  readFacts,
  refusalOf: (op, facts, actor) => {
    const refusal = concertRefusal(op, facts, actor);
    if (refusal) return refusal;
    if (facts.orders.get(op.orderId)?.sessionId !== op.concertId) {
      return { reason: 'DOOR.ORDER_NOT_OF_CONCERT', message: 'Not an order of this concert' };
    }
    return null;
  },
  async apply(tx, actor, ops) {
    const orderIds = [...new Set(ops.map((op) => op.orderId))].sort();
    await door.lockOrders(tx, orderIds);
    await door.insertEntries(
      tx,
      ops.map((op) => ({
        ...common(actor, op),
        orderId: op.orderId,
        people: op.seats,
        method: op.method,
      })),
    );
    const { orders, entries } = await door.checkInsOfOrders(tx, orderIds);
    const settled = settleOrders(orders, entries);
    const excess = new Map(
      [...settled.values()].flat().map((entry) => [entry.opId, entry.excess] as const),
    );
    return ops.map(
      (op): AppliedOutcome => ((excess.get(op.opId) ?? 0) > 0 ? 'superseded' : 'applied'),
    );
  },
});

export const walkInOperationKind = defineOperationKind({
  kind: 'door.walkIn',
  permission: 'concerts.checkIn',
  conflictRule: 'people without a ticket add up: every tap counts once, from any phone',
  targetOf: (op) => `${op.concertId}|walk-in`,
  readFacts,
  refusalOf: concertRefusal,
  async apply(tx, actor, ops) {
    await door.insertEntries(
      tx,
      ops.map((op) => ({
        ...common(actor, op),
        orderId: null,
        people: op.people,
        method: 'count',
      })),
    );
    return ops.map((): AppliedOutcome => 'applied');
  },
});

export const travelOperationKind = defineOperationKind({
  kind: 'door.travel',
  permission: 'concerts.checkIn',
  conflictRule:
    'the latest device time wins per entry answered (ties: the greater device id, then op id); ' +
    'an earlier answer is logged `superseded`',
  targetOf: (op) => `${op.concertId}|${op.entryOpId}`,
  readFacts,
  refusalOf: concertRefusal,
  async apply(tx, actor, ops) {
    await door.insertTravel(
      tx,
      ops.map((op) => ({
        ...common(actor, op),
        entryOpId: op.entryOpId,
        people: op.people,
        mode: op.mode,
        carPeople: op.carPeople,
      })),
    );
    const outcomes = new Map<string, AppliedOutcome>();
    for (const concertId of new Set(ops.map((op) => op.concertId))) {
      const mine = ops.filter((op) => op.concertId === concertId);
      const answers = await door.travelOfEntries(tx, concertId, [
        ...new Set(mine.map((op) => op.entryOpId)),
      ]);
      const holding = new Set([...latestAnswers(answers).values()].map((answer) => answer.opId));
      for (const op of mine) outcomes.set(op.opId, holding.has(op.opId) ? 'applied' : 'superseded');
    }
    return ops.map((op) => outcomes.get(op.opId)!);
  },
});

/** The door's kinds, for the app to register with the operation log. */
export const doorOperationKinds = [checkInOperationKind, walkInOperationKind, travelOperationKind];
