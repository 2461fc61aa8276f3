import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm, meanPosition } from './haversine';
import { CIRCUITY_FACTOR, estimateTravel, roadDistanceKm, travelTimeMin } from './travel';

const paris = { lat: 48.8566, lon: 2.3522 };
const lyon = { lat: 45.764, lon: 4.8357 };
const point = fc.record({
  lat: fc.double({ min: -89, max: 89, noNaN: true }),
  lon: fc.double({ min: -179, max: 179, noNaN: true }),
});

describe('haversineKm', () => {
  it('gives the published Paris–Lyon great-circle distance (about 391.5 km)', () => {
    expect(haversineKm(paris, lyon)).toBeCloseTo(391.5, 0);
  });

  it('measures one degree of latitude as 111.2 km (2πR/360 with R = 6371 km)', () => {
    expect(haversineKm({ lat: 45, lon: 3 }, { lat: 46, lon: 3 })).toBeCloseTo(111.19, 1);
  });

  it('is symmetric, zero on the same point and never negative', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
        expect(haversineKm(a, a)).toBe(0);
        expect(haversineKm(a, b)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('respects the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(haversineKm(a, c)).toBeLessThanOrEqual(haversineKm(a, b) + haversineKm(b, c) + 1e-6);
      }),
    );
  });
});

describe('travel estimates', () => {
  it('multiplies the great-circle distance by the 1.3 circuity factor', () => {
    expect(CIRCUITY_FACTOR).toBe(1.3);
    expect(roadDistanceKm(10)).toBeCloseTo(13, 9);
  });

  it('turns 10 km as the crow flies into 13 min by car, 52 min by bike, 173 min on foot', () => {
    expect(travelTimeMin(10, 'car')).toBeCloseTo(13, 9); // 13 km at 60 km/h
    expect(travelTimeMin(10, 'bike')).toBeCloseTo(52, 9); // 13 km at 15 km/h
    expect(travelTimeMin(10, 'walk')).toBeCloseTo(173.33, 1); // 13 km at 4.5 km/h
  });

  it('bundles the estimates between two points', () => {
    const estimate = estimateTravel(paris, lyon);
    expect(estimate.roadKm).toBeCloseTo(estimate.greatCircleKm * 1.3, 9);
    expect(estimate.durationMin.car).toBeCloseTo((estimate.roadKm / 60) * 60, 9);
  });
});

describe('meanPosition', () => {
  it('averages points and returns null for none', () => {
    expect(meanPosition([paris, lyon])).toEqual({
      lat: (48.8566 + 45.764) / 2,
      lon: (2.3522 + 4.8357) / 2,
    });
    expect(meanPosition([])).toBeNull();
  });
});
