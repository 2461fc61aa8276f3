// When seats free up (a cancellation, a party leaving, an offer or a group hold running out, a
// bigger hall), they go first to the waiting list: the next parties that fit get a time-limited
// offer by e-mail. Runs under the concert's lock, in the transaction that freed the seats, so
// that no booking can take them in between.
import type { Tx } from '@tutti/db';
import type { ConcertSession } from '../sessions';
import { type ConcertSettings, holdUntil } from './concert-settings';
import { mailGroup } from './group-orders.mails';
import * as groups from './group-orders.repository';
import { findSender, type Sender } from './moments';
import { readHall } from './seat-layers';
import { mailEntry } from './waiting-list.mails';
import * as waitingList from './waiting-list.repository';

/** A concert takes bookings (and makes offers) until it starts, unless cancelled or done. */
export function isConcertOpen(concert: ConcertSession, now: Date) {
  return concert.status !== 'cancelled' && concert.status !== 'done' && concert.startsAt > now;
}

export type Settling = {
  tx: Tx;
  orgId: string;
  /** Locked by the caller (`findConcertSession(tx, id, { lock: true })`). */
  concert: ConcertSession;
  now: Date;
  settings: ConcertSettings;
};

/**
 * Ends what ran out at `now` (offers lapse, group holds are released and their contacts told),
 * then offers the free seats to the parties that fit, in the queue's order.
 */
export async function settleSeats(settling: Settling) {
  const { tx, orgId, concert, now, settings } = settling;
  const lapsed = await waitingList.lapseExpiredOffers(tx, concert.id, now);
  const released = await groups.releaseExpiredHolds(tx, concert.id, now);
  let sender: Sender | null = null;
  for (const { group, order } of released) {
    sender ??= await findSender(tx, orgId);
    await mailGroup(tx, settings, { kind: 'released', group, order, concert, sender });
  }
  const offered = await offerFreedSeats(settling, sender);
  return { lapsed: lapsed.length, released: released.length, offered };
}

/** Offers the seats free at `now` to the waiting parties that fit; returns how many got one. */
async function offerFreedSeats(settling: Settling, knownSender: Sender | null) {
  const { tx, orgId, concert, now, settings } = settling;
  if (!isConcertOpen(concert, now)) return 0;
  const waiting = (await waitingList.listQueue(tx, concert.id)).filter(
    (entry) => entry.status === 'waiting',
  );
  if (waiting.length === 0) return 0;
  const { seats } = await readHall(tx, concert, now);
  let free = seats.remaining ?? Number.POSITIVE_INFINITY;
  const until = holdUntil(now, settings.offerMs, concert.startsAt);
  let sender = knownSender;
  let offered = 0;
  for (const entry of waiting) {
    if (free <= 0) break;
    if (entry.partySize > free) continue;
    await waitingList.markOffered(tx, entry.id, now, until);
    free -= entry.partySize;
    offered += 1;
    sender ??= await findSender(tx, orgId);
    await mailEntry(tx, settings, { kind: 'offer', entry, concert, sender, until });
  }
  return offered;
}
