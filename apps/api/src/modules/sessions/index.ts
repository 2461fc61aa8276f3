// What other modules may use from sessions: placement with conflict checks, presenters, local time.
export { type BusySession, decideOverride, detectConflicts } from './conflicts';
export { loadBusySessions, loadVenueFacts } from './conflicts.repository';
export { conflictError, conflictsOf, placeSession, type SessionDraft } from './sessions.placement';
export { presentSession, presentTimes } from './sessions.presenter';
export {
  findJourneySessions,
  findSession,
  findSessionViews,
  insertSession,
  lockHolders,
  type SessionWithLinks,
  updateSession,
} from './sessions.repository';
export { localSlot } from './zoned-time';
