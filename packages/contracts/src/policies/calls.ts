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
   * or are artists or coordinators. A coordinator on a call's jury reads none of that call's
   * applications, names, scores, ranking or decisions until its scores are locked (403
   * CALL.JUROR_BLIND); other coordinators chair it meanwhile. Admins hold the action like every
   * coordinator's, but are never seated on a jury (the service refuses them): they read the
   * outbox, the one-time links' audit and every person's data, where names are.
   */
  judge: ['juror', 'artist', 'admin', 'coordinator'],
});
