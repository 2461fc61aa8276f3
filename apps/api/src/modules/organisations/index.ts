// What the app (routes) and other modules may use from organisations: the zone their days are
// read in, the current organisation (its name for e-mails), read in their transaction, and the
// price cap of its concert seats, set by the box office's settings.
export { findCurrentOrganisation } from './current-organisation';
export { organisationTimeZone } from './organisation-time-zone';
export { registerOrganisationRoutes } from './organisations.routes';
export { updateTicketPriceCap } from './ticket-price-cap';
