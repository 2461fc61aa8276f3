// Participants read and written in bulk for other modules (imports, exports), inside the caller's
// transaction: the caller checks access and makes the whole batch all-or-nothing.
import type { Executor } from '@tutti/db';
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
