// What the app (routes) and other modules may use from organisations: the zone their days are
// read in, and the current organisation (its name for e-mails), read in their transaction.
export { findCurrentOrganisation } from './current-organisation';
export { organisationTimeZone } from './organisation-time-zone';
export { registerOrganisationRoutes } from './organisations.routes';
