// The organisation's places as the access index sees them: located venues, their sessions of the
// 12-month window, the live-music places and the activities counted per commune.
import {
  type CommuneDataset,
  inLastTwelveMonths,
  type LatLon,
  type LiveMusicPlace,
  resolveCommune,
} from '@tutti/geo';
import { toLocalMoment } from '@tutti/kit/dates';
import type { LiveMusicFacility } from '../communes';
import type { SessionRow, VenueRow } from './territories.repository';

export type LocatedVenue = VenueRow & {
  location: LatLon;
  communeId: string | null;
  /** Placed at its commune's position (no own coordinates), and that position is approximate. */
  approximate: boolean;
  positionSource: 'own' | 'commune';
};

/**
 * Venues with a position: their own coordinates, else their commune's. Venues with neither
 * cannot be placed and are left out.
 */
export function locateVenues(dataset: CommuneDataset, venues: readonly VenueRow[]): LocatedVenue[] {
  return venues.flatMap((venue) => {
    const commune = venue.communeCode ? resolveCommune(dataset, venue.communeCode) : undefined;
    const own =
      venue.latitude !== null && venue.longitude !== null
        ? { lat: venue.latitude, lon: venue.longitude }
        : null;
    const location = own ?? commune?.location;
    if (!location) return [];
    return [
      {
        ...venue,
        location,
        communeId: commune?.id ?? null,
        approximate: !own && commune?.coordinatesSource === 'approximate',
        positionSource: own ? ('own' as const) : ('commune' as const),
      },
    ];
  });
}

export type VenueActivity = { sessions: number; concertDates: string[] };

/** Sessions per venue whose local date falls in the 12 months ending `asOf`. */
export function activityByVenue(sessions: readonly SessionRow[], asOf: string) {
  const byVenue = new Map<string, VenueActivity>();
  for (const session of sessions) {
    if (!session.venueId) continue;
    const date = toLocalMoment(session.startsAt, session.timeZone).date;
    if (!inLastTwelveMonths(date, asOf)) continue;
    const activity = byVenue.get(session.venueId) ?? { sessions: 0, concertDates: [] };
    activity.sessions += 1;
    if (session.kind === 'concert') activity.concertDates.push(date);
    byVenue.set(session.venueId, activity);
  }
  return byVenue;
}

export type PlaceLabel = { kind: 'facility' | 'venue'; name: string };

/**
 * Live music: every imported facility that hosts live music (assumed to program all year), and
 * every venue of the organisation (its own venues, and archived ones where a session of the window
 * or a planned one takes place): it brings live music there, whether or not a facilities file was
 * imported. Without either, no live music is known and the distance is left out of the score.
 */
export function liveMusicPlaces(
  facilities: readonly LiveMusicFacility[],
  venues: readonly LocatedVenue[],
): { places: LiveMusicPlace[]; labels: Map<string, PlaceLabel> } {
  const places: LiveMusicPlace[] = [];
  const labels = new Map<string, PlaceLabel>();
  for (const f of facilities) {
    const id = `facility:${f.id}`;
    places.push({ id, location: { lat: f.latitude, lon: f.longitude }, permanent: true });
    labels.set(id, { kind: 'facility', name: f.name });
  }
  for (const venue of venues) {
    const id = `venue:${venue.id}`;
    places.push({ id, location: venue.location, permanent: true });
    labels.set(id, { kind: 'venue', name: venue.name });
  }
  return { places, labels };
}

/** Tutti activities per commune: the window's sessions counted in their venue's commune. */
export function activitiesByCommune(
  venues: readonly LocatedVenue[],
  activity: ReadonlyMap<string, VenueActivity>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const venue of venues) {
    const sessions = activity.get(venue.id)?.sessions ?? 0;
    if (!venue.communeId || sessions === 0) continue;
    counts.set(venue.communeId, (counts.get(venue.communeId) ?? 0) + sessions);
  }
  return counts;
}
