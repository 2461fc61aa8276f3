import { describe, expect, it } from 'vitest';
import { tripsFromItineraryDay } from './artists';
import { estimateAudienceTrips } from './audience';
import { DEFAULT_MODE_SPLITS, sharesAtDistance } from './mode-split';
import { groupTrip } from './simple';
import { validateTrips } from './validate';

describe('tripsFromItineraryDay', () => {
  it('makes one one-way trip per leg, with the day, tour and area keys', () => {
    const trips = tripsFromItineraryDay({
      dayId: 'd1',
      date: '2026-04-01',
      refs: { tourId: 't1', projectId: 'p1' },
      mode: 'car-combustion',
      occupants: 2,
      artistIds: ['ana', 'ben'],
      stops: [
        { stopId: 'home' },
        { stopId: 'v1', sessionId: 's1', areaKey: 'cc-nord' },
        { stopId: 'home' },
      ],
      legs: [{ distanceKm: 30, durationMin: 28 }, { distanceKm: 31 }],
    });
    expect(trips).toHaveLength(2);
    expect(trips[0]).toMatchObject({
      kind: 'artist',
      id: 'd1:leg1',
      roundTrip: false,
      distanceKm: 30,
      durationMin: 28,
      refs: {
        tourId: 't1',
        projectId: 'p1',
        date: '2026-04-01',
        sessionId: 's1',
        areaKey: 'cc-nord',
      },
    });
    expect(trips[1]?.refs.sessionId).toBe('s1');
  });

  it('refuses a day whose legs do not join its stops', () => {
    expect(() =>
      tripsFromItineraryDay({
        dayId: 'd1',
        date: '2026-04-01',
        mode: 'van',
        occupants: 1,
        stops: [{ stopId: 'a' }, { stopId: 'b' }],
        legs: [],
      }),
    ).toThrow(/2 stops need 1 legs/);
  });
});

describe('audience mode split', () => {
  it('keeps every mode within reach and sums to 1', () => {
    const shares = sharesAtDistance(DEFAULT_MODE_SPLITS.urban, 1);
    expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
    expect(shares.map((s) => s.mode)).toContain('walking');
  });

  it('sends everyone by car when no offered mode reaches that far', () => {
    const walkOnly = { shares: { walking: 1 }, carOccupancy: 2, maxDistanceKm: { walking: 2 } };
    expect(sharesAtDistance(walkOnly, 30)).toEqual([{ mode: 'car-combustion', share: 1 }]);
  });

  it('uses the coordinator’s split over the default', () => {
    const trips = estimateAudienceTrips({
      idPrefix: 's1',
      refs: { sessionId: 's1' },
      origins: [{ originKey: '55029', participants: 10, distanceKm: 5 }],
      splits: { rural: { shares: { coach: 1 }, carOccupancy: 2, maxDistanceKm: {} } },
    });
    expect(trips).toEqual([
      expect.objectContaining({
        mode: 'coach',
        travellers: 10,
        vehicleOccupancy: 1,
        roundTrip: true,
      }),
    ]);
  });

  it('uses an origin’s own area type', () => {
    const trips = estimateAudienceTrips({
      idPrefix: 's1',
      refs: {},
      origins: [{ originKey: 'city', participants: 100, distanceKm: 1, areaType: 'urban' }],
    });
    expect(trips.find((t) => t.mode === 'tram')?.travellers).toBeCloseTo(5, 10);
  });
});

describe('validateTrips', () => {
  it('names each invalid field', () => {
    const errors = validateTrips([
      groupTrip({ id: 'g', refs: {}, distanceKm: Number.NaN, travellers: -1 }),
      groupTrip({
        id: 'g',
        refs: {},
        distanceKm: 3,
        travellers: 4,
        mode: 'car-combustion',
        vehicleOccupancy: 0,
      }),
      {
        kind: 'equipment',
        id: 'e',
        refs: {},
        mode: 'train-regional',
        distanceKm: 3,
        roundTrip: true,
        occupants: 1,
      },
    ]);
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual([
      'trips[0].distanceKm:not-a-number',
      'trips[0].travellers:negative',
      'trips[1].vehicleOccupancy:negative',
      'trips[1].id:duplicate-id',
      'trips[2].mode:not-allowed',
    ]);
  });
});
