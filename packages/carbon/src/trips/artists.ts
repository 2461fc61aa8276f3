// Builds artist (and equipment) trips from a planner itinerary or from home → venue → home.
import type { TransportMode } from '../modes';
import type { ArtistTrip, EquipmentTrip, TripRefs } from './types';

export type ItineraryStop = {
  stopId: string;
  label?: string;
  /** Set when a session takes place at this stop. */
  sessionId?: string;
  areaKey?: string;
};

export type ItineraryLeg = { distanceKm: number; durationMin?: number };

/** One vehicle's working day: ordered stops, and `legs[i]` goes from `stops[i]` to `stops[i + 1]`. */
export type ItineraryDay = {
  dayId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  refs?: Pick<TripRefs, 'organisationId' | 'projectId' | 'tourId'>;
  mode: TransportMode;
  /** People in the vehicle (car-pooling counts), or passengers for public transport. */
  occupants: number;
  artistIds?: readonly string[];
  /** `equipment` when the vehicle is the van carrying the instruments; default `artists`. */
  role?: 'artists' | 'equipment';
  stops: readonly ItineraryStop[];
  legs: readonly ItineraryLeg[];
};

/**
 * One trip per leg of an itinerary day. A leg is attributed to the session at its destination,
 * or, when it ends at a stop without a session (home, lunch), to the session it leaves from, so
 * per-session footprints add up to the day.
 * @example
 * tripsFromItineraryDay({ dayId: 'd1', date: '2026-03-02', mode: 'car-combustion', occupants: 2,
 *   stops: [{ stopId: 'home' }, { stopId: 'v1', sessionId: 's1' }, { stopId: 'home' }],
 *   legs: [{ distanceKm: 25 }, { distanceKm: 25 }] }) // two one-way trips of 25 km, both for s1
 */
export function tripsFromItineraryDay(day: ItineraryDay): Array<ArtistTrip | EquipmentTrip> {
  if (day.legs.length !== Math.max(0, day.stops.length - 1)) {
    throw new RangeError(
      `Itinerary day ${day.dayId}: ${day.stops.length} stops need ${day.stops.length - 1} legs, got ${day.legs.length}`,
    );
  }
  return day.legs.map((leg, index) => {
    const from = day.stops[index]!;
    const to = day.stops[index + 1]!;
    const attributed = to.sessionId !== undefined ? to : from;
    const refs: TripRefs = {
      ...day.refs,
      date: day.date,
      ...(attributed.sessionId !== undefined && { sessionId: attributed.sessionId }),
      ...(attributed.areaKey !== undefined && { areaKey: attributed.areaKey }),
    };
    const base = {
      id: `${day.dayId}:leg${index + 1}`,
      refs,
      mode: day.mode,
      distanceKm: leg.distanceKm,
      roundTrip: false,
      occupants: day.occupants,
      ...(leg.durationMin !== undefined && { durationMin: leg.durationMin }),
    };
    if (day.role === 'equipment') return { ...base, kind: 'equipment' };
    return {
      ...base,
      kind: 'artist',
      routeKey: `${day.date}|${from.stopId}>${to.stopId}`,
      ...(day.artistIds !== undefined && { artistIds: day.artistIds }),
    };
  });
}

/** Artists travelling together from home to a venue and back. */
export type ArtistJourney = {
  artistIds: readonly string[];
  /** One-way home → venue distance. */
  distanceKm: number;
  mode: TransportMode;
  /** Defaults to the number of artists. */
  occupants?: number;
  durationMin?: number;
  /**
   * Where the journey starts (a home commune). Given, only journeys from the same place may be
   * car-pooled; omitted, any journeys to the same session may be (pick-ups on the way).
   */
  fromKey?: string;
};

/**
 * Round trips home → venue → home for one session, one trip per vehicle (or per group of
 * passengers). Journeys of the same session and date share a route key, so car-pooling may
 * merge them.
 * @example
 * artistTripsToVenue({ idPrefix: 's1', refs: { sessionId: 's1', date: '2026-03-02' },
 *   journeys: [{ artistIds: ['ana', 'ben'], distanceKm: 35, mode: 'car-combustion' }] })
 * // one round trip of 35 km with 2 occupants
 */
export function artistTripsToVenue(options: {
  idPrefix: string;
  refs: TripRefs;
  journeys: readonly ArtistJourney[];
}): ArtistTrip[] {
  const { idPrefix, refs, journeys } = options;
  return journeys.map((journey, index) => ({
    kind: 'artist',
    id: `${idPrefix}:artists${index + 1}`,
    refs,
    mode: journey.mode,
    distanceKm: journey.distanceKm,
    roundTrip: true,
    occupants: journey.occupants ?? journey.artistIds.length,
    artistIds: journey.artistIds,
    routeKey: `${refs.date ?? ''}|${refs.sessionId ?? idPrefix}${journey.fromKey ? `|from:${journey.fromKey}` : ''}`,
    ...(journey.durationMin !== undefined && { durationMin: journey.durationMin }),
  }));
}
