// Queries of the "lost your booking link?" form: a person's upcoming orders and waiting list
// entries by the e-mail address they gave.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';

const { concertOrders: orders, concertWaitingList: entries, sessions } = schema;

/** Orders (booked, or a group's pending) of concerts not ended at `now`, by contact e-mail. */
export function upcomingOrdersOf(tx: Executor, email: string, now: Date) {
  return tx
    .select({ order: orders, sessionId: sessions.id })
    .from(orders)
    .innerJoin(sessions, eq(sessions.id, orders.sessionId))
    .where(
      and(
        eq(orders.email, email),
        inArray(orders.status, ['booked', 'pending']),
        gt(sessions.endsAt, now),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(orders.createdAt));
}

/** Entries still in a queue, of concerts not started at `now`, by e-mail. */
export function upcomingEntriesOf(tx: Executor, email: string, now: Date) {
  return tx
    .select({ entry: entries, sessionId: sessions.id })
    .from(entries)
    .innerJoin(sessions, eq(sessions.id, entries.sessionId))
    .where(
      and(
        eq(entries.email, email),
        inArray(entries.status, ['waiting', 'offered']),
        gt(sessions.startsAt, now),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(entries.createdAt));
}
