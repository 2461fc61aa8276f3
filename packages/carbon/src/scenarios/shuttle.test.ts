// The shuttle lever on a hand-made audience, with the arithmetic written out.
import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { computeFootprint } from '../footprint/compute';
import { estimateAudienceTrips } from '../trips/audience';
import type { ArtistTrip, Trip } from '../trips/types';
import { shuttleScenario } from './shuttle';

const factors = ADEME_2025;
const kgOf = (trips: readonly Trip[]) => computeFootprint({ trips, factors }).totalCo2eKg;

// 40 people from a village 10 km away and 10 from the venue's own village (1 km), rural split.
const audience = estimateAudienceTrips({
  idPrefix: 'concert',
  refs: { sessionId: 'concert', date: '2026-06-20' },
  origins: [
    { originKey: 'far', participants: 40, distanceKm: 10 },
    { originKey: 'near', participants: 10, distanceKm: 1 },
  ],
});
const artist: ArtistTrip = {
  kind: 'artist',
  id: 'cleo',
  refs: { sessionId: 'concert', date: '2026-06-20' },
  mode: 'car-combustion',
  distanceKm: 80,
  roundTrip: true,
  occupants: 1,
};

describe('shuttleScenario', () => {
  it('moves half of the car travellers from origins of 3 km or more into a coach', () => {
    const trips = [...audience, artist];
    const scenario = shuttleScenario(trips);
    // At 10 km walking (2 km) and bike (8 km) are out: car 0.8 / 0.85 of 40 = 37.647 travellers.
    const carTravellers = (40 * 0.8) / 0.85;
    const shuttle = scenario.trips.find((t) => t.id === 'concert:far:car-combustion~shuttle');
    const rest = scenario.trips.find((t) => t.id === 'concert:far:car-combustion~rest');
    expect(shuttle).toMatchObject({ mode: 'coach', distanceKm: 13, vehicleOccupancy: 1 });
    expect(shuttle?.kind === 'audience' && shuttle.travellers).toBeCloseTo(carTravellers / 2, 9);
    expect(rest?.kind === 'audience' && rest.travellers).toBeCloseTo(carTravellers / 2, 9);
    // The near village keeps its cars; the artist is untouched.
    expect(scenario.trips.some((t) => t.id === 'concert:near:car-combustion')).toBe(true);
    expect(scenario.trips).toContain(artist);
    // Saved: 18.824 people × 20 km by car (2 per car, 0.14225 kg/vehicle-km) = 26.776 kg,
    // against 18.824 × 26 km by coach × 0.03756 = 18.382 kg: 8.394 kg less.
    const moved = carTravellers / 2;
    const savedKg = (moved / 2) * 20 * 0.14225 - moved * 26 * 0.03756;
    expect(kgOf(trips) - kgOf(scenario.trips)).toBeCloseTo(savedKg, 9);
    expect(scenario.stats).toEqual({
      shuttleSessions: 1,
      travellersMoved: 19,
      carsAvoided: 9,
      uptakePct: 50,
    });
    // Time: the coach is slower (50 km/h against 60) and riders wait 10 min each way.
    expect(scenario.travelHours.delta).toBeGreaterThan(0);
  });

  it('serves only the listed sessions, and changes nothing at an uptake of 0', () => {
    expect(shuttleScenario(audience, { sessionIds: ['other'] }).trips).toEqual(audience);
    expect(shuttleScenario(audience, { uptake: 0 }).trips).toEqual(audience);
  });

  it('never increases the footprint when a coach passenger-km emits less than a shared car', () => {
    for (const uptake of [0.1, 0.5, 1]) {
      expect(kgOf(shuttleScenario(audience, { uptake }).trips)).toBeLessThanOrEqual(kgOf(audience));
    }
  });
});
