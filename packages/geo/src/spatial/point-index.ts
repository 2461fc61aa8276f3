// Static spatial index over any kind of located item (venues, facilities, sessions, groups).

import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { haversineKm } from '../distance/haversine';
import type { LatLon } from '../types';

export type Neighbour<T> = { item: T; distanceKm: number };

export type NearestOptions<T> = {
  /** How many results at most (default 10). */
  k?: number;
  /** Ignore items further than this. */
  maxDistanceKm?: number;
  /** Keep only items for which this holds (evaluated while searching). */
  filter?: (item: T) => boolean;
};

export type PointIndex<T> = {
  readonly size: number;
  /** The k nearest items, closest first. */
  nearest(point: LatLon, options?: NearestOptions<T>): Neighbour<T>[];
  /** All items within a radius, closest first. */
  within(point: LatLon, radiusKm: number, filter?: (item: T) => boolean): Neighbour<T>[];
};

/**
 * Builds a static k-d tree (kdbush) over the items; queries use geokdbush, which measures
 * great-circle distances, so results are exact on the sphere (no planar approximation).
 * Rebuild the index when items change: building 135,000 points takes about 20 ms.
 *
 * @example
 * const index = buildPointIndex(venues, (v) => v.location);
 * index.nearest({ lat: 45.43, lon: 4.39 }, { k: 10 });
 */
export function buildPointIndex<T>(
  items: readonly T[],
  positionOf: (item: T) => LatLon,
): PointIndex<T> {
  const positions = items.map(positionOf);
  const tree = new KDBush(Math.max(1, items.length));
  for (const p of positions) tree.add(p.lon, p.lat);
  if (items.length === 0) tree.add(0, 0);
  tree.finish();

  const run = (
    point: LatLon,
    k: number,
    maxDistanceKm: number | undefined,
    filter: ((item: T) => boolean) | undefined,
  ): Neighbour<T>[] => {
    if (items.length === 0) return [];
    const predicate = filter ? (id: number) => filter(items[id] as T) : undefined;
    const ids = around(tree, point.lon, point.lat, k, maxDistanceKm, predicate);
    return ids.map((id) => ({
      item: items[id] as T,
      distanceKm: haversineKm(point, positions[id] as LatLon),
    }));
  };

  return {
    size: items.length,
    nearest: (point, options = {}) =>
      run(point, options.k ?? 10, options.maxDistanceKm, options.filter),
    within: (point, radiusKm, filter) => run(point, Number.POSITIVE_INFINITY, radiusKm, filter),
  };
}
