// Calls for applications and their juries: who writes calls, who judges them, who deliberates.
import { definePolicy } from './define';

export const callsPolicy = definePolicy({
  /** Calls with their applications, applicants' names and contacts: the staff who run them. */
  read: ['admin', 'coordinator'],
  /** Write a call (texts, form, recordings, criteria), publish it, name its jurors. */
  manage: ['admin', 'coordinator'],
  /**
   * Chair the jury: phases, calibration, ranking, decisions, notifications and exports. The
   * chair sees names; jurors never do.
   */
  deliberate: ['admin', 'coordinator'],
  /**
   * Judge the calls one is a juror of, blind: applicant codes, answers marked visible to jurors
   * and cleaned recordings only. Jurors get the `juror` role (nothing else in the organisation)
   * or are artists; an admin or coordinator may sit on a jury too, knowing that they can read
   * names elsewhere.
   */
  judge: ['juror', 'artist', 'admin', 'coordinator'],
});
