// What other modules read from sessions: sessions as the calendar shows them, who is busy when,
// and a venue's rules for placing sessions. The queries stay in the repositories.
import type { Executor } from '@tutti/db';
import type { SQL } from 'drizzle-orm';
import type { BusySession, VenueFacts } from './conflicts';
import { loadBusySessions, loadVenueFacts } from './conflicts.repository';
import { countSessionWrites } from './session-changes.repository';
import * as repository from './sessions.repository';

export type SessionView = repository.SessionView;

/** Sessions matching `where`, by start time, with project, journey, venue, artists and groups. */
export function findSessionViews(tx: Executor, where: SQL | undefined, limit?: number) {
  return repository.findSessionViews(tx, where, limit);
}

/**
 * The sessions holding one of the venues, artists or groups between `from` and `to` (cancelled
 * ones hold nothing), except `excludeIds`: the sessions module's rule for who is busy.
 */
export function findBusySessions(
  tx: Executor,
  options: Parameters<typeof loadBusySessions>[1],
): Promise<BusySession[]> {
  return loadBusySessions(tx, options);
}

/** A venue's name, capacity, time zone, weekly opening and blackout dates; null when unknown. */
export function findVenueRules(tx: Executor, venueId: string): Promise<VenueFacts | null> {
  return loadVenueFacts(tx, venueId);
}

/**
 * How many times each session was written after its creation (its history's length minus one):
 * the iCalendar SEQUENCE, which calendars use to know that an event they hold has changed.
 */
export async function sessionRevisions(tx: Executor, sessionIds: string[]) {
  const writes = await countSessionWrites(tx, sessionIds);
  return new Map([...writes].map(([id, n]) => [id, Math.max(0, n - 1)]));
}
