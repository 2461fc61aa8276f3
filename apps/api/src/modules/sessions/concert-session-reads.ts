// A concert session as its box office needs it (times, status, publication, seats in the hall),
// read by the concerts module in its own transaction, locked when a booking is being decided.
import { type Executor, schema } from '@tutti/db';
import { and, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';

const { sessions, venues } = schema;

export type ConcertSession = {
  id: string;
  title: string | null;
  status: (typeof sessions.$inferSelect)['status'];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  isPublic: boolean;
  publicCode: string | null;
  /** The session's own capacity, else its venue's; null when neither says. */
  capacity: number | null;
  venueName: string | null;
  venueAddress: string | null;
};

const columns = {
  id: sessions.id,
  title: sessions.title,
  status: sessions.status,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  timeZone: sessions.timeZone,
  isPublic: sessions.isPublic,
  publicCode: sessions.publicCode,
  capacity: sql<number | null>`coalesce(${sessions.capacity}, ${venues.capacity})`,
  venueName: venues.name,
  venueAddress: sql<
    string | null
  >`nullif(concat_ws(', ', ${venues.addressLine}, concat_ws(' ', ${venues.postalCode}, ${venues.communeName})), '')`,
};

async function findConcert(
  tx: Executor,
  where: SQL,
  lock: boolean,
): Promise<ConcertSession | null> {
  const query = tx
    .select(columns)
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(eq(sessions.kind, 'concert'), where));
  // Bookings of one concert are decided one at a time: the session row is their lock (no key
  // update, so that rows referring to the session can still be written meanwhile).
  const [row] = lock ? await query.for('no key update', { of: sessions }) : await query;
  return row ?? null;
}

/** A concert session of the organisation by id, or null (another kind of session is null too). */
export function findConcertSession(tx: Executor, sessionId: string, options = { lock: false }) {
  return findConcert(tx, eq(sessions.id, sessionId), options.lock);
}

/** Concert sessions of the organisation by id (other kinds and unknown ids left out), in one query. */
export async function findConcertSessions(
  tx: Executor,
  sessionIds: string[],
): Promise<ConcertSession[]> {
  if (sessionIds.length === 0) return [];
  return tx
    .select(columns)
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(eq(sessions.kind, 'concert'), inArray(sessions.id, sessionIds)));
}

/** A published concert by its public code, or null. */
export function findPublishedConcert(tx: Executor, code: string, options = { lock: false }) {
  return findConcert(
    tx,
    and(
      eq(sessions.isPublic, true),
      isNotNull(sessions.publicCode),
      eq(sessions.publicCode, code),
    )!,
    options.lock,
  );
}
