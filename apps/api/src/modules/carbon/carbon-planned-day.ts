// The planner hook: a planned itinerary day (home, ordered stops, mode) in kg CO2e with traceable lines.
import {
  ADEME_2025,
  computeFootprint,
  type FactorSet,
  type FootprintLine,
  isTransportMode,
  type TransportMode,
  tripsFromItineraryDay,
} from '@tutti/carbon';
import { ARTIST_MODES } from './carbon-artist-trips';
import type { ArtistTransport } from './carbon-model';
import { type LatLon, roadKm } from './carbon-places';

export type PlannedStop = LatLon & { label?: string; sessionId?: string };

export type PlannedDay = {
  /** `YYYY-MM-DD`. */
  date: string;
  home: LatLon & { label?: string };
  /** The artist's usual transport (`car`, `train`...) or a carbon-model mode (`car-electric`...). */
  mode: ArtistTransport | TransportMode;
  /** Venues in visiting order, home excluded. */
  stops: readonly PlannedStop[];
  /** People in the vehicle; default 1. */
  occupants?: number;
  artistIds?: readonly string[];
  /**
   * The planner's own legs (home → first stop, ..., last stop → home) from its travel matrix;
   * without them each leg is great circle × circuity, as for recorded sessions.
   */
  legs?: readonly { distanceKm: number; durationMin?: number }[];
  /** `equipment` for the van carrying the instruments. */
  role?: 'artists' | 'equipment';
};

export type PlannedDayFootprint = {
  factorVersion: string;
  totalCo2eKg: number;
  distanceKm: number;
  lines: FootprintLine[];
};

/**
 * CO2 of a planned day under a factor version (the organisation's current one, from
 * `currentFactorSet`; ADEME 2025 when none is given). Legs are attributed like recorded days:
 * to the session reached, the way home to the last session.
 * @example
 * plannedDayFootprint({ date: '2026-03-10', home: { lat: 49.5, lon: 5 }, mode: 'car',
 *   stops: [{ lat: 49.3, lon: 5, sessionId: 's1' }, { lat: 49.1, lon: 5, sessionId: 's2' }] })
 * // { totalCo2eKg: 16.45, distanceKm: 115.6, lines: [3 legs], factorVersion: 'ademe-impactco2-2025' }
 */
export function plannedDayFootprint(
  day: PlannedDay,
  factors: FactorSet = ADEME_2025,
): PlannedDayFootprint {
  const mode = isTransportMode(day.mode) ? day.mode : ARTIST_MODES[day.mode].mode;
  const points = [day.home, ...day.stops, day.home];
  const legs =
    day.legs ?? points.slice(1).map((point, i) => ({ distanceKm: roadKm(points[i]!, point) }));
  if (legs.length !== points.length - 1) {
    throw new RangeError(`A day with ${day.stops.length} stops has ${points.length - 1} legs`);
  }
  const trips = tripsFromItineraryDay({
    dayId: `planned:${day.date}`,
    date: day.date,
    mode,
    occupants: day.occupants ?? 1,
    ...(day.artistIds && { artistIds: day.artistIds }),
    ...(day.role && { role: day.role }),
    stops: [
      { stopId: 'home', ...(day.home.label !== undefined && { label: day.home.label }) },
      ...day.stops.map((stop, i) => ({
        stopId: `stop${i + 1}`,
        ...(stop.label !== undefined && { label: stop.label }),
        ...(stop.sessionId !== undefined && { sessionId: stop.sessionId }),
      })),
      { stopId: 'home' },
    ],
    legs,
  });
  const footprint = computeFootprint({ trips, factors });
  return {
    factorVersion: footprint.factorVersion,
    totalCo2eKg: footprint.totalCo2eKg,
    distanceKm: legs.reduce((sum, leg) => sum + leg.distanceKm, 0),
    lines: footprint.lines,
  };
}
