// Scenario levers on small hand-made trip sets, with the arithmetic written out.
import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { computeFootprint } from '../footprint/compute';
import { ruralProjectTrips } from '../testing/rural-project';
import type { ArtistTrip, Trip } from '../trips/types';
import { carpoolScenario } from './carpool';
import { combineScenarios } from './combine';
import { compareScenarios } from './compare';
import { electricScenario } from './electric';
import { groupByAreaScenario } from './group-by-area';
import { onlineScenario } from './online';
import { trainScenario } from './train';

const factors = ADEME_2025;
const kgOf = (trips: readonly Trip[]) => computeFootprint({ trips, factors }).totalCo2eKg;

function carTrip(id: string, distanceKm: number, overrides: Partial<ArtistTrip> = {}): ArtistTrip {
  return {
    kind: 'artist',
    id,
    refs: { sessionId: 's1', date: '2026-03-03' },
    mode: 'car-combustion',
    distanceKm,
    roundTrip: true,
    occupants: 1,
    artistIds: [id],
    routeKey: '2026-03-03|s1',
    ...overrides,
  };
}

describe('carpoolScenario', () => {
  it('merges two cars to the same session into one, the longer trip driving', () => {
    const trips = [carTrip('ana', 40), carTrip('ben', 30)];
    const scenario = carpoolScenario(trips);
    expect(scenario.trips).toEqual([
      expect.objectContaining({
        id: 'carpool:ana',
        distanceKm: 45,
        occupants: 2,
        derivedFrom: ['ana', 'ben'],
      }),
    ]);
    // Before: (80 + 60) km × 0.14225 = 19.915 kg. After: (40 + 5 detour) × 2 = 90 km × 0.14225 = 12.8025 kg.
    expect(kgOf(trips)).toBeCloseTo(19.915, 10);
    expect(kgOf(scenario.trips)).toBeCloseTo(12.8025, 10);
    // Time: before 40/60 × 2 + 30/60 × 2 = 2.3333 h; after 45/60 × 2 × 2 people = 3 h.
    expect(scenario.travelHours.delta).toBeCloseTo(0.6667, 4);
    expect(scenario.stats).toEqual({ carsBefore: 2, carsAfter: 1, carsAvoided: 1 });
  });

  it('never puts more than maxOccupants in a car', () => {
    const trips = ['a', 'b', 'c', 'd', 'e'].map((id) => carTrip(id, 30));
    const scenario = carpoolScenario(trips, { maxOccupants: 4 });
    expect(scenario.trips.map((t) => (t.kind === 'artist' ? t.occupants : 0))).toEqual([4, 1]);
  });

  it('leaves alone a trip shorter than the pick-up detour, other routes and other modes', () => {
    const trips = [
      carTrip('far', 40),
      carTrip('near', 3),
      carTrip('other-day', 40, { routeKey: '2026-03-04|s2' }),
      carTrip('electric', 40, { mode: 'car-electric' }),
    ];
    const scenario = carpoolScenario(trips);
    expect(scenario.trips.map((t) => t.id)).toEqual(['far', 'near', 'other-day', 'electric']);
    expect(scenario.removedTripIds).toEqual([]);
  });
});

describe('trainScenario', () => {
  it('replaces a long car trip by train plus a station transfer and its empty return', () => {
    const trips = [carTrip('duo', 100, { occupants: 2 }), carTrip('short', 30)];
    const scenario = trainScenario(trips);
    expect(scenario.trips.map((t) => t.id)).toEqual([
      'duo~train',
      'duo~transfer',
      'duo~transfer-empty',
      'short',
    ]);
    // Car: 200 km × 0.14225 = 28.45 kg.
    // Train: (100 - 10) × 1.2 = 108 km × 2 journeys × 2 people = 432 p-km × 0.02769 = 11.96208 kg.
    // Transfer: 10 km × 2 journeys = 20 vehicle-km × 0.14225 = 2.845 kg, and the same empty.
    const duoKg = kgOf(scenario.trips) - kgOf([trips[1]!]);
    expect(duoKg).toBeCloseTo(11.96208 + 2.845 + 2.845, 10);
    // Time: car 100/60 × 2 × 2 = 6.667 h; train (108/60 + 30/60) × 2 × 2 = 9.2 h;
    // transfer 10/60 × 2 × 2 = 0.667 h; empty run 0 h. Delta = 9.867 - 6.667 = 3.2 h.
    expect(scenario.travelHours.delta).toBeCloseTo(3.2, 10);
    expect(scenario.stats.tripsReplaced).toBe(1);
  });

  it('keeps equipment on the road', () => {
    const van: Trip = {
      kind: 'equipment',
      id: 'van',
      refs: {},
      mode: 'van',
      distanceKm: 120,
      roundTrip: true,
      occupants: 1,
    };
    expect(trainScenario([van]).trips).toEqual([van]);
  });
});

describe('groupByAreaScenario', () => {
  const trip = (id: string, date: string, distanceKm: number) =>
    carTrip(id, distanceKm, {
      refs: { sessionId: id, date, areaKey: 'north' },
      artistIds: ['ana'],
    });
  const trips = [
    trip('s1', '2026-03-03', 22),
    trip('s3', '2026-03-10', 28),
    trip('s5', '2026-03-17', 25),
  ];

  it('runs two nearby sessions in one outing when it drives fewer km', () => {
    const scenario = groupByAreaScenario(trips, { sessionsPerDay: 2, hopKm: 10 });
    expect(
      scenario.trips.map((t) => [t.id, t.refs.date, t.kind === 'artist' && t.distanceKm]),
    ).toEqual([
      ['area:s3', '2026-03-03', 28],
      ['area:s1~hop', '2026-03-03', 10],
      ['s5', '2026-03-17', 25],
    ]);
    // Before: (22 + 28 + 25) × 2 = 150 km; after: 28 × 2 + 10 + 25 × 2 = 116 km; × 0.14225.
    expect(kgOf(trips)).toBeCloseTo(150 * 0.14225, 10);
    expect(kgOf(scenario.trips)).toBeCloseTo(116 * 0.14225, 10);
    expect(scenario.stats.outingsSaved).toBe(1);
  });

  it('keeps separate outings when the hop between venues is longer than what it saves', () => {
    expect(groupByAreaScenario(trips, { hopKm: 60 }).trips).toEqual(trips);
  });
});

describe('onlineScenario', () => {
  const trips = ruralProjectTrips();

  it('moves the workshops with most travel online, not the concerts', () => {
    const scenario = onlineScenario(trips, { factors, share: 0.2 });
    // s6: 2 cars × 76 km × 0.14225 + coach 25 × 16 km × 0.03756 = 21.622 + 15.024 = 36.646 kg;
    // s3: 2 × 56 × 0.14225 + 15.024 = 30.956 kg; next is s8 with 23.898 kg. Concerts excluded.
    expect(scenario.addedTripIds).toEqual(['online:s3', 'online:s6']);
    const online = scenario.trips.find((t) => t.id === 'online:s6');
    // The class on one screen and the two artists: 27 people, 3 devices, 1.5 h by default.
    expect(online).toMatchObject({
      kind: 'digital',
      participants: 27,
      connectedDevices: 3,
      durationHours: 1.5,
    });
    expect(scenario.stats).toEqual({ sessionsReplaced: 2, sessionsTotal: 10 });
    expect(kgOf(trips) - kgOf(scenario.trips)).toBeCloseTo(36.646 + 30.956 - 2 * 3 * 1.5 * 0.01, 3);
  });

  it('moves a concert online only when the coordinator lists it', () => {
    const scenario = onlineScenario(trips, {
      factors,
      sessionIds: ['s9'],
      defaultDurationHours: 1,
    });
    const online = scenario.trips.find((t) => t.id === 'online:s9');
    // 100 audience members on their own devices, plus one device per artist trip (Ana, Cleo).
    expect(online).toMatchObject({ participants: 102, connectedDevices: 102 });
    expect(scenario.trips.some((t) => t.refs.sessionId === 's9' && t.kind !== 'digital')).toBe(
      false,
    );
  });
});

describe('electricScenario', () => {
  it('switches artists’ combustion cars to electric and leaves the van', () => {
    const van: Trip = {
      kind: 'equipment',
      id: 'van',
      refs: {},
      mode: 'van',
      distanceKm: 10,
      roundTrip: true,
      occupants: 1,
    };
    const scenario = electricScenario([carTrip('ana', 35), van]);
    // 70 km × 0.06737 = 4.7159 kg instead of 70 × 0.14225 = 9.9575 kg; van 20 × 0.32463.
    expect(kgOf(scenario.trips)).toBeCloseTo(4.7159 + 6.4926, 10);
    expect(scenario.trips[1]).toBe(van);
    expect(scenario.travelHours.delta).toBe(0);
  });
});

describe('compareScenarios and combineScenarios', () => {
  const trips = ruralProjectTrips();

  it('gives side-by-side totals and differences in kg and travel hours', () => {
    const carpool = carpoolScenario(trips);
    const comparison = compareScenarios({ baseline: trips, scenarios: [carpool], factors });
    const [row] = comparison.rows;
    expect(row?.deltaCo2eKg).toBeCloseTo(kgOf(carpool.trips) - kgOf(trips), 10);
    expect(row?.deltaTravelHours).toBeCloseTo(carpool.travelHours.delta, 10);
    expect(row?.deltaPct).toBeCloseTo(
      (100 * (row?.deltaCo2eKg ?? 0)) / comparison.baseline.totalCo2eKg,
      10,
    );
    expect(comparison.factorVersion).toBe('ademe-impactco2-2025');
  });

  it('grouping by area then car-pooling saves more than either alone', () => {
    const grouped = groupByAreaScenario(trips);
    const pooled = carpoolScenario(trips);
    const both = combineScenarios(trips, [
      (t) => groupByAreaScenario(t),
      (t) => carpoolScenario(t),
    ]);
    expect(kgOf(both.trips)).toBeLessThan(Math.min(kgOf(grouped.trips), kgOf(pooled.trips)));
    expect(both.stats['carpool.carsAvoided']).toBeGreaterThan(0);
    expect(both.stats['group-by-area.outingsSaved']).toBeGreaterThan(0);
  });
});
