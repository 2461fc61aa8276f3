// What each role finds on the home page, the first page of an organisation.
import { roles } from '../common';
import { definePolicy } from './define';

export const homePolicy = definePolicy({
  /** Open the home page; what it holds follows the actions below. */
  read: roles,
  /**
   * The next seven days of the programme and what waits for a decision (sessions to confirm,
   * accepted conflicts, missing consents, attendance not received, imports not applied), and
   * the first steps of a new organisation.
   */
  week: ['admin', 'coordinator'],
  /** Members, pending invitations and e-mails that could not be sent. */
  administration: ['admin'],
  /** One's own next session, its day and the attendance still to send. */
  ownSessions: ['artist'],
  /** One's own groups and what each needs. */
  ownGroups: ['relay'],
  /** The season's key figures, over the sessions the Impact page counts. */
  figures: ['viewer'],
});
