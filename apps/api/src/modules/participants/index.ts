// What other modules may use from participants: search normalisation, the consent flag in SQL,
// and for imports and exports the enrolment row, its insert, the list and its presenter.
export { type EnrolmentFields, newParticipantValues } from './participant-values';
export { consentMissingSql } from './participants.consent-sql';
export { presentParticipant } from './participants.presenter';
export { insertParticipants, listParticipants } from './participants.repository';
export { normaliseForSearch, searchNameOf } from './participants.search';
