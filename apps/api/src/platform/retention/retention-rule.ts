// A retention rule: how long one kind of personal record is kept, and the purge that ends it.
import type { RetentionRule } from '@tutti/contracts';
import type { TuttiDatabase, Tx } from '@tutti/db';

/** Records purged, per organisation; `null` for records of no organisation (logins, tokens). */
export type PurgeCounts = Map<string | null, number>;

export type RetentionRuleDefinition = RetentionRule & {
  /**
   * Anonymises or deletes, in every organisation, what the rule says has expired at `now`.
   * Runs as the owner (a job, not a request), in batches that each commit on their own, and
   * skips rows another purge holds, so two processes purging at once never take the same row.
   */
  purge(database: TuttiDatabase, now: Date): Promise<PurgeCounts>;
};

/** Rows purged per batch: one transaction never holds more. */
export const PURGE_BATCH = 500;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which the period has run out. */
export function cutoff(now: Date, keptForDays: number): Date {
  return new Date(now.getTime() - keptForDays * DAY_MS);
}

/** Counts the organisation of each row a batch purged. */
export function countByOrganisation(counts: PurgeCounts, rows: { orgId: string | null }[]) {
  for (const { orgId } of rows) counts.set(orgId, (counts.get(orgId) ?? 0) + 1);
}

/**
 * Runs `batch` (one transaction, returning the rows it purged) until a batch comes back short.
 *
 * @example await inBatches(database, (tx) => deleteExpiredLogins(tx, now, PURGE_BATCH))
 */
export async function inBatches(
  database: TuttiDatabase,
  batch: (tx: Tx) => Promise<{ orgId: string | null }[]>,
): Promise<PurgeCounts> {
  const counts: PurgeCounts = new Map();
  for (;;) {
    const rows = await database.db.transaction(batch);
    countByOrganisation(counts, rows);
    if (rows.length < PURGE_BATCH) return counts;
  }
}

/**
 * The purge of a rule whose records expire `keptForDays` after a moment stored on each row:
 * `batch` removes up to `limit` rows whose moment is before `before`, and returns their
 * organisations.
 *
 * @example purge: purgeInBatches(90, deleteEndedMemberInvitations)
 */
export function purgeInBatches(
  keptForDays: number,
  batch: (tx: Tx, before: Date, limit: number) => Promise<{ orgId: string | null }[]>,
): RetentionRuleDefinition['purge'] {
  return (database, now) =>
    inBatches(database, (tx) => batch(tx, cutoff(now, keptForDays), PURGE_BATCH));
}
