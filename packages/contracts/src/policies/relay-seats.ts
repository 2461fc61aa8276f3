// Who hands out free seats through relays ("places offertes"): organisers allocate and read the
// counts; relays name their guests, whom only they read.
import { definePolicy } from './define';

export const relaySeatsPolicy = definePolicy({
  /** A concert's seats in layers and each relay's counts (issued, claimed, used): no guest. */
  read: ['admin', 'coordinator', 'artist', 'viewer'],
  /** Allocate seats to relay partners, hold seats for the workshops' groups, suggest a split. */
  manage: ['admin', 'coordinator'],
  /**
   * Reach allocations and name guests on them: relays on their partners' allocations only;
   * organisers on any (for a partner whose relay has no account), seeing only the guest they name.
   */
  nominate: ['admin', 'coordinator', 'relay'],
  /** Read the guests named on an allocation (first names, contacts, links): the partner's relays. */
  readGuests: ['relay'],
});
