// Road-distance and travel-time estimates derived from great-circle distances.

import type { LatLon } from '../types';
import { haversineKm } from './haversine';

/**
 * Ratio of road distance to straight-line distance. Published values for European road
 * networks: about 1.2 for the United Kingdom (Cooper, 1983) and 1.29 (high-capacity roads)
 * to 1.36 (rural roads) for Spain (Domínguez-Caamaño et al., 2016); detour factors of 1.2–1.4
 * are commonly quoted. 1.3 sits in that range for mostly rural French trips. It is an
 * estimate, not a routed distance: see README "Distances".
 */
export const CIRCUITY_FACTOR = 1.3;

export type TravelMode = 'car' | 'bike' | 'walk';

/**
 * Assumed door-to-door mean speeds over the road distance, in km/h: car on a mix of
 * departmental roads (80 km/h limit) and village crossings (50 km/h, 30 km/h zones);
 * utility cycling; adult walking pace.
 */
export const SPEED_KMH: Readonly<Record<TravelMode, number>> = { car: 60, bike: 15, walk: 4.5 };

/**
 * Estimated road distance: great-circle distance × `CIRCUITY_FACTOR`.
 *
 * @example roadDistanceKm(10) // 13
 */
export function roadDistanceKm(greatCircleKm: number, circuityFactor = CIRCUITY_FACTOR): number {
  return greatCircleKm * circuityFactor;
}

/**
 * Estimated travel time in minutes for a great-circle distance, by mode.
 *
 * @example travelTimeMin(10, 'car') // 13 (13 km at 60 km/h)
 */
export function travelTimeMin(
  greatCircleKm: number,
  mode: TravelMode,
  circuityFactor = CIRCUITY_FACTOR,
): number {
  return (roadDistanceKm(greatCircleKm, circuityFactor) / SPEED_KMH[mode]) * 60;
}

export type TravelEstimate = {
  greatCircleKm: number;
  roadKm: number;
  durationMin: Record<TravelMode, number>;
};

/**
 * All estimates between two points at once.
 *
 * @example estimateTravel(a, b).durationMin.car
 */
export function estimateTravel(from: LatLon, to: LatLon): TravelEstimate {
  const greatCircleKm = haversineKm(from, to);
  return {
    greatCircleKm,
    roadKm: roadDistanceKm(greatCircleKm),
    durationMin: {
      car: travelTimeMin(greatCircleKm, 'car'),
      bike: travelTimeMin(greatCircleKm, 'bike'),
      walk: travelTimeMin(greatCircleKm, 'walk'),
    },
  };
}
