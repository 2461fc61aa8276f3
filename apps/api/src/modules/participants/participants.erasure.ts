// What a person's erasure (module person-rights) may do to a participant inside its own
// transaction: the same anonymisation as the retention purge.
import type { Executor } from '@tutti/db';
import * as participants from './participants.repository';

export { ANONYMOUS_FIRST_NAME } from './participants.repository';

/**
 * Clears names, commune and search name (the first name becomes a neutral placeholder), deletes
 * guardians' consents and access needs; group, age band and attendance stay for statistics.
 * The caller checks access and owns the transaction (opened sensitive, for access needs).
 */
export function anonymiseForErasure(tx: Executor, participantId: string) {
  return participants.anonymiseParticipants(tx, [participantId]);
}
