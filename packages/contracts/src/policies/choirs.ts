// Who does what in a choir. The conductor's pages (the whole roster, readiness, messages) are for
// admins and coordinators; singers and section leaders are accounts linked to a member of the
// choir, whatever their role: a singer reaches only their own page, a section leader only the
// recordings of the parts they lead (scope rules applied by the service).
import { definePolicy } from './define';

export const choirsPolicy = definePolicy({
  /** Read a whole choir: roster by part and site, rehearsals, readiness, attendance rates. */
  read: ['admin', 'coordinator'],
  /** Create choirs, seasons, members, pieces, tracks, rehearsal series and exceptions. */
  manage: ['admin', 'coordinator'],
  /** Take attendance at a rehearsal (offline); artists as section leaders and accompanists. */
  attend: ['admin', 'coordinator', 'artist'],
  /** A singer's own page: RSVP, learning status, recordings (only as a member of the choir). */
  sing: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
  /**
   * Write to the singers through the outbox: admins and coordinators to a part, a site or the
   * whole choir; a section leader (whatever their role) to the parts they lead.
   */
  message: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
  /** Check recordings; admins and coordinators all, others the parts they lead. */
  check: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
  /**
   * Lend printed score copies and take them back: admins and coordinators to every singer, a
   * section leader (whatever their role) to the singers of the parts they lead.
   */
  lend: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
});
