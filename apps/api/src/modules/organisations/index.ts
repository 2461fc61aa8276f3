// What other modules may use from organisations: the zone their days are read in.
export { organisationTimeZone } from './organisation-time-zone';
