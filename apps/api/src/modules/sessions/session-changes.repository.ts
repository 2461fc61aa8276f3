// The only place with queries on the history of sessions.

import type { SessionChangeAction, SessionChangeSet } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { asc, count, eq, inArray } from 'drizzle-orm';

const { sessionChanges } = schema;

export type SessionChangeEntry = {
  orgId: string;
  sessionId: string;
  actorUserId: string | null;
  action: SessionChangeAction;
  changes: SessionChangeSet;
  overrideReason: string | null;
};

export async function insertSessionChanges(tx: Executor, entries: SessionChangeEntry[]) {
  if (entries.length === 0) return;
  await tx.insert(sessionChanges).values(entries);
}

/** A session's history, oldest first. */
export async function listSessionChanges(tx: Executor, sessionId: string) {
  return tx
    .select()
    .from(sessionChanges)
    .where(eq(sessionChanges.sessionId, sessionId))
    .orderBy(asc(sessionChanges.at), asc(sessionChanges.id));
}

/** The number of history rows of each of these sessions (absent: none). */
export async function countSessionWrites(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({ sessionId: sessionChanges.sessionId, writes: count() })
    .from(sessionChanges)
    .where(inArray(sessionChanges.sessionId, sessionIds))
    .groupBy(sessionChanges.sessionId);
  return new Map(rows.map((row) => [row.sessionId, row.writes]));
}
