// Retention of participants' personal data: the rule that dates each record, and the purge.
import { retainUntilFor, type TuttiDatabase } from '@tutti/db';
import { utcDate } from '@tutti/kit/dates';
import * as participants from './participants.repository';

export { retainUntilFor };

const PURGE_BATCH = 500;

/** Editing a record (a new season's enrolment) extends its retention, never shortens it. */
export function renewedRetention(current: string, day = new Date()): string {
  const renewed = retainUntilFor(day);
  // ISO dates compare as strings.
  return renewed.localeCompare(current) > 0 ? renewed : current;
}

/**
 * Anonymises every participant whose `retain_until` is before `today`, in every organisation:
 * names, commune and search name are cleared (the first name becomes a neutral placeholder),
 * consents and access needs deleted; group, age band and attendance stay for statistics.
 * Runs as the owner (a job, not a request), in batches, each batch in its own transaction.
 */
export async function purgeExpiredParticipants({
  database,
  today = utcDate(new Date()),
}: {
  database: TuttiDatabase;
  today?: string;
}): Promise<{ anonymised: number }> {
  let anonymised = 0;
  for (;;) {
    const batch = await database.db.transaction(async (tx) => {
      const ids = await participants.findExpired(tx, today, PURGE_BATCH);
      await participants.anonymiseParticipants(tx, ids);
      return ids.length;
    });
    anonymised += batch;
    if (batch < PURGE_BATCH) return { anonymised };
  }
}
