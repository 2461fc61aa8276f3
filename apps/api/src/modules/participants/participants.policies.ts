// Who reads and writes participants, and the rule for access needs (special-category data).
import type { Role } from '@tutti/contracts';

/**
 * Names are read by those who work with the people: relays only those of their own groups.
 * Viewers (funders, boards) read groups and aggregates, never a participant (data minimisation).
 */
export const participantReaders: readonly Role[] = ['admin', 'coordinator', 'relay'];
export const participantWriters: readonly Role[] = ['admin', 'coordinator', 'relay'];
export const participantDeleters: readonly Role[] = ['admin', 'coordinator'];

/**
 * The access-needs rule: admins and coordinators read and write them on the participant; the
 * artists of a session read those of its participants on their roster (my day, the session's
 * attendance); relays and viewers never. Only these readers open the sensitive transaction,
 * so for anyone else the database itself hides the table. Lists and exports never carry them.
 */
export const accessNeedsEditors: readonly Role[] = ['admin', 'coordinator'];

export function readsAccessNeeds(role: Role) {
  return accessNeedsEditors.includes(role);
}
