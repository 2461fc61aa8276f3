import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { computeFootprint } from '../footprint/compute';
import { CARBON_MESSAGES } from '../i18n/index';
import { ruralProjectTrips } from '../testing/rural-project';
import { equipmentTrip } from '../trips/simple';
import { timeMessage } from './messages';
import { suggestReductions } from './rank';

const factors = ADEME_2025;
const trips = ruralProjectTrips();

type Tree = { [key: string]: string | Tree };
function lookup(messages: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('suggestReductions', () => {
  const reductions = suggestReductions({ trips, factors, limit: 10 });

  it('ranks the levers by kg saved, each saving what its scenario saves', () => {
    const saved = reductions.map((r) => r.savedCo2eKg);
    expect(saved).toEqual([...saved].sort((a, b) => b - a));
    const baselineKg = computeFootprint({ trips, factors }).totalCo2eKg;
    for (const reduction of reductions) {
      const scenarioKg = computeFootprint({ trips: reduction.scenario.trips, factors }).totalCo2eKg;
      expect(reduction.savedCo2eKg).toBeCloseTo(baselineKg - scenarioKg, 9);
      expect(reduction.savedPct).toBeCloseTo((100 * reduction.savedCo2eKg) / baselineKg, 9);
    }
    expect(reductions.map((r) => r.lever)).toEqual([
      'electric',
      'online',
      'carpool',
      'group-by-area',
      'shuttle',
      'train',
    ]);
  });

  it('returns the few best by default', () => {
    expect(suggestReductions({ trips, factors })).toHaveLength(3);
  });

  it('words each reduction with a key every language has, and fills every placeholder', () => {
    for (const reduction of reductions) {
      for (const [language, messages] of Object.entries(CARBON_MESSAGES)) {
        for (const message of [reduction.message, reduction.timeMessage]) {
          const text = lookup(messages, message.key);
          expect(text, `${language} ${message.key}`).toBeDefined();
          const placeholders = [...(text ?? '').matchAll(/\{\{(\w+)/g)].map((m) => m[1]);
          for (const name of placeholders)
            expect(message.params, `${message.key} ${name}`).toHaveProperty(name!);
        }
      }
    }
  });

  it('says how many car journeys car-pooling avoids and what it costs in time', () => {
    const carpool = reductions.find((r) => r.lever === 'carpool');
    // Ana and Ben share a car to each of the 8 workshops; Cleo comes from elsewhere.
    expect(carpool?.message.params).toMatchObject({ carsAvoided: 8, maxOccupants: 4 });
    expect(carpool?.timeMessage.key).toBe('carbon.reduction.time.more');
  });

  it('leaves out changes that save less than the threshold share', () => {
    const strict = suggestReductions({ trips, factors, limit: 10, minSavedShare: 0.15 });
    expect(strict.every((r) => r.savedPct >= 15)).toBe(true);
    expect(strict.length).toBeLessThan(reductions.length);
  });

  it('has nothing to suggest for a footprint of zero', () => {
    expect(suggestReductions({ trips: [], factors })).toEqual([]);
    const vanOnly = [equipmentTrip({ id: 'van', refs: { sessionId: 's1' }, distanceKm: 10 })];
    expect(suggestReductions({ trips: vanOnly, factors })).toEqual([]);
  });
});

describe('timeMessage', () => {
  it('rounds hours and tells more from less', () => {
    expect(timeMessage(3.26)).toEqual({
      key: 'carbon.reduction.time.more',
      params: { hours: 3.3 },
    });
    expect(timeMessage(-2)).toEqual({ key: 'carbon.reduction.time.less', params: { hours: 2 } });
    expect(timeMessage(0.05)).toEqual({ key: 'carbon.reduction.time.same', params: {} });
  });
});
