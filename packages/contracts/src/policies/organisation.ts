// Who runs the organisation: members, invitations to join, its name and the outgoing mail log.
import { definePolicy } from './define';

export const membersPolicy = definePolicy({
  /** See who belongs to the organisation (and how many they are, on the dashboard). */
  list: ['admin', 'coordinator'],
  /** Change a member's role or remove someone else (anyone may leave by themselves). */
  manage: ['admin'],
});

export const memberInvitationsPolicy = definePolicy({
  /** Invite people to join, list pending invitations, revoke them. */
  manage: ['admin'],
});

export const organisationsPolicy = definePolicy({
  /** Rename the organisation (its settings page). */
  configure: ['admin'],
  /** See the public profile's address, to share a public session's page and QR code. */
  readPublicProfile: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
});

export const outboxPolicy = definePolicy({
  /** Read the log of e-mail sent or kept for the organisation. */
  read: ['admin'],
  /** Send a failed message again (it is tried now, then with back-off for 48 hours). */
  resend: ['admin'],
});

export const retentionPolicy = definePolicy({
  /** Read how long each kind of personal record is kept and what the daily purges removed. */
  read: ['admin'],
});

export const auditPolicy = definePolicy({
  /** Read the audit log: reads of access needs, exports and role changes (never their content). */
  read: ['admin'],
});

export const backupsPolicy = definePolicy({
  /**
   * See the instance's backups (when, how large, failures) and ask for one now. Archives hold
   * every organisation of the instance: they are never downloaded through the web app.
   */
  manage: ['admin'],
});

export const guestAccessPolicy = definePolicy({
  /** Read who opened a one-time link (scope, address, when): the audit of people without accounts. */
  audit: ['admin'],
});

export const personRightsPolicy = definePolicy({
  /**
   * Record and answer a person's requests (access, erasure, rectification, objection): export
   * everything held about a participant, erase them, read the requests log. Admins only, like
   * retention: the organisation's answer to a person is the controller's, and erasure cannot be
   * undone.
   */
  manage: ['admin'],
});
