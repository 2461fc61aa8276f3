// What the app (routes, jobs) and other modules may use from participants: search normalisation,
// the access-needs rule, and for imports and exports the enrolment row, its insert, the list and
// its presenter, and imported consents.

export { consentStandings, type ParticipantConsentStanding } from './consent-standing';
export { registerConsentRoutes } from './consents.routes';
export { readGuardianChildren } from './guardian-space';
export { registerGuardianSpace } from './guardian-space.routes';
export { type EnrolmentFields, newParticipantValues } from './participant-values';
export {
  insertImportedConsents,
  insertParticipants,
  listParticipants,
  recordConsent,
} from './participants.bulk';
export { ANONYMOUS_FIRST_NAME, anonymiseForErasure } from './participants.erasure';
export { readsAccessNeeds } from './participants.policies';
export { presentParticipant } from './participants.presenter';
export { participantsRetention } from './participants.retention';
export { registerParticipantRoutes } from './participants.routes';
export { normaliseForSearch, searchNameOf } from './participants.search';
