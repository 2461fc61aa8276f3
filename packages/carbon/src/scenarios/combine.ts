// Several levers applied one after the other, e.g. grouping by area and then car-pooling.

import type { Speeds } from '../travel/time';
import type { Trip } from '../trips/types';
import { buildScenario } from './build';
import type { Scenario } from './types';

/**
 * Applies scenario steps in order, each on the trips the previous one produced, and returns one
 * scenario against the original trips, with every step's assumptions; stats are prefixed with
 * the step's lever (`carpool.carsAvoided`).
 * @example
 * combineScenarios(trips, [(t) => groupByAreaScenario(t), (t) => carpoolScenario(t)])
 */
export function combineScenarios(
  trips: readonly Trip[],
  steps: ReadonlyArray<(trips: readonly Trip[]) => Scenario>,
  options: { speeds?: Speeds } = {},
): Scenario {
  let current: readonly Trip[] = trips;
  const applied: Scenario[] = [];
  for (const step of steps) {
    const scenario = step(current);
    applied.push(scenario);
    current = scenario.trips;
  }
  const stats: Record<string, number> = {};
  for (const scenario of applied) {
    for (const [name, value] of Object.entries(scenario.stats))
      stats[`${scenario.lever}.${name}`] = value;
  }
  return buildScenario({
    lever: 'combined',
    before: trips,
    after: [...current],
    assumptions: applied.flatMap((scenario) => scenario.assumptions),
    stats,
    ...(options.speeds && { speeds: options.speeds }),
  });
}
