// Hand-checked examples: the arithmetic is written out so anyone can redo it with a calculator.
import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { artistTripsToVenue, tripsFromItineraryDay } from '../trips/artists';
import { estimateAudienceTrips } from '../trips/audience';
import { onlineSession } from '../trips/simple';
import type { Trip } from '../trips/types';
import { computeFootprint } from './compute';

const factors = ADEME_2025;

describe('hand-checked footprints (ADEME 2025)', () => {
  it('one car trip with two occupants counts the car once', () => {
    const trips = artistTripsToVenue({
      idPrefix: 's1',
      refs: { sessionId: 's1', date: '2026-03-02' },
      journeys: [{ artistIds: ['ana', 'ben'], distanceKm: 35, mode: 'car-combustion' }],
    });
    const footprint = computeFootprint({ trips, factors });
    const [line] = footprint.lines;
    // 35 km each way, out and back: 70 km; one car: 70 vehicle-km.
    expect(line?.quantity).toBe(70);
    expect(line?.travellers).toBe(2);
    // 70 × 0.14225 = 9.9575 kg, whoever is aboard; 9.9575 / 2 = 4.97875 kg per artist.
    expect(footprint.totalCo2eKg).toBeCloseTo(9.9575, 10);
    expect(footprint.totalCo2eKg / 2).toBeCloseTo(4.97875, 10);
    // Parts: use 70 × 0.11056 = 7.7392, manufacture 70 × 0.0317 = 2.219, contrails 0.
    expect(line?.parts?.useKg).toBeCloseTo(7.7392, 10);
    expect(line?.parts?.buildKg).toBeCloseTo(2.219, 10);
    expect(line?.factorVersion).toBe('ademe-impactco2-2025');
  });

  it('a train trip counts each passenger', () => {
    const trips = artistTripsToVenue({
      idPrefix: 's2',
      refs: { sessionId: 's2' },
      journeys: [{ artistIds: ['cleo'], distanceKm: 120, mode: 'train-regional' }],
    });
    // 120 km × 2 journeys × 1 passenger = 240 passenger-km; 240 × 0.02769 = 6.6456 kg.
    expect(computeFootprint({ trips, factors }).totalCo2eKg).toBeCloseTo(6.6456, 10);
    // Two artists on the same train: 480 passenger-km × 0.02769 = 13.2912 kg (unlike a car).
    const twoArtists = artistTripsToVenue({
      idPrefix: 's2',
      refs: { sessionId: 's2' },
      journeys: [{ artistIds: ['cleo', 'dan'], distanceKm: 120, mode: 'train-regional' }],
    });
    expect(computeFootprint({ trips: twoArtists, factors }).totalCo2eKg).toBeCloseTo(13.2912, 10);
  });

  it('a mixed day: car itinerary, van, a train and an online session', () => {
    const stops = [
      { stopId: 'home' },
      { stopId: 'velaines', sessionId: 's1' },
      { stopId: 'sorcy', sessionId: 's2' },
      { stopId: 'home' },
    ];
    const legs = [{ distanceKm: 25 }, { distanceKm: 18 }, { distanceKm: 40 }];
    const day = { date: '2026-03-02', refs: { tourId: 't1' }, stops, legs };
    const trips: Trip[] = [
      ...tripsFromItineraryDay({ ...day, dayId: 'car', mode: 'car-combustion', occupants: 2 }),
      ...tripsFromItineraryDay({
        ...day,
        dayId: 'van',
        mode: 'van',
        occupants: 1,
        role: 'equipment',
      }),
      ...artistTripsToVenue({
        idPrefix: 's2',
        refs: { sessionId: 's2', tourId: 't1', date: '2026-03-02' },
        journeys: [{ artistIds: ['cleo'], distanceKm: 60, mode: 'train-regional' }],
      }),
      onlineSession({
        id: 'evening',
        refs: { tourId: 't1' },
        participants: 12,
        durationHours: 1.5,
      }),
    ];
    const footprint = computeFootprint({ trips, factors, beneficiaries: 50, activityHours: 4 });
    // Car: 25 + 18 + 40 = 83 km × 0.14225 = 11.80675 kg.
    // Van: 83 km × 0.32463 = 26.94429 kg.
    // Train: 60 × 2 × 0.02769 = 3.3228 kg.
    // Online: 12 devices × 1.5 h = 18 device-hours × 0.01 = 0.18 kg.
    // Artists = 11.80675 + 3.3228 = 15.12955; total = 15.12955 + 26.94429 + 0.18 = 42.25384 kg.
    expect(footprint.bySource.artists).toBeCloseTo(15.12955, 10);
    expect(footprint.bySource.equipment).toBeCloseTo(26.94429, 10);
    expect(footprint.bySource.digital).toBeCloseTo(0.18, 10);
    expect(footprint.bySource.audience).toBe(0);
    expect(footprint.totalCo2eKg).toBeCloseTo(42.25384, 10);
    // 42.25384 / 50 beneficiaries = 0.8450768; / 4 hours = 10.56346.
    expect(footprint.perBeneficiaryCo2eKg).toBeCloseTo(0.8450768, 10);
    expect(footprint.perActivityHourCo2eKg).toBeCloseTo(10.56346, 10);
    // The car's last leg (home) is attributed to s2, the session it leaves from.
    const carLegs = footprint.lines.filter((l) => l.tripId.startsWith('car:'));
    expect(carLegs.map((l) => l.refs.sessionId)).toEqual(['s1', 's2', 's2']);
  });

  it('an audience estimate from two communes with the rural default split', () => {
    const trips = estimateAudienceTrips({
      idPrefix: 'concert',
      refs: { sessionId: 'concert' },
      origins: [
        { originKey: 'village', participants: 30, distanceKm: 1 },
        { originKey: 'bourg', participants: 20, distanceKm: 12 },
      ],
    });
    const footprint = computeFootprint({ trips, factors, beneficiaries: 50 });
    const kgOf = (id: string) => footprint.lines.find((l) => l.tripId === id)?.co2eKg;
    // Village, 1 km (all modes in reach): car 80 % → 24 people, 2 per car → 12 cars × 2 km
    //   = 24 vehicle-km × 0.14225 = 3.414 kg; bus 5 % → 1.5 people × 2 km = 3 p-km × 0.12242
    //   = 0.36726 kg; bike 3 % → 0.9 × 2 = 1.8 p-km × 0.00017 = 0.000306 kg; walking 12 % → 0.
    expect(kgOf('concert:village:car-combustion')).toBeCloseTo(3.414, 10);
    expect(kgOf('concert:village:bus-combustion')).toBeCloseTo(0.36726, 10);
    expect(kgOf('concert:village:bike')).toBeCloseTo(0.000306, 10);
    expect(kgOf('concert:village:walking')).toBe(0);
    // Bourg, 12 km: walking (≤ 2 km) and bike (≤ 8 km) are out of reach; car and bus shares
    //   become 0.80 / 0.85 and 0.05 / 0.85. Car: 20 × 0.8 / 0.85 = 18.8235 people = 9.41176 cars
    //   × 24 km = 225.882 vehicle-km × 0.14225 = 32.13176 kg. Bus: 20 × 0.05 / 0.85 = 1.17647
    //   people × 24 km = 28.2353 p-km × 0.12242 = 3.456565 kg.
    expect(kgOf('concert:bourg:car-combustion')).toBeCloseTo(32.13176, 4);
    expect(kgOf('concert:bourg:bus-combustion')).toBeCloseTo(3.456565, 5);
    expect(kgOf('concert:bourg:walking')).toBeUndefined();
    // Total 3.414 + 0.36726 + 0.000306 + 32.13176 + 3.456565 = 39.36989 kg; / 50 = 0.7874 kg.
    expect(footprint.bySource.audience).toBeCloseTo(39.36989, 4);
    expect(footprint.perBeneficiaryCo2eKg).toBeCloseTo(0.7874, 4);
  });
});
