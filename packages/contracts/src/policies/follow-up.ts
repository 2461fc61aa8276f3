// Who records and follows what happened: attendance, territories, carbon, impact, surveys, reports.
import { definePolicy } from './define';

export const attendancePolicy = definePolicy({
  /** Mark attendance and head counts; artists only on the sessions they lead. */
  record: ['admin', 'coordinator', 'artist'],
  readRoster: ['admin', 'coordinator', 'artist'],
  readMyDay: ['admin', 'coordinator', 'artist'],
  /** Who has a day of their own in the menu. */
  ownDay: ['artist'],
  /** The attendance summaries of sessions. */
  follow: ['admin', 'coordinator', 'viewer'],
  /** Open any session's attendance and settle conflicting marks. */
  manage: ['admin', 'coordinator'],
});

export const territoriesPolicy = definePolicy({
  /** The territory map, access report and nearest places. */
  read: ['admin', 'coordinator', 'viewer'],
  /**
   * Import an official file (cultural facilities, density grid, priority areas, commune centres)
   * and read what was imported. The files are the instance's, shared by every organisation on
   * it, like backups: admins only.
   */
  importReference: ['admin'],
});

export const carbonPolicy = definePolicy({
  read: ['admin', 'coordinator', 'viewer'],
  /** Change a project's or a session's carbon settings. */
  edit: ['admin', 'coordinator'],
  /** Confirm a flagged input of a footprint (it counts again in the headline), or withdraw that. */
  confirm: ['admin', 'coordinator'],
  /** Create emission factor sets and choose the organisation's. */
  manageFactorSets: ['admin'],
});

export const impactPolicy = definePolicy({
  read: ['admin', 'coordinator', 'viewer'],
  /** Trace a figure back to the rows behind it, which name sessions and participants: staff only. */
  trace: ['admin', 'coordinator'],
});

export const surveysPolicy = definePolicy({
  read: ['admin', 'coordinator', 'relay', 'viewer'],
  /** Write surveys, open and close them; see free-text answers in the results. */
  edit: ['admin', 'coordinator'],
  fill: ['admin', 'coordinator', 'relay'],
  readResults: ['admin', 'coordinator', 'viewer'],
});

export const reportsPolicy = definePolicy({
  read: ['admin', 'coordinator', 'viewer'],
  create: ['admin', 'coordinator'],
});

export const directoryPolicy = definePolicy({
  /** The directory of ensembles, with contacts, and what suits a person or a group. */
  read: ['admin', 'coordinator', 'relay', 'viewer'],
  /** Create, edit, confirm and delete listings; approve or refuse proposals. */
  manage: ['admin', 'coordinator'],
  /** The requests for help to start an ensemble where none is within reach (names, contacts). */
  readSupportRequests: ['admin', 'coordinator'],
  /** Mark a request for support handled, or delete it at its author's request. */
  handleSupportRequests: ['admin', 'coordinator'],
  /**
   * Introduce a participant to an ensemble after the journey (with their consent); artists only
   * participants of groups whose sessions they led, relays those of their groups.
   */
  introduce: ['admin', 'coordinator', 'artist', 'relay'],
  /** Every introduction, its reminders and follow-up answers (the others see their own). */
  readHandovers: ['admin', 'coordinator'],
});
