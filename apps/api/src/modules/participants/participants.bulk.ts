// Participants read and written in bulk for other modules (imports, exports), inside the caller's
// transaction: the caller checks access and makes the whole batch all-or-nothing.
import type { Executor } from '@tutti/db';
import * as consents from './consents.repository';
import { checkConsentDates } from './consents.rules';
import * as participants from './participants.repository';

/** A page of the participants matching `filter`, as the list shows them. */
export function listParticipants(...args: Parameters<typeof participants.listParticipants>) {
  return participants.listParticipants(...args);
}

/** Adds new participants to the organisation, all in one statement. */
export function insertParticipants(
  tx: Executor,
  orgId: string,
  values: Parameters<typeof participants.insertParticipants>[2],
) {
  return participants.insertParticipants(tx, orgId, values);
}

/** Records guardian consents read from an imported file (source `import`, with file and line). */
export function insertImportedConsents(
  tx: Executor,
  values: Parameters<typeof consents.insertImportedConsents>[1],
) {
  return consents.insertImportedConsents(tx, values);
}

/**
 * Records a consent given for another module's purpose (the directory's handover), inside the
 * caller's transaction, after checking its dates; the caller checks access to the participant.
 */
export function recordConsent(
  tx: Executor,
  values: Parameters<typeof consents.insertConsent>[1],
  field: string,
) {
  checkConsentDates(values.givenOn, null, field);
  return consents.insertConsent(tx, values);
}
