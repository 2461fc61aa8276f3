// Invariants of the footprint, checked on random trip sets and factor versions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { validateFactorSet } from '../factors/validate';
import { extraTripArb, factorSetArb, tripsArb } from '../testing/arbitraries';
import { FOOTPRINT_SOURCES } from '../trips/types';
import { validateTrips } from '../trips/validate';
import { computeFootprint } from './compute';
import { byPeriod, byRef, groupFootprint } from './summarise';
import type { FootprintLine } from './types';

const closeTo = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function withoutFigures(line: FootprintLine) {
  const { factorVersion, factorKgPerUnit, co2eKg, parts, ...rest } = line;
  return rest;
}

describe('footprint properties', () => {
  it('generated trips and factor sets are valid, so the properties test real inputs', () => {
    fc.assert(
      fc.property(tripsArb, factorSetArb, (trips, factors) => {
        expect(validateTrips(trips)).toEqual([]);
        expect(validateFactorSet(factors).ok).toBe(true);
      }),
    );
  });

  it('a footprint is never negative, nor any of its lines', () => {
    fc.assert(
      fc.property(tripsArb, factorSetArb, (trips, factors) => {
        const footprint = computeFootprint({ trips, factors });
        expect(footprint.totalCo2eKg).toBeGreaterThanOrEqual(0);
        for (const line of footprint.lines) expect(line.co2eKg).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('adding a trip never lowers the footprint', () => {
    fc.assert(
      fc.property(tripsArb, extraTripArb, factorSetArb, (trips, extra, factors) => {
        const before = computeFootprint({ trips, factors }).totalCo2eKg;
        const after = computeFootprint({ trips: [...trips, extra], factors }).totalCo2eKg;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('the split by source sums to the total', () => {
    fc.assert(
      fc.property(tripsArb, factorSetArb, (trips, factors) => {
        const footprint = computeFootprint({ trips, factors });
        const sum = FOOTPRINT_SOURCES.reduce((total, s) => total + footprint.bySource[s], 0);
        expect(closeTo(sum, footprint.totalCo2eKg)).toBe(true);
      }),
    );
  });

  it('changing only the factor version changes only the figures', () => {
    fc.assert(
      fc.property(tripsArb, factorSetArb, (trips, other) => {
        const a = computeFootprint({ trips, factors: ADEME_2025 });
        const b = computeFootprint({ trips, factors: other });
        expect(b.lines.map(withoutFigures)).toEqual(a.lines.map(withoutFigures));
        expect(b.lines.every((line) => line.factorVersion === 'admin-test')).toBe(true);
        // The same numbers under a new version name give the same figures.
        const renamed = computeFootprint({ trips, factors: { ...ADEME_2025, version: 'copy' } });
        expect(renamed.totalCo2eKg).toBe(a.totalCo2eKg);
      }),
    );
  });

  it('groups by any key add up to the whole footprint', () => {
    fc.assert(
      fc.property(
        tripsArb,
        fc.constantFrom(byRef('sessionId'), byRef('projectId'), byPeriod('month')),
        (trips, keyOf) => {
          const footprint = computeFootprint({ trips, factors: ADEME_2025 });
          const groups = groupFootprint(footprint.lines, keyOf);
          const sum = groups.reduce((total, g) => total + g.totalCo2eKg, 0);
          expect(closeTo(sum, footprint.totalCo2eKg)).toBe(true);
          expect(groups.reduce((n, g) => n + g.lineCount, 0)).toBe(trips.length);
        },
      ),
    );
  });
});
