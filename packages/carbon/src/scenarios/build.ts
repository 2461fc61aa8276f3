// Assembles a scenario from the trips before and after a transformation.

import { DEFAULT_SPEEDS_KMH } from '../travel/speeds';
import { type Speeds, travelTime } from '../travel/time';
import type { Trip } from '../trips/types';
import type { Assumption, Scenario, ScenarioLever } from './types';

export function buildScenario(options: {
  lever: ScenarioLever;
  before: readonly Trip[];
  after: Trip[];
  assumptions: Assumption[];
  stats: Record<string, number>;
  speeds?: Speeds;
}): Scenario {
  const { before, after } = options;
  const speeds = options.speeds ?? DEFAULT_SPEEDS_KMH;
  const beforeIds = new Set(before.map((trip) => trip.id));
  const afterIds = new Set(after.map((trip) => trip.id));
  const beforeHours = travelTime(before, speeds).totalHours;
  const afterHours = travelTime(after, speeds).totalHours;
  return {
    lever: options.lever,
    trips: after,
    removedTripIds: before.filter((trip) => !afterIds.has(trip.id)).map((trip) => trip.id),
    addedTripIds: after.filter((trip) => !beforeIds.has(trip.id)).map((trip) => trip.id),
    assumptions: options.assumptions,
    stats: options.stats,
    travelHours: { before: beforeHours, after: afterHours, delta: afterHours - beforeHours },
  };
}

/** Groups items by a key, keeping first-seen order; items with no key are left out. */
export function groupBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
