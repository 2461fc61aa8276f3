// How a concert's audience said it came, at the door, replaces the assumed mode split of its
// audience trips; with no audience of known commune, the answers are said and not used.
import type { SessionFootprint } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonFactory, meridianRoadKm } from '../../testing/carbon-factory';
import { sendDoorOperations, travelOp, walkInOp } from '../../testing/door-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let make: ReturnType<typeof carbonFactory>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  make = carbonFactory(t, org.id);
});
afterAll(() => t.close());

const CAR = 0.14225; // kg CO2e per vehicle-km, ADEME 2025
const BUS = 0.12242; // bus (combustion), per passenger-km
const VENUE_COMMUNE = { code: '55911', name: 'Bourg-sur-Meuse' };
const VILLENEUVE = { code: '55912', name: 'Villeneuve', lat: 49.2, lon: 5 };

async function footprintOf(sessionId: string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/sessions/${sessionId}/carbon`,
  );
  expect(response.status).toBe(200);
  return response.body as SessionFootprint;
}

/** Door answers as a phone sends them: each after a walk-in of its people. */
async function answer(
  concertId: string,
  answers: [number, 'walk' | 'car' | 'bus', number | null][],
) {
  const ops = answers.flatMap(([people, mode, carPeople]) => {
    const entry = walkInOp(concertId, people);
    return [entry, travelOp(concertId, entry.opId, people, mode, carPeople)];
  });
  const results = await sendDoorOperations(org.members.coordinator, org.id, ops);
  expect(results.every((r) => r.outcome === 'applied')).toBe(true);
}

describe('audience travel from the door', () => {
  it('uses the modes and people per car given at the door for the audience of known commune', async () => {
    const project = await make.project();
    const venue = await make.venue('Grange de Bourg', VENUE_COMMUNE, { lat: 49, lon: 5 });
    await make.artist('Eli', VILLENEUVE);
    const choir = await make.group({ name: 'Chorale des villages', kind: 'choir' });
    const concert = await make.session({
      projectId: project.id,
      venueId: venue.id,
      kind: 'concert',
      startsAt: '2026-06-20T18:00:00Z',
      groupIds: [choir.id],
    });
    for (let i = 0; i < 4; i++) {
      const person = await make.participant(choir.id, VILLENEUVE);
      await make.mark(concert.id, person.id, 'present');
    }
    // 10 people answered: 6 by car, 3 in each (2 cars), 2 by bus, 2 on foot.
    await answer(concert.id, [
      [3, 'car', 3],
      [3, 'car', 3],
      [2, 'bus', null],
      [2, 'walk', null],
    ]);
    const footprint = await footprintOf(concert.id);
    const audience = footprint.lines.filter((l) => l.kind === 'audience');
    const km = meridianRoadKm(0.2);
    // 28.9 km away nobody walks: car 0.6 / 0.8 = 0.75, bus 0.2 / 0.8 = 0.25 of the 4 marked present.
    const car = audience.find((l) => l.mode === 'car-combustion')!;
    const bus = audience.find((l) => l.mode === 'bus-combustion')!;
    expect(audience).toHaveLength(2);
    expect(car.travellers).toBeCloseTo(3, 9);
    // 3 per car, as the door said (the model's default is 2).
    expect(car.vehicles).toBeCloseTo(1, 9);
    expect(car.co2eKg).toBeCloseTo(1 * 2 * km * CAR, 6);
    expect(bus.travellers).toBeCloseTo(1, 9);
    expect(bus.co2eKg).toBeCloseTo(1 * 2 * km * BUS, 6);
    expect(car.notes).toEqual([
      {
        code: 'mode-split-door',
        params: { people: 10, walk: 2, bike: 0, car: 6, perCar: 3, bus: 2, shuttle: 0 },
      },
    ]);
  });

  it('says the answers were not used when no one of the audience has a known commune', async () => {
    const project = await make.project();
    const venue = await make.venue('Salle du Bourg', VENUE_COMMUNE, { lat: 49, lon: 5 });
    const concert = await make.session({
      projectId: project.id,
      venueId: venue.id,
      kind: 'concert',
      startsAt: '2026-06-27T18:00:00Z',
    });
    await make.headcount(concert.id, 30);
    await answer(concert.id, [[4, 'car', 2]]);
    const footprint = await footprintOf(concert.id);
    expect(footprint.lines.filter((l) => l.kind === 'audience')).toEqual([]);
    expect(footprint.notes).toContainEqual({
      code: 'door-modes-unused',
      params: { people: 4, times: 1 },
    });
  });
});
