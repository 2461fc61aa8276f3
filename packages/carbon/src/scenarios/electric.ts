// Electric vehicle: combustion cars become electric cars, nothing else changes.

import type { Speeds } from '../travel/time';
import type { Trip, TripKind } from '../trips/types';
import { buildScenario } from './build';
import { type Scenario, TUTTI_ASSUMPTION } from './types';

/**
 * Switches combustion-car trips of the given kinds (artists by default) to electric cars. Vans
 * stay as they are: the factor set has no electric van. Charging time is not counted (rural
 * trips are short); travel time is unchanged.
 * @example electricScenario(trips).stats.tripsConverted
 */
export function electricScenario(
  trips: readonly Trip[],
  options: { kinds?: readonly TripKind[]; speeds?: Speeds } = {},
): Scenario {
  const kinds = options.kinds ?? ['artist'];
  let tripsConverted = 0;
  const after = trips.map((trip): Trip => {
    if (trip.kind === 'digital' || !kinds.includes(trip.kind) || trip.mode !== 'car-combustion') {
      return trip;
    }
    tripsConverted += 1;
    return { ...trip, id: `${trip.id}~ev`, mode: 'car-electric', derivedFrom: [trip.id] };
  });
  return buildScenario({
    lever: 'electric',
    before: trips,
    after,
    assumptions: [
      {
        name: 'electricKinds',
        value: kinds.join(','),
        unit: 'trip-kinds',
        source: TUTTI_ASSUMPTION,
      },
      { name: 'chargingTime', value: 0, unit: 'min', source: TUTTI_ASSUMPTION },
    ],
    stats: { tripsConverted },
    ...(options.speeds && { speeds: options.speeds }),
  });
}
