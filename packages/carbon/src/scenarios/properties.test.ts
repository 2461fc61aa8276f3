// Invariants of the scenario levers on random trip sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { computeFootprint } from '../footprint/compute';
import { tripsArb } from '../testing/arbitraries';
import { validateTrips } from '../trips/validate';
import { carpoolScenario } from './carpool';
import { electricScenario } from './electric';
import { groupByAreaScenario } from './group-by-area';
import { onlineScenario } from './online';
import { trainScenario } from './train';

const factors = ADEME_2025;
const kgOf = (trips: Parameters<typeof computeFootprint>[0]['trips']) =>
  computeFootprint({ trips, factors }).totalCo2eKg;

describe('scenario properties', () => {
  it('every lever returns valid trips with unique ids', () => {
    fc.assert(
      fc.property(tripsArb, (trips) => {
        for (const scenario of [
          carpoolScenario(trips),
          trainScenario(trips),
          groupByAreaScenario(trips),
          electricScenario(trips),
          onlineScenario(trips, { factors, share: 0.5 }),
        ]) {
          expect(validateTrips(scenario.trips)).toEqual([]);
        }
      }),
    );
  });

  it('car-pooling, grouping by area and electric cars never raise the ADEME footprint', () => {
    fc.assert(
      fc.property(tripsArb, (trips) => {
        const baseline = kgOf(trips);
        const tolerance = 1e-9 * Math.max(1, baseline);
        expect(kgOf(carpoolScenario(trips).trips)).toBeLessThanOrEqual(baseline + tolerance);
        expect(kgOf(groupByAreaScenario(trips).trips)).toBeLessThanOrEqual(baseline + tolerance);
        expect(kgOf(electricScenario(trips).trips)).toBeLessThanOrEqual(baseline + tolerance);
      }),
    );
  });

  it('the travel-time cost is the difference of the before and after hours', () => {
    fc.assert(
      fc.property(tripsArb, (trips) => {
        const { before, after, delta } = trainScenario(trips).travelHours;
        expect(delta).toBeCloseTo(after - before, 9);
        expect(before).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
