// What other modules may use from sessions: the one write path, placement checks, read models,
// presenters and local time.

export { findGroupsBeforeConcert } from './concert-group-reads';
export {
  type ConcertSession,
  findConcertSession,
  findConcertSessions,
  findPublishedConcert,
} from './concert-session-reads';
export type { BusySession, SessionCandidate } from './conflicts';
export {
  findPublicSession,
  findPublicSessionsByIds,
  listPublicPerformers,
  listPublicSessionCodes,
  listUpcomingPublicSessions,
  type PublicSession,
  previousPublicStart,
} from './public-session-reads';
export {
  findBusySessions,
  findSessionViews,
  findVenueRules,
  type SessionView,
  sessionRevisions,
} from './session-reads';
export { findUpcomingSessionsOfGroups } from './session-sharing';
export {
  type BlockedSession,
  type CurrentSession,
  type PlacedSession,
  type PlacementDraft,
  placeSessions,
} from './sessions.place';
export { conflictError, placeBatch, type SessionDraft } from './sessions.placement';
export { presentSession, presentTimes } from './sessions.presenter';
export { localSlot } from './zoned-time';
