// Travel time of trips in person-hours, the cost side of every scenario.

import type { TransportMode } from '../modes';
import { travellersOf } from '../trips/quantities';
import { FOOTPRINT_SOURCES, type FootprintSource, sourceOfTrip, type Trip } from '../trips/types';
import { DEFAULT_SPEEDS_KMH } from './speeds';

export type Speeds = Readonly<Record<TransportMode, number>>;

export type TravelTime = {
  totalHours: number;
  bySource: Record<FootprintSource, number>;
};

/**
 * Person-hours spent travelling on one trip: the one-way duration (given, or distance ÷ average
 * speed) plus waiting time, times the journeys (1 or 2), times the people aboard. Online is 0.
 * @example travelHoursOf(carTrip40kmRoundTripWith2) // (40 / 60) × 2 × 2 ≈ 2.67
 */
export function travelHoursOf(trip: Trip, speeds: Speeds = DEFAULT_SPEEDS_KMH): number {
  if (trip.kind === 'digital') return 0;
  const speedKmh = speeds[trip.mode];
  const movingMin = trip.durationMin ?? (speedKmh > 0 ? (trip.distanceKm / speedKmh) * 60 : 0);
  const journeyMin = movingMin + (trip.waitMin ?? 0);
  return (journeyMin / 60) * (trip.roundTrip ? 2 : 1) * travellersOf(trip);
}

/**
 * Person-hours of travel of a trip set, split by source.
 * @example travelTime(trips).bySource.artists
 */
export function travelTime(
  trips: readonly Trip[],
  speeds: Speeds = DEFAULT_SPEEDS_KMH,
): TravelTime {
  const bySource = Object.fromEntries(FOOTPRINT_SOURCES.map((s) => [s, 0])) as Record<
    FootprintSource,
    number
  >;
  let totalHours = 0;
  for (const trip of trips) {
    const hours = travelHoursOf(trip, speeds);
    totalHours += hours;
    bySource[sourceOfTrip(trip)] += hours;
  }
  return { totalHours, bySource };
}
