// The access-needs rule for participants (special-category data), from the participants table.
import { can, type Role } from '@tutti/contracts';

/**
 * Admins and coordinators read and write access needs on the participant; the artists of a
 * session read those of its participants on their roster (my day, the session's attendance);
 * relays and viewers never. Only these readers open the sensitive transaction, so for anyone
 * else the database itself hides the table. Lists and exports never carry them.
 */
export function readsAccessNeeds(role: Role) {
  return can(role, 'participants.editAccessNeeds');
}
