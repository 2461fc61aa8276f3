// Who works with groups and participants. Relays reach only their own groups (a scope rule
// applied by the services, not a permission); viewers read groups but never a participant.
import { definePolicy } from './define';

export const groupsPolicy = definePolicy({
  read: ['admin', 'coordinator', 'relay', 'viewer'],
  /** Create and edit groups; relays only those they are the relay of. */
  write: ['admin', 'coordinator', 'relay'],
  /** Delete groups, choose their partner and relay. */
  manage: ['admin', 'coordinator'],
  /** Create, show and revoke a group's secret share link; relays only for their own groups. */
  share: ['admin', 'coordinator', 'relay'],
});

export const participantsPolicy = definePolicy({
  read: ['admin', 'coordinator', 'relay'],
  /** Enrol and edit participants and their consents. */
  write: ['admin', 'coordinator', 'relay'],
  /** Delete or anonymise participants. */
  delete: ['admin', 'coordinator'],
  /**
   * Read and write access needs (special-category data) on the participant. Artists read those
   * of their sessions' participants on their roster; relays and viewers never.
   */
  editAccessNeeds: ['admin', 'coordinator'],
});

export const importsPolicy = definePolicy({
  /** Import participants, partners and venues from files. */
  import: ['admin', 'coordinator'],
  /** Export whole lists (personal data, never access needs). */
  export: ['admin', 'coordinator'],
});
