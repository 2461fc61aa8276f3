import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { equipmentTrip, onlineSession } from '../trips/simple';
import type { Trip } from '../trips/types';
import { computeFootprint } from './compute';
import { byPeriod, byRef, groupFootprint } from './summarise';

const trips: Trip[] = [
  equipmentTrip({ id: 'van-jan', refs: { projectId: 'p1', date: '2026-01-20' }, distanceKm: 10 }),
  equipmentTrip({ id: 'van-mar', refs: { projectId: 'p1', date: '2026-03-02' }, distanceKm: 20 }),
  equipmentTrip({ id: 'van-nov', refs: { projectId: 'p2', date: '2026-11-05' }, distanceKm: 5 }),
  onlineSession({ id: 'visio', refs: { projectId: 'p2' }, participants: 10, durationHours: 1 }),
];
const { lines } = computeFootprint({ trips, factors: ADEME_2025 });

describe('groupFootprint', () => {
  it('sums per project and divides by that project’s beneficiaries', () => {
    const groups = groupFootprint(lines, byRef('projectId'), { p1: { beneficiaries: 10 } });
    // p1: (20 + 40) km × 0.32463 = 19.4778 kg; 19.4778 / 10 = 1.94778 kg per beneficiary.
    expect(groups[0]).toMatchObject({ key: 'p1', tripIds: ['van-jan', 'van-mar'] });
    expect(groups[0]?.totalCo2eKg).toBeCloseTo(19.4778, 10);
    expect(groups[0]?.perBeneficiaryCo2eKg).toBeCloseTo(1.94778, 10);
    // p2: 10 km × 0.32463 + 10 device-hours × 0.01 = 3.3463 kg, no beneficiaries given.
    expect(groups[1]?.totalCo2eKg).toBeCloseTo(3.3463, 10);
    expect(groups[1]?.perBeneficiaryCo2eKg).toBeNull();
  });

  it('groups by quarter and puts undated lines last, under null', () => {
    const groups = groupFootprint(lines, byPeriod('quarter'));
    expect(groups.map((g) => g.key)).toEqual(['2026-Q1', '2026-Q4', null]);
    expect(groups[2]?.tripIds).toEqual(['visio']);
  });

  it('groups by month and by year', () => {
    expect(groupFootprint(lines, byPeriod('month')).map((g) => g.key)).toEqual([
      '2026-01',
      '2026-03',
      '2026-11',
      null,
    ]);
    expect(groupFootprint(lines, byPeriod('year')).map((g) => g.key)).toEqual(['2026', null]);
  });
});

describe('computeFootprint', () => {
  it('refuses invalid trips instead of producing a negative figure', () => {
    const bad = equipmentTrip({ id: 'van', refs: {}, distanceKm: -5 });
    expect(() => computeFootprint({ trips: [bad], factors: ADEME_2025 })).toThrow(/distanceKm/);
  });

  it('gives no per-beneficiary figure when there are no beneficiaries', () => {
    const footprint = computeFootprint({ trips, factors: ADEME_2025, beneficiaries: 0 });
    expect(footprint.perBeneficiaryCo2eKg).toBeNull();
    expect(footprint.perActivityHourCo2eKg).toBeNull();
  });
});
