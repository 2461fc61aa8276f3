// What each organisation role may do about the organisation's networks (the network's own
// roles, coordinator and member, are held by users and checked by the networks module).
import { definePolicy } from './define';

export const networksPolicy = definePolicy({
  /** See the organisation's networks, invitations and what it publishes to them. */
  read: ['admin', 'coordinator', 'viewer'],
  /** Found a network, accept or ask to join one, leave it, give network roles to own users. */
  manage: ['admin'],
  /** Publish the organisation's public events to a network's agenda, or withdraw them. */
  publish: ['admin', 'coordinator'],
  /** Share methods, templates and media with a network's library, update or withdraw them. */
  share: ['admin', 'coordinator'],
  /** Copy a library entry into the organisation (a journey template or a journey-space resource). */
  copy: ['admin', 'coordinator'],
  /** Hold the network member role when the organisation joins (admins and coordinators). */
  hold: ['admin', 'coordinator'],
});
