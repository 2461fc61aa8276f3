// What the app (routes, jobs) and other modules may use from venues: the availability check for
// sessions; for imports and exports the insert and the list.
export {
  isVenueAvailable,
  type VenueAvailability,
  type VenueAvailabilityInput,
} from './venue-availability';
export { insertVenue, listVenues } from './venues.bulk';
export type { VenueRow } from './venues.repository';
export { registerVenueRoutes } from './venues.routes';
