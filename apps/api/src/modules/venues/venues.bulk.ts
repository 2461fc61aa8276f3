// Venues read and written for other modules (imports, exports), inside the caller's transaction:
// the caller checks access and makes the whole batch all-or-nothing.
import * as venues from './venues.repository';

/** A page of the organisation's venues. */
export function listVenues(...args: Parameters<typeof venues.listVenues>) {
  return venues.listVenues(...args);
}

export function insertVenue(...args: Parameters<typeof venues.insertVenue>) {
  return venues.insertVenue(...args);
}
