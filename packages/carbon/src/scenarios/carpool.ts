// Car-pooling: artists' car trips on the same day and route share cars, up to N people per car.
import { CAR_MODES } from '../modes';
import type { Speeds } from '../travel/time';
import type { ArtistTrip, Trip } from '../trips/types';
import { buildScenario, groupBy } from './build';
import { type Scenario, TUTTI_ASSUMPTION } from './types';

export type CarpoolOptions = {
  /** People per car, driver included. */
  maxOccupants?: number;
  /** Extra one-way km the shared car drives for each pick-up. */
  pickupDetourKm?: number;
  speeds?: Speeds;
};

type SharedCar = {
  leader: ArtistTrip;
  members: ArtistTrip[];
  occupants: number;
  distanceKm: number;
};

function isPoolable(trip: Trip): trip is ArtistTrip {
  return (
    trip.kind === 'artist' &&
    CAR_MODES.includes(trip.mode) &&
    trip.occupants >= 1 &&
    trip.routeKey !== undefined
  );
}

function fillCars(trips: ArtistTrip[], maxOccupants: number, detourKm: number): SharedCar[] {
  // Longest trip first: it drives, and shorter trips join it on the way.
  const sorted = [...trips].sort((a, b) => b.distanceKm - a.distanceKm || a.id.localeCompare(b.id));
  const cars: SharedCar[] = [];
  for (const trip of sorted) {
    // Joining saves the joiner's whole distance and costs one detour: only worth it if longer.
    const car = cars.find(
      (c) => c.occupants + trip.occupants <= maxOccupants && trip.distanceKm > detourKm,
    );
    if (car) {
      car.members.push(trip);
      car.occupants += trip.occupants;
      car.distanceKm += detourKm;
    } else {
      cars.push({
        leader: trip,
        members: [],
        occupants: trip.occupants,
        distanceKm: trip.distanceKm,
      });
    }
  }
  return cars;
}

function sharedTrip(car: SharedCar): ArtistTrip {
  const all = [car.leader, ...car.members];
  const artistIds = all.flatMap((trip) => trip.artistIds ?? []);
  const { durationMin: _duration, waitMin: _wait, ...leader } = car.leader;
  return {
    ...leader,
    id: `carpool:${car.leader.id}`,
    distanceKm: car.distanceKm,
    occupants: car.occupants,
    ...(artistIds.length > 0 && { artistIds }),
    derivedFrom: all.map((trip) => trip.id),
  };
}

/**
 * Merges artists' car trips that share a route key (same day and destination), same mode and
 * same round-trip flag into shared cars of at most `maxOccupants`. The longest trip drives; each
 * pick-up adds `pickupDetourKm` each way. Planner itineraries give better routes when homes lie
 * in different directions.
 * @example carpoolScenario(trips, { maxOccupants: 4 }).stats.carsAvoided
 */
export function carpoolScenario(trips: readonly Trip[], options: CarpoolOptions = {}): Scenario {
  const maxOccupants = options.maxOccupants ?? 4;
  const pickupDetourKm = options.pickupDetourKm ?? 5;
  const groups = groupBy(trips.filter(isPoolable), (t) => `${t.routeKey}|${t.mode}|${t.roundTrip}`);
  const replacement = new Map<string, ArtistTrip | null>();
  let carsBefore = 0;
  let carsAfter = 0;
  for (const group of groups.values()) {
    const cars = fillCars(group, maxOccupants, pickupDetourKm);
    carsBefore += group.length;
    carsAfter += cars.length;
    for (const car of cars) {
      if (car.members.length === 0) continue;
      replacement.set(car.leader.id, sharedTrip(car));
      for (const member of car.members) replacement.set(member.id, null);
    }
  }
  const after: Trip[] = [];
  for (const trip of trips) {
    const replaced = replacement.get(trip.id);
    if (replaced === undefined) after.push(trip);
    else if (replaced !== null) after.push(replaced);
  }
  return buildScenario({
    lever: 'carpool',
    before: trips,
    after,
    assumptions: [
      { name: 'maxOccupants', value: maxOccupants, unit: 'people', source: TUTTI_ASSUMPTION },
      { name: 'pickupDetourKm', value: pickupDetourKm, unit: 'km', source: TUTTI_ASSUMPTION },
    ],
    stats: { carsBefore, carsAfter, carsAvoided: carsBefore - carsAfter },
    ...(options.speeds && { speeds: options.speeds }),
  });
}
