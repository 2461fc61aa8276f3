// A shuttle coach for public events: part of the audience leaves the car at home and rides together.
import { CAR_MODES, type TransportMode } from '../modes';
import type { Speeds } from '../travel/time';
import type { AudienceTrip, Trip } from '../trips/types';
import { buildScenario } from './build';
import { type Scenario, TUTTI_ASSUMPTION } from './types';

export type ShuttleOptions = {
  /** Sessions served by a shuttle; default every session with estimated audience travel. */
  sessionIds?: readonly string[];
  /** Share of the audience coming by car who take the shuttle instead. */
  uptake?: number;
  /** Origins closer than this (one way) keep their cars: the shuttle serves the villages around. */
  minDistanceKm?: number;
  /** Shuttle km per direct road km: the round through several pick-up points. */
  routeDetourFactor?: number;
  mode?: TransportMode;
  /** Waiting at the pick-up point, per one-way journey. */
  waitMin?: number;
  speeds?: Speeds;
};

function isCarAudience(trip: Trip, sessions: ReadonlySet<string> | null, minKm: number) {
  return (
    trip.kind === 'audience' &&
    CAR_MODES.includes(trip.mode) &&
    trip.travellers > 0 &&
    trip.distanceKm >= minKm &&
    trip.refs.sessionId !== undefined &&
    (sessions === null || sessions.has(trip.refs.sessionId))
  );
}

/**
 * Runs a shuttle coach to public events: `uptake` of the audience coming by car from origins at
 * least `minDistanceKm` away ride the shuttle, over their distance × `routeDetourFactor`, the
 * others keep their cars. The coach is counted per passenger-km at ADEME's average occupancy,
 * the same approximation as a group's chartered coach.
 * @example shuttleScenario(trips, { uptake: 0.5 }).stats.travellersMoved
 */
export function shuttleScenario(trips: readonly Trip[], options: ShuttleOptions = {}): Scenario {
  const uptake = Math.min(1, Math.max(0, options.uptake ?? 0.5));
  const minDistanceKm = options.minDistanceKm ?? 3;
  const routeDetourFactor = options.routeDetourFactor ?? 1.3;
  const mode = options.mode ?? 'coach';
  const waitMin = options.waitMin ?? 10;
  const sessions = options.sessionIds ? new Set(options.sessionIds) : null;
  const served = new Set<string>();
  let travellersMoved = 0;
  let carsAvoided = 0;
  const after = trips.flatMap((trip): Trip[] => {
    if (uptake === 0 || !isCarAudience(trip, sessions, minDistanceKm)) return [trip];
    const car = trip as AudienceTrip;
    const moved = car.travellers * uptake;
    served.add(car.refs.sessionId!);
    travellersMoved += moved;
    carsAvoided += moved / car.vehicleOccupancy;
    const { durationMin: _duration, ...base } = car;
    const shuttle: AudienceTrip = {
      ...base,
      id: `${car.id}~shuttle`,
      mode,
      distanceKm: car.distanceKm * routeDetourFactor,
      travellers: moved,
      vehicleOccupancy: 1,
      waitMin,
      derivedFrom: [car.id],
    };
    if (uptake === 1) return [shuttle];
    return [
      { ...car, id: `${car.id}~rest`, travellers: car.travellers - moved, derivedFrom: [car.id] },
      shuttle,
    ];
  });
  return buildScenario({
    lever: 'shuttle',
    before: trips,
    after,
    assumptions: [
      { name: 'shuttleUptake', value: uptake, unit: 'share', source: TUTTI_ASSUMPTION },
      { name: 'shuttleMinDistanceKm', value: minDistanceKm, unit: 'km', source: TUTTI_ASSUMPTION },
      {
        name: 'shuttleRouteDetourFactor',
        value: routeDetourFactor,
        unit: 'ratio',
        source: TUTTI_ASSUMPTION,
      },
      { name: 'shuttleWaitMin', value: waitMin, unit: 'min', source: TUTTI_ASSUMPTION },
    ],
    stats: {
      shuttleSessions: served.size,
      travellersMoved: Math.round(travellersMoved),
      carsAvoided: Math.round(carsAvoided),
      uptakePct: Math.round(uptake * 100),
    },
    ...(options.speeds && { speeds: options.speeds }),
  });
}
