// Chooses a factor version among those stored, so old figures stay reproducible.
import { ADEME_2025 } from './ademe-2025';
import type { FactorSet } from './types';

/** Factor sets shipped with the package, oldest first. The API adds administrators' versions. */
export const BUILT_IN_FACTOR_SETS: readonly FactorSet[] = [ADEME_2025];

/**
 * Finds a version by id; recomputing an old figure uses the version it recorded.
 * @example findFactorSet(sets, 'ademe-impactco2-2025')?.factors.van.totalKgPerKm // 0.32463
 */
export function findFactorSet(sets: readonly FactorSet[], version: string): FactorSet | undefined {
  return sets.find((set) => set.version === version);
}

/**
 * The most recently published version (ties broken by the later position in the list).
 * Partial ISO dates (`2025`, `2025-03`) sort correctly as text against full dates.
 * @example latestFactorSet([...BUILT_IN_FACTOR_SETS, adminSet]).version
 */
export function latestFactorSet(sets: readonly FactorSet[] = BUILT_IN_FACTOR_SETS): FactorSet {
  let latest = sets[0];
  if (!latest) throw new RangeError('latestFactorSet needs at least one factor set');
  for (const set of sets) if (set.publishedOn >= latest.publishedOn) latest = set;
  return latest;
}
