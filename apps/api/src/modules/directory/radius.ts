// How far to look from a commune, by how dense it is (as pass Culture scales its search radius):
// INSEE communal density grid, 7 levels —
//   1 large urban centre                          → dense         3 km
//   2 intermediate urban centre                   → intermediate 10 km
//   3 small town, 4 urban belt                    → intermediate 15 km
//   5 rural town, 6 dispersed, 7 very dispersed   → rural        60 km
// Without the grid (not imported on this instance), the commune's population stands in for it:
// 50,000 or more → 3 km, 10,000 → 10 km, 5,000 → 15 km, fewer → 60 km (most communes under
// 5,000 inhabitants are rural towns or villages on the grid); the answer says so.
import type { Radius } from '@tutti/contracts';
import type { Commune } from '@tutti/geo';

const BY_CLASS: Record<number, Pick<Radius, 'km' | 'area'>> = {
  1: { km: 3, area: 'dense' },
  2: { km: 10, area: 'intermediate' },
  3: { km: 15, area: 'intermediate' },
  4: { km: 15, area: 'intermediate' },
  5: { km: 60, area: 'rural' },
  6: { km: 60, area: 'rural' },
  7: { km: 60, area: 'rural' },
};

/**
 * The search radius of a commune.
 *
 * @example radiusFor({ densityClass: 6, population: 1251 }) // { km: 60, area: 'rural', densityClass: 6, basis: 'grid' }
 */
export function radiusFor(commune: Pick<Commune, 'densityClass' | 'population'>): Radius {
  const byClass = commune.densityClass ? BY_CLASS[commune.densityClass] : undefined;
  if (byClass) return { ...byClass, densityClass: commune.densityClass, basis: 'grid' };
  const population = commune.population;
  const estimated: Pick<Radius, 'km' | 'area'> =
    population >= 50_000
      ? { km: 3, area: 'dense' }
      : population >= 10_000
        ? { km: 10, area: 'intermediate' }
        : population >= 5_000
          ? { km: 15, area: 'intermediate' }
          : { km: 60, area: 'rural' };
  return { ...estimated, densityClass: null, basis: 'population' };
}
