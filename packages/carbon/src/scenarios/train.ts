// Train plus local transfer: long artist car trips become a train ride and a short car transfer.
import { CAR_MODES, type TransportMode } from '../modes';
import type { Speeds } from '../travel/time';
import type { ArtistTrip, Trip } from '../trips/types';
import { buildScenario } from './build';
import { type Scenario, TUTTI_ASSUMPTION } from './types';

export type TrainOptions = {
  /** Car trips of at least this one-way distance are replaced. */
  minDistanceKm?: number;
  trainMode?: TransportMode;
  /** Rail km per road km: lines rarely follow the road. */
  railDetourFactor?: number;
  /** Station → venue transfer by car (taxi or partner pick-up), one way. */
  transferKm?: number;
  transferMode?: TransportMode;
  /** The transfer car drives back empty (a taxi): its km count, nobody's time does. */
  transferEmptyReturn?: boolean;
  /** Waiting and connection time per one-way journey. */
  connectionWaitMin?: number;
  speeds?: Speeds;
};

function isEligible(trip: Trip, minDistanceKm: number): trip is ArtistTrip {
  return (
    trip.kind === 'artist' &&
    CAR_MODES.includes(trip.mode) &&
    trip.occupants >= 1 &&
    trip.distanceKm >= minDistanceKm
  );
}

/**
 * Replaces artists' car trips of at least `minDistanceKm` (one way) by a train ride over the
 * distance less the transfer, times a rail detour factor, plus a car transfer from the station,
 * and its empty return. Equipment trips stay on the road.
 * @example trainScenario(trips, { minDistanceKm: 50 }).travelHours.delta // extra hours
 */
export function trainScenario(trips: readonly Trip[], options: TrainOptions = {}): Scenario {
  const minDistanceKm = options.minDistanceKm ?? 50;
  const trainMode = options.trainMode ?? 'train-regional';
  const railDetourFactor = options.railDetourFactor ?? 1.2;
  const transferKm = options.transferKm ?? 10;
  const transferMode = options.transferMode ?? 'car-combustion';
  const transferEmptyReturn = options.transferEmptyReturn ?? true;
  const connectionWaitMin = options.connectionWaitMin ?? 30;
  let tripsReplaced = 0;
  const after = trips.flatMap((trip): Trip[] => {
    if (!isEligible(trip, minDistanceKm)) return [trip];
    tripsReplaced += 1;
    const { durationMin: _duration, routeKey: _route, ...base } = trip;
    const derivedFrom = [trip.id];
    const replaced: ArtistTrip[] = [
      {
        ...base,
        id: `${trip.id}~train`,
        mode: trainMode,
        distanceKm: Math.max(0, trip.distanceKm - transferKm) * railDetourFactor,
        waitMin: connectionWaitMin,
        derivedFrom,
      },
      {
        ...base,
        id: `${trip.id}~transfer`,
        mode: transferMode,
        distanceKm: Math.min(transferKm, trip.distanceKm),
        derivedFrom,
      },
    ];
    if (transferEmptyReturn) {
      const { artistIds: _artists, ...emptyBase } = base;
      replaced.push({
        ...emptyBase,
        id: `${trip.id}~transfer-empty`,
        mode: transferMode,
        distanceKm: Math.min(transferKm, trip.distanceKm),
        occupants: 0,
        derivedFrom,
      });
    }
    return replaced;
  });
  return buildScenario({
    lever: 'train',
    before: trips,
    after,
    assumptions: [
      { name: 'minDistanceKm', value: minDistanceKm, unit: 'km', source: TUTTI_ASSUMPTION },
      { name: 'trainMode', value: trainMode, unit: 'mode', source: TUTTI_ASSUMPTION },
      {
        name: 'railDetourFactor',
        value: railDetourFactor,
        unit: 'ratio',
        source: TUTTI_ASSUMPTION,
      },
      { name: 'transferKm', value: transferKm, unit: 'km', source: TUTTI_ASSUMPTION },
      {
        name: 'transferEmptyReturn',
        value: transferEmptyReturn,
        unit: 'yes-no',
        source: TUTTI_ASSUMPTION,
      },
      {
        name: 'connectionWaitMin',
        value: connectionWaitMin,
        unit: 'min',
        source: TUTTI_ASSUMPTION,
      },
    ],
    stats: { tripsReplaced },
    ...(options.speeds && { speeds: options.speeds }),
  });
}
