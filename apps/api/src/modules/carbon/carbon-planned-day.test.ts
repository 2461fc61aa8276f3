// The planner hook: a planned day in kg CO2e, with the planner's legs or estimated ones.
import { ADEME_2025 } from '@tutti/carbon';
import { describe, expect, it } from 'vitest';
import { meridianRoadKm } from '../../testing/carbon-factory';
import { plannedDayFootprint } from './index';

const day = {
  date: '2026-03-10',
  home: { lat: 49.5, lon: 5, label: 'Commercy' },
  mode: 'car' as const,
  stops: [
    { lat: 49.3, lon: 5, sessionId: 's1', label: 'Sorcy' },
    { lat: 49.1, lon: 5, sessionId: 's2', label: 'Void' },
  ],
};

describe('plannedDayFootprint', () => {
  it('estimates the legs of a day by road and attributes them to the sessions', () => {
    const footprint = plannedDayFootprint(day);
    // 0.2° + 0.2° + 0.4° of latitude = 0.8° → 115.643 road km × 0.14225 = 16.450 kg.
    expect(footprint.distanceKm).toBeCloseTo(meridianRoadKm(0.8), 9);
    expect(footprint.totalCo2eKg).toBeCloseTo(meridianRoadKm(0.8) * 0.14225, 9);
    expect(footprint.factorVersion).toBe('ademe-impactco2-2025');
    expect(footprint.lines.map((l) => l.refs.sessionId)).toEqual(['s1', 's2', 's2']);
  });

  it("uses the planner's own legs, the mode and the factor version given", () => {
    const electric = plannedDayFootprint(
      {
        ...day,
        mode: 'car-electric',
        legs: [{ distanceKm: 30 }, { distanceKm: 25 }, { distanceKm: 60 }],
      },
      { ...ADEME_2025, version: 'tutti-test' },
    );
    expect(electric.distanceKm).toBe(115);
    expect(electric.totalCo2eKg).toBeCloseTo(115 * 0.06737, 9);
    expect(electric.lines.every((l) => l.factorVersion === 'tutti-test')).toBe(true);
    expect(() => plannedDayFootprint({ ...day, legs: [{ distanceKm: 3 }] })).toThrow(RangeError);
  });

  it('counts a shared car once and each train passenger', () => {
    const car = plannedDayFootprint({ ...day, occupants: 2 });
    expect(car.totalCo2eKg).toBeCloseTo(plannedDayFootprint(day).totalCo2eKg, 9);
    const train = plannedDayFootprint({ ...day, mode: 'train', occupants: 2 });
    expect(train.totalCo2eKg).toBeCloseTo(meridianRoadKm(0.8) * 2 * 0.02769, 9);
  });
});
