// Grouping sessions by area: one outing serves several nearby sessions instead of one each.

import type { Speeds } from '../travel/time';
import { type ItineraryDay, tripsFromItineraryDay } from '../trips/artists';
import type { ArtistTrip, Trip } from '../trips/types';
import { buildScenario, groupBy } from './build';
import { type Scenario, TUTTI_ASSUMPTION } from './types';

export type GroupByAreaOptions = {
  /** Sessions one team can run on one day. */
  sessionsPerDay?: number;
  /** One-way km between two venues of the same area. */
  hopKm?: number;
  speeds?: Speeds;
};

function isGroupable(trip: Trip): trip is ArtistTrip {
  return (
    trip.kind === 'artist' &&
    trip.roundTrip &&
    trip.occupants >= 1 &&
    trip.refs.areaKey !== undefined &&
    trip.refs.sessionId !== undefined &&
    (trip.artistIds?.length ?? 0) > 0
  );
}

function teamKey(trip: ArtistTrip): string {
  const team = [...(trip.artistIds ?? [])].sort().join('+');
  return `${trip.refs.areaKey}|${team}|${trip.mode}|${trip.occupants}`;
}

function groupedDay(chunk: ArtistTrip[], hopKm: number): ArtistTrip[] {
  const farthest = chunk.reduce((a, b) => (b.distanceKm > a.distanceKm ? b : a));
  const date = chunk[0]!.refs.date;
  // Route keys stay: two artists grouping the same sessions can still share the car.
  const { durationMin: _duration, ...base } = farthest;
  const outing: ArtistTrip = {
    ...base,
    id: `area:${farthest.id}`,
    refs: { ...farthest.refs, ...(date !== undefined && { date }) },
    derivedFrom: [farthest.id],
  };
  const hops = chunk
    .filter((trip) => trip !== farthest)
    .map((trip): ArtistTrip => {
      const { durationMin: _d, ...hopBase } = trip;
      return {
        ...hopBase,
        id: `area:${trip.id}~hop`,
        refs: { ...trip.refs, ...(date !== undefined && { date }) },
        distanceKm: hopKm,
        roundTrip: false,
        derivedFrom: [trip.id],
      };
    });
  return [outing, ...hops];
}

/**
 * Simple model of grouping by area: the same team's home → venue round trips to sessions of the
 * same area (`refs.areaKey`) are regrouped, in date order, into days of `sessionsPerDay`
 * sessions: one round trip to the farthest venue plus a `hopKm` hop to each other venue. A day
 * is regrouped only when that drives fewer km. Prefer `alternativeItineraryScenario` with the
 * planner's re-plan when there is one.
 * @example groupByAreaScenario(trips, { sessionsPerDay: 2, hopKm: 10 }).stats.outingsSaved
 */
export function groupByAreaScenario(
  trips: readonly Trip[],
  options: GroupByAreaOptions = {},
): Scenario {
  const sessionsPerDay = Math.max(1, Math.floor(options.sessionsPerDay ?? 2));
  const hopKm = options.hopKm ?? 10;
  const replacement = new Map<string, ArtistTrip[]>();
  let outingsSaved = 0;
  for (const group of groupBy(trips.filter(isGroupable), teamKey).values()) {
    const ordered = [...group].sort(
      (a, b) => (a.refs.date ?? '').localeCompare(b.refs.date ?? '') || a.id.localeCompare(b.id),
    );
    for (let start = 0; start + 1 < ordered.length; start += sessionsPerDay) {
      const chunk = ordered.slice(start, start + sessionsPerDay);
      if (chunk.length < 2) continue;
      const kmBefore = chunk.reduce((sum, trip) => sum + 2 * trip.distanceKm, 0);
      const kmAfter = 2 * Math.max(...chunk.map((t) => t.distanceKm)) + (chunk.length - 1) * hopKm;
      if (kmAfter >= kmBefore) continue;
      const day = groupedDay(chunk, hopKm);
      replacement.set(chunk[0]!.id, day);
      for (const trip of chunk.slice(1)) replacement.set(trip.id, []);
      outingsSaved += chunk.length - 1;
    }
  }
  const after = trips.flatMap((trip) => replacement.get(trip.id) ?? [trip]);
  return buildScenario({
    lever: 'group-by-area',
    before: trips,
    after,
    assumptions: [
      { name: 'sessionsPerDay', value: sessionsPerDay, unit: 'sessions', source: TUTTI_ASSUMPTION },
      { name: 'hopKm', value: hopKm, unit: 'km', source: TUTTI_ASSUMPTION },
    ],
    stats: { outingsSaved },
    ...(options.speeds && { speeds: options.speeds }),
  });
}

/**
 * The planner's alternative itinerary as a scenario: artist and equipment trips of the tours it
 * covers (or those `replace` selects) give way to the trips of the alternative days.
 * @example alternativeItineraryScenario(trips, plannerAlternativeDays)
 */
export function alternativeItineraryScenario(
  trips: readonly Trip[],
  alternativeDays: readonly ItineraryDay[],
  options: { replace?: (trip: Trip) => boolean; speeds?: Speeds } = {},
): Scenario {
  const tourIds = new Set(
    alternativeDays.map((day) => day.refs?.tourId).filter((id) => id !== undefined),
  );
  const replace =
    options.replace ??
    ((trip: Trip) =>
      (trip.kind === 'artist' || trip.kind === 'equipment') &&
      trip.refs.tourId !== undefined &&
      tourIds.has(trip.refs.tourId));
  const kept = trips.filter((trip) => !replace(trip));
  const added = alternativeDays.flatMap((day) =>
    tripsFromItineraryDay(day).map((trip) => ({ ...trip, id: `alt:${trip.id}` })),
  );
  return buildScenario({
    lever: 'alternative-itinerary',
    before: trips,
    after: [...kept, ...added],
    assumptions: [
      {
        name: 'alternativeDays',
        value: alternativeDays.length,
        unit: 'days',
        source: 'planner',
      },
    ],
    stats: { tripsReplaced: trips.length - kept.length, tripsAdded: added.length },
    ...(options.speeds && { speeds: options.speeds }),
  });
}
