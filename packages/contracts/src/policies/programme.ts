// Who plans the programme: projects, musical journeys, sessions, tours and calendar feeds.
import { definePolicy } from './define';

export const projectsPolicy = definePolicy({
  /** Read projects through the API (artists do, to name their sessions' projects). */
  read: ['admin', 'coordinator', 'artist', 'viewer'],
  /** Open the project pages. */
  browse: ['admin', 'coordinator', 'viewer'],
  /** Create, edit, change the status of and delete projects. */
  plan: ['admin', 'coordinator'],
});

export const journeysPolicy = definePolicy({
  /** Read journeys through the API; relays only those of their own groups. */
  read: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
  /** Open the journey pages. */
  browse: ['admin', 'coordinator', 'relay', 'viewer'],
  readTemplates: ['admin', 'coordinator', 'artist', 'viewer'],
  /** Instantiate, rename and delete journeys; write their templates. */
  plan: ['admin', 'coordinator'],
});

export const journeySpacesPolicy = definePolicy({
  /** See a journey's space and the resource library, with who each item shows and their consent. */
  read: ['admin', 'coordinator'],
  /** Fill playlists and resources, publish them, set the space's word and public address. */
  manage: ['admin', 'coordinator'],
  /**
   * Add the recording of a session (audio or video) to its journey's space, naming who it shows;
   * artists only for the sessions they lead. It shows once the session took place and everyone it
   * names consented; coordinators edit, unpublish or remove it as any resource.
   */
  addRecording: ['admin', 'coordinator', 'artist'],
});

export const sessionsPolicy = definePolicy({
  /** The calendar and a session's page; artists and relays see what concerns them. */
  read: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
  /** Create, check, edit, move, cancel and delete sessions. */
  plan: ['admin', 'coordinator'],
  /** Mark a session as done; artists only the sessions they lead. */
  markDone: ['admin', 'coordinator', 'artist'],
});

export const calendarFeedsPolicy = definePolicy({
  /** Create, list and revoke feeds; artists and relays only for themselves and their groups. */
  use: ['admin', 'coordinator', 'artist', 'relay'],
  /** Feeds for any artist or group, and everyone's feeds in the list. */
  manageAny: ['admin', 'coordinator'],
});

export const planningPolicy = definePolicy({
  /** Run the tour optimiser, read its runs, accept or cancel them. */
  plan: ['admin', 'coordinator'],
});

export const concertsPolicy = definePolicy({
  /** A concert's tariffs and seat counts (no person in them). */
  read: ['admin', 'coordinator', 'artist', 'viewer'],
  /** Set a concert's tariffs, within the organisation's price cap. */
  manageTariffs: ['admin', 'coordinator'],
  /** Orders hold names, contacts and access needs: organisers only. */
  readOrders: ['admin', 'coordinator'],
  /**
   * The door: download a concert's list (names and seats, no contact) and let people in, even
   * offline; artists only at the concerts they play.
   */
  checkIn: ['admin', 'coordinator', 'artist'],
  /** Move a party in a concert's waiting list, with a reason kept in the audit log. */
  manageWaitingList: ['admin', 'coordinator'],
});
