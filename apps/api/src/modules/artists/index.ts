// What the app (routes, jobs) and other modules may use from artists: the availability check for
// sessions.
export {
  type ArtistAvailability,
  type ArtistAvailabilityInput,
  isArtistAvailable,
} from './artist-availability';
export { registerArtistRoutes } from './artists.routes';
