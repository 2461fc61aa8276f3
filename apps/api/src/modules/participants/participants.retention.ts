// Retention of participants' personal data: the rule that dates each record, and the purge.
import { retainUntilFor, type TuttiDatabase } from '@tutti/db';
import { utcDate } from '@tutti/kit/dates';
import {
  inBatches,
  PURGE_BATCH,
  type PurgeCounts,
  type RetentionRuleDefinition,
} from '../../platform/retention';
import * as participants from './participants.repository';

export { retainUntilFor };

/** Editing a record (a new season's enrolment) extends its retention, never shortens it. */
export function renewedRetention(current: string, day = new Date()): string {
  const renewed = retainUntilFor(day);
  // ISO dates compare as strings.
  return renewed.localeCompare(current) > 0 ? renewed : current;
}

/**
 * Anonymises every participant whose `retain_until` is before `today`, in every organisation:
 * names, commune and search name are cleared (the first name becomes a neutral placeholder),
 * guardians' consents and access needs deleted; group, age band and attendance stay for
 * statistics.
 */
function anonymiseExpired(database: TuttiDatabase, today: string): Promise<PurgeCounts> {
  return inBatches(database, async (tx) => {
    const expired = await participants.findExpired(tx, today, PURGE_BATCH);
    await participants.anonymiseParticipants(
      tx,
      expired.map((row) => row.id),
    );
    return expired;
  });
}

/** The purge on a given day (tests and the command line name the day). */
export async function purgeExpiredParticipants({
  database,
  today = utcDate(new Date()),
}: {
  database: TuttiDatabase;
  today?: string;
}): Promise<{ anonymised: number }> {
  const counts = await anonymiseExpired(database, today);
  return { anonymised: [...counts.values()].reduce((sum, n) => sum + n, 0) };
}

/**
 * A participant, their guardians' consents and their access needs are kept until the end of
 * the school year after the last one they were enrolled or edited in (`retain_until`).
 */
export const participantsRetention: RetentionRuleDefinition = {
  id: 'participants',
  action: 'anonymise',
  scope: 'organisation',
  keptForDays: 365,
  startsFrom: 'endOfSchoolYear',
  purge: (database, now) => anonymiseExpired(database, utcDate(now)),
};
