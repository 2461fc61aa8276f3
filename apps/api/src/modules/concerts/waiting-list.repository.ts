// The only place with queries on concerts' waiting lists.
import type { WaitingListStatus } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';

const { concertWaitingList: entries, sessions } = schema;

export type WaitingListRow = typeof entries.$inferSelect;

/** The statuses of a party still in the queue. */
const IN_QUEUE: WaitingListStatus[] = ['waiting', 'offered'];

/** Seats held for offers still running at `now` (but the entry `except`'s own). */
export async function offeredSeats(
  tx: Executor,
  sessionId: string,
  now: Date,
  except?: string,
): Promise<number> {
  const [row] = await tx
    .select({ seats: sql<number>`coalesce(sum(${entries.partySize}), 0)::int` })
    .from(entries)
    .where(
      and(
        eq(entries.sessionId, sessionId),
        eq(entries.status, 'offered'),
        gt(entries.offerExpiresAt, now),
        except ? ne(entries.id, except) : undefined,
      ),
    );
  return row?.seats ?? 0;
}

/** The place after every entry the concert ever had. */
export async function nextPosition(tx: Executor, sessionId: string): Promise<number> {
  const [row] = await tx
    .select({ last: sql<number>`coalesce(max(${entries.position}), 0)::int` })
    .from(entries)
    .where(eq(entries.sessionId, sessionId));
  return (row?.last ?? 0) + 1;
}

export async function insertEntry(tx: Executor, values: typeof entries.$inferInsert) {
  const [row] = await tx.insert(entries).values(values).returning();
  return row!;
}

export async function findEntryBySecret(tx: Executor, secret: string, lock = false) {
  const query = tx.select().from(entries).where(eq(entries.secret, secret));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findEntry(tx: Executor, sessionId: string, entryId: string) {
  const [row] = await tx
    .select()
    .from(entries)
    .where(and(eq(entries.sessionId, sessionId), eq(entries.id, entryId)))
    .for('update');
  return row ?? null;
}

/** The parties still in the queue, first first. */
export function listQueue(tx: Executor, sessionId: string) {
  return tx
    .select()
    .from(entries)
    .where(and(eq(entries.sessionId, sessionId), inArray(entries.status, IN_QUEUE)))
    .orderBy(asc(entries.position), asc(entries.createdAt));
}

/** Every entry of the concert: the queue first, then those out of it, the latest first. */
export function listEntries(tx: Executor, sessionId: string) {
  return tx
    .select()
    .from(entries)
    .where(eq(entries.sessionId, sessionId))
    .orderBy(
      sql`case when ${entries.status} in ('waiting', 'offered') then 0 else 1 end`,
      asc(sql`case when ${entries.status} in ('waiting', 'offered') then ${entries.position} end`),
      desc(entries.endedAt),
      asc(entries.id),
    );
}

/** The place of an entry in its queue, 1 first; null once out of it. */
export async function placeInQueue(tx: Executor, entry: WaitingListRow): Promise<number | null> {
  if (!IN_QUEUE.includes(entry.status)) return null;
  const [row] = await tx
    .select({ ahead: sql<number>`count(*)::int` })
    .from(entries)
    .where(
      and(
        eq(entries.sessionId, entry.sessionId),
        inArray(entries.status, IN_QUEUE),
        lt(entries.position, entry.position),
      ),
    );
  return (row?.ahead ?? 0) + 1;
}

/** The secret of the order an offer became (its page's address). */
export async function orderSecretOf(tx: Executor, orderId: string): Promise<string | null> {
  const [row] = await tx
    .select({ secret: schema.concertOrders.secret })
    .from(schema.concertOrders)
    .where(eq(schema.concertOrders.id, orderId));
  return row?.secret ?? null;
}

export async function markOffered(tx: Executor, entryId: string, now: Date, expiresAt: Date) {
  await tx
    .update(entries)
    .set({ status: 'offered', offeredAt: now, offerExpiresAt: expiresAt, updatedAt: now })
    .where(eq(entries.id, entryId));
}

export async function markBooked(tx: Executor, entryId: string, orderId: string, now: Date) {
  await tx
    .update(entries)
    .set({ status: 'booked', orderId, endedAt: now, updatedAt: now })
    .where(eq(entries.id, entryId));
}

export async function markLeft(tx: Executor, entryId: string, now: Date) {
  await tx
    .update(entries)
    .set({ status: 'left', endedAt: now, updatedAt: now })
    .where(and(eq(entries.id, entryId), inArray(entries.status, IN_QUEUE)));
}

/** Offers of the concert that ran out at `now` end: their parties are out of the queue. */
export function lapseExpiredOffers(tx: Executor, sessionId: string, now: Date) {
  return tx
    .update(entries)
    .set({ status: 'lapsed', endedAt: now, updatedAt: now })
    .where(
      and(
        eq(entries.sessionId, sessionId),
        eq(entries.status, 'offered'),
        lte(entries.offerExpiresAt, now),
      ),
    )
    .returning({ id: entries.id });
}

export async function setPosition(tx: Executor, entryId: string, position: number, now: Date) {
  await tx.update(entries).set({ position, updatedAt: now }).where(eq(entries.id, entryId));
}

/**
 * Concerts to settle, in every organisation (runs as the owner): those with an offer that ran
 * out, and those not yet started with parties waiting (seats may have freed up since).
 */
export function concertsWithQueues(tx: Executor, now: Date) {
  return tx
    .selectDistinct({ orgId: entries.orgId, sessionId: entries.sessionId })
    .from(entries)
    .innerJoin(sessions, eq(sessions.id, entries.sessionId))
    .where(
      sql`(${entries.status} = 'offered' and ${entries.offerExpiresAt} <= ${now}) or (${entries.status} = 'waiting' and ${sessions.startsAt} > ${now})`,
    );
}

/** The entries with one of `addresses` (a person's rights), with their concert's title and start. */
export function entriesOfAddresses(tx: Executor, addresses: string[]) {
  if (addresses.length === 0) return Promise.resolve([]);
  return tx
    .select({
      entry: entries,
      title: sessions.title,
      startsAt: sessions.startsAt,
      timeZone: sessions.timeZone,
    })
    .from(entries)
    .innerJoin(sessions, eq(sessions.id, entries.sessionId))
    .where(or(inArray(entries.email, addresses), inArray(entries.phone, addresses)))
    .orderBy(asc(entries.createdAt));
}

/** Clears the name, e-mail and phone of `entryIds`; a party still in the queue leaves it. */
export async function anonymiseEntries(tx: Executor, entryIds: string[], now: Date) {
  if (entryIds.length === 0) return;
  await tx
    .update(entries)
    .set({
      name: null,
      email: null,
      phone: null,
      anonymisedAt: now,
      updatedAt: now,
      status: sql`case when ${entries.status} in ('waiting', 'offered') then 'left' else ${entries.status} end`,
      endedAt: sql`coalesce(${entries.endedAt}, ${now})`,
    })
    .where(inArray(entries.id, entryIds));
}

/**
 * Retention, with the concert's orders: the name, e-mail and phone of entries of concerts that
 * ended before `before` are cleared. Runs as the owner; rows another purge holds are skipped.
 */
export async function anonymiseEntriesOfConcertsEndedBefore(
  tx: Executor,
  before: Date,
  limit: number,
): Promise<{ orgId: string }[]> {
  const due = await tx
    .select({ id: entries.id, orgId: entries.orgId })
    .from(entries)
    .innerJoin(sessions, eq(sessions.id, entries.sessionId))
    .where(and(isNull(entries.anonymisedAt), lt(sessions.endsAt, before)))
    .limit(limit)
    .for('update', { of: entries, skipLocked: true });
  await anonymiseEntries(
    tx,
    due.map((row) => row.id),
    new Date(),
  );
  return due;
}
