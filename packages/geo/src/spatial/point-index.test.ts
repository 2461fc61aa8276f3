import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../distance/haversine';
import type { LatLon } from '../types';
import { buildPointIndex } from './point-index';

type Venue = { id: number; kind: 'venue' | 'group'; location: LatLon };

// Metropolitan France and its neighbours.
const position = fc.record({
  lat: fc.double({ min: 41, max: 52, noNaN: true }),
  lon: fc.double({ min: -5, max: 10, noNaN: true }),
});
const venues = fc
  .array(fc.tuple(position, fc.boolean()), { minLength: 1, maxLength: 300 })
  .map((list) =>
    list.map(([location, group], id): Venue => ({ id, kind: group ? 'group' : 'venue', location })),
  );

function bruteForce(items: Venue[], from: LatLon) {
  return items
    .map((item) => ({ item, distanceKm: haversineKm(from, item.location) }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

describe('buildPointIndex', () => {
  it('returns the true k nearest items, sorted by distance (vs brute force)', () => {
    fc.assert(
      fc.property(venues, position, fc.integer({ min: 1, max: 20 }), (items, from, k) => {
        const index = buildPointIndex(items, (v) => v.location);
        const found = index.nearest(from, { k });
        const expected = bruteForce(items, from).slice(0, k);
        expect(found).toHaveLength(expected.length);
        for (let i = 1; i < found.length; i++) {
          expect(found[i]?.distanceKm).toBeGreaterThanOrEqual(found[i - 1]?.distanceKm ?? 0);
        }
        // Compare distances, not ids: equidistant items may come in any order.
        for (const [i, f] of found.entries()) {
          expect(f.distanceKm).toBeCloseTo(expected[i]?.distanceKm ?? -1, 6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns every item within a radius and none beyond it', () => {
    fc.assert(
      fc.property(
        venues,
        position,
        fc.double({ min: 1, max: 300, noNaN: true }),
        (items, from, radiusKm) => {
          const index = buildPointIndex(items, (v) => v.location);
          const found = new Set(index.within(from, radiusKm).map((n) => n.item.id));
          for (const v of items) {
            const d = haversineKm(from, v.location);
            // Allow for float rounding right on the circle.
            if (d < radiusKm - 1e-6) expect(found.has(v.id)).toBe(true);
            if (d > radiusKm + 1e-6) expect(found.has(v.id)).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('filters by kind while searching, so k results of that kind come back', () => {
    const items: Venue[] = [
      { id: 1, kind: 'venue', location: { lat: 45.0, lon: 4.0 } },
      { id: 2, kind: 'group', location: { lat: 45.01, lon: 4.0 } },
      { id: 3, kind: 'group', location: { lat: 45.5, lon: 4.0 } },
      { id: 4, kind: 'venue', location: { lat: 46.0, lon: 4.0 } },
    ];
    const index = buildPointIndex(items, (v) => v.location);
    const groups = index.nearest({ lat: 45, lon: 4 }, { k: 2, filter: (v) => v.kind === 'group' });
    expect(groups.map((g) => g.item.id)).toEqual([2, 3]);
    expect(groups[0]?.distanceKm).toBeCloseTo(1.11, 2); // 0.01° of latitude
    expect(
      index.nearest({ lat: 45, lon: 4 }, { k: 10, maxDistanceKm: 60 }).map((n) => n.item.id),
    ).toEqual([1, 2, 3]);
  });

  it('answers nothing on an empty index', () => {
    const index = buildPointIndex([] as Venue[], (v) => v.location);
    expect(index.size).toBe(0);
    expect(index.nearest({ lat: 45, lon: 4 })).toEqual([]);
    expect(index.within({ lat: 45, lon: 4 }, 100)).toEqual([]);
  });
});
