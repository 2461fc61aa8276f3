// What the rest of the app may use from venues.
export { venueQueryKey, venuesQueryKey } from './api/venues';
export { venuesModule } from './module';
