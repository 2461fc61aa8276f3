import { describe, expect, it } from 'vitest';
import { buildCommune } from '../testing/factories';
import { computeAccessIndex, inLastTwelveMonths, type LiveMusicPlace } from './compute';
import { rankCommunes } from './rank';
import { accessScore, possiblePoints, scoreComponents } from './score';

const villageA = buildCommune({
  id: '48001',
  name: 'A',
  population: 500,
  densityClass: 7,
  location: { lat: 45, lon: 4 },
});
const townB = buildCommune({
  id: '48002',
  name: 'B',
  population: 2000,
  densityClass: 4,
  location: { lat: 45, lon: 4.2 },
});
const places: LiveMusicPlace[] = [
  // Concert on 1 March 2025: inside the 12 months ending 30 June 2025.
  { id: 'p1', location: { lat: 45.1, lon: 4.2 }, eventDates: ['2025-03-01'] },
  // Last concert exactly 12 months before: outside the window, so ignored.
  { id: 'p2', location: { lat: 45, lon: 4 }, eventDates: ['2024-06-30'] },
  // A conservatory far north, always counted.
  { id: 'p3', location: { lat: 46, lon: 4 }, permanent: true },
];

describe('computeAccessIndex on a hand-checked case', () => {
  const access = computeAccessIndex({
    communes: [villageA, townB],
    liveMusicPlaces: places,
    activitiesByCommune: new Map([['48002', 10]]),
    priorityCommuneIds: new Set(['48002']),
    asOf: '2025-06-30',
  });

  it('scores village A: 19.25 km from p1, no activity, very dispersed rural', () => {
    const a = access.get('48001');
    expect(a?.nearestLiveMusicPlaceId).toBe('p1');
    expect(a?.distanceToLiveMusicKm).toBeCloseTo(19.248, 3);
    // distance 45 × 19.248/30 = 28.87; activities 25 × 1; rurality 15 × (7−1)/6 = 15; priority 0
    // 28.87 + 25 + 15 + 0 = 68.87 → 68.9
    expect(a?.activitiesPer1000).toBe(0);
    expect(a?.score).toBe(68.9);
    expect(a?.carMinutes).toBeCloseTo((19.248 * 1.3 * 60) / 60, 2);
  });

  it('scores town B: 11.12 km from p1, 5 activities per 1,000, small town, priority area', () => {
    const b = access.get('48002');
    expect(b?.distanceToLiveMusicKm).toBeCloseTo(11.119, 3);
    expect(b?.activitiesPer1000).toBe(5); // 10 / 2000 × 1000
    // distance 45 × 11.119/30 = 16.68; activities 25 × (1 − 5/10) = 12.5;
    // rurality 15 × (4−1)/6 = 7.5; priority 15 → 51.68 → 51.7
    expect(b?.components).toEqual({
      distance: expect.closeTo(0.3706, 4),
      activities: 0.5,
      rurality: 0.5,
      priority: 1,
    });
    expect(b?.score).toBe(51.7);
  });

  it('ranks A before B and explains each rank with translatable reasons', () => {
    const ranked = rankCommunes([townB, villageA], access);
    expect(ranked.map((r) => [r.rank, r.communeId])).toEqual([
      [1, '48001'],
      [2, '48002'],
    ]);
    expect(ranked[0]?.reasons).toEqual([
      {
        key: 'access.reason.distanceToLiveMusic',
        params: { distanceKm: 19.2, carMinutes: 25, points: 28.9 },
      },
      { key: 'access.reason.noActivities', params: { points: 25 } },
      { key: 'access.reason.density.7', params: { points: 15 } },
    ]);
    expect(ranked[1]?.reasons.map((r) => r.key)).toEqual([
      'access.reason.distanceToLiveMusic',
      'access.reason.priorityArea',
      'access.reason.fewActivities',
      'access.reason.density.4',
    ]);
  });

  it('gives equal scores one shared rank, the larger population listed first', () => {
    const twin = { ...villageA, id: '48003', population: 900 };
    const tied = computeAccessIndex({
      communes: [villageA, twin, townB],
      liveMusicPlaces: [],
      asOf: '2025-06-30',
    });
    expect(rankCommunes([villageA, twin, townB], tied).map((r) => [r.rank, r.communeId])).toEqual([
      [1, '48003'],
      [1, '48001'],
      [3, '48002'],
    ]);
  });
});

describe('what is not known', () => {
  it('leaves the distance out when no live music is known at all, instead of counting it as far', () => {
    const access = computeAccessIndex({
      communes: [villageA],
      liveMusicPlaces: [],
      priorityCommuneIds: new Set(),
      asOf: '2025-06-30',
    });
    const a = access.get('48001');
    expect(a?.distanceToLiveMusicKm).toBeNull();
    expect(a?.components.distance).toBeNull();
    expect(a?.unknown).toEqual(['distance']);
    // activities 25 + rurality 15 + priority 0 = 40 points of the 55 the known parts can add
    expect(a?.possiblePoints).toBeCloseTo(55, 9);
    expect(a?.score).toBe(72.7);
    expect(rankCommunes([villageA], access)[0]?.reasons.map((r) => r.key)).toEqual([
      'access.reason.noActivities',
      'access.reason.density.7',
    ]);
  });

  it('leaves an unknown density and priority out of the score, and gives no reason for them', () => {
    const unknown = buildCommune({
      coordinatesSource: 'approximate',
      coordinatesMethod: 'postal-code-centroid',
    });
    const access = computeAccessIndex({
      communes: [unknown],
      liveMusicPlaces: places,
      asOf: '2025-06-30',
    });
    const a = access.get('48001')!;
    expect(a.densityClass).toBeNull();
    expect(a.priorityArea).toBeNull();
    expect(a.unknown).toEqual(['rurality', 'priority']);
    expect(a.possiblePoints).toBeCloseTo(70, 9);
    const reasons = rankCommunes([unknown], access)[0]?.reasons ?? [];
    expect(reasons.map((r) => r.key)).toEqual([
      'access.reason.distanceToLiveMusic',
      'access.reason.noActivities',
      'access.reason.approximateLocation',
    ]);
  });

  it('knows the priority of French communes only, once a priority-area file is given', () => {
    const belgian = buildCommune({ id: 'BE-21004', country: 'BE', code: '21004' });
    const access = computeAccessIndex({
      communes: [villageA, belgian],
      liveMusicPlaces: places,
      priorityCommuneIds: new Set(['48001']),
      asOf: '2025-06-30',
    });
    expect(access.get('48001')?.priorityArea).toBe(true);
    expect(access.get('BE-21004')?.priorityArea).toBeNull();
    expect(access.get('BE-21004')?.unknown).toEqual(['rurality', 'priority']);
  });

  it('scores the known points over what they can add', () => {
    const inputs = { distanceToLiveMusicKm: 15, activitiesPer1000: 0 };
    // 22.5 + 25 = 47.5 points of 70
    expect(accessScore({ ...inputs, densityClass: null, priorityArea: null })).toBe(67.9);
    expect(
      possiblePoints(scoreComponents({ ...inputs, densityClass: null, priorityArea: false })),
    ).toBeCloseTo(85, 9);
  });
  it('caps the distance and activity components', () => {
    expect(
      scoreComponents({
        distanceToLiveMusicKm: 90,
        activitiesPer1000: 40,
        densityClass: 1,
        priorityArea: false,
      }),
    ).toEqual({
      distance: 1,
      activities: 0,
      rurality: 0,
      priority: 0,
    });
    expect(
      accessScore({
        distanceToLiveMusicKm: 0,
        activitiesPer1000: 40,
        densityClass: 1,
        priorityArea: false,
      }),
    ).toBe(0);
    expect(
      accessScore({
        distanceToLiveMusicKm: 30,
        activitiesPer1000: 0,
        densityClass: 7,
        priorityArea: true,
      }),
    ).toBe(100);
  });

  it('counts the 12 months ending on the reference date, by calendar', () => {
    expect(inLastTwelveMonths('2025-06-30', '2025-06-30')).toBe(true);
    expect(inLastTwelveMonths('2024-07-01', '2025-06-30')).toBe(true);
    expect(inLastTwelveMonths('2024-06-30', '2025-06-30')).toBe(false);
    expect(inLastTwelveMonths('2025-07-01', '2025-06-30')).toBe(false); // planned, not yet held
  });
});
