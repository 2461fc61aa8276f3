// Planning a small tour checked by hand: the plan, its comparison, accepting it, pins and re-planning.
import type { PlanningResult, PlanningRun } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meridianRoadKm } from '../../testing/carbon-factory';
import { buildSmallTour, smallTourRequest, waitForRun } from '../../testing/planning-factory';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';
import { isArtistAvailable } from '../artists';
import { isVenueAvailable } from '../venues';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;
let tour: Awaited<ReturnType<typeof buildSmallTour>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer']);
  coordinator = org.members.coordinator!;
  tour = await buildSmallTour(t, org);
});
afterAll(() => t.close());

const runs = () => `/api/orgs/${org.id}/planning/runs`;

async function plan(body: Record<string, unknown> = {}) {
  const started = await coordinator.post(runs(), { ...smallTourRequest(tour.project.id), ...body });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return (await waitForRun(coordinator, org.id, (started.body as PlanningRun).id)) as PlanningRun;
}

function stopsOf(result: PlanningResult) {
  return result.itineraries.flatMap((itinerary) =>
    itinerary.days.flatMap((day) => day.stops.map((stop) => ({ ...stop, day, itinerary }))),
  );
}

describe('planning the small tour', () => {
  let run: PlanningRun;
  beforeAll(async () => {
    run = await plan();
  });

  it('places every session, Monday and Wednesday with Anne, Tuesday with Bruno', () => {
    expect(run.status).toBe('done');
    const result = run.result!;
    const artistOf = Object.fromEntries(
      stopsOf(result).map((s) => [s.title, s.itinerary.artistName]),
    );
    expect(artistOf).toEqual({ S1: 'Anne', S2: 'Anne', S3: 'Bruno', S4: 'Bruno', S5: 'Anne' });
    expect(result.unplaced).toEqual([]);
    expect(run.distanceModel).toMatchObject({ kind: 'great_circle', circuityFactor: 1.3 });
  });

  it('drives 1.2° of latitude by road, against 2.1° today for four sessions and the same for the baseline', () => {
    const result = run.result!;
    expect(result.plan.distanceKm).toBeCloseTo(meridianRoadKm(1.2), 0);
    expect(result.plan).toMatchObject({ placed: 5, unplaced: 0, artistDays: 3 });
    expect(result.current).toMatchObject({ placed: 4, unplaced: 1, artistDays: 2 });
    expect(result.current.distanceKm).toBeCloseTo(meridianRoadKm(2.1), 0);
    expect(result.baseline.distanceKm).toBeGreaterThanOrEqual(result.plan.distanceKm);
    expect(result.baseline.distanceKm).toBeCloseTo(meridianRoadKm(1.2), 0);
    expect(result.savedVsCurrentPercent).toBeCloseTo(100 * (1 - 1.2 / 2.1), 0);
    // Like for like: the four sessions the current plan places take the plan 0.5° (S5 left out).
    expect(result.likeForLike).toMatchObject({ sessions: 4, onlyInPlan: 1, onlyInCurrent: 0 });
    expect(result.likeForLike!.onlyInPlanWithoutArtist).toBe(1);
    expect(result.likeForLike!.plan.distanceKm).toBeCloseTo(meridianRoadKm(0.5), 0);
    expect(result.likeForLike!.current.distanceKm).toBeCloseTo(meridianRoadKm(2.1), 0);
    // CO2 of a combustion car: 0.14225 kg per km in ADEME 2025.
    expect(result.plan.co2eKg).toBeCloseTo(meridianRoadKm(1.2) * 0.14225, 0);
    expect(result.factorVersion).toBe('ademe-impactco2-2025');
  });

  it('respects the hours, the venues, the artists and their kilometres a day', () => {
    const result = run.result!;
    const artists = { Anne: tour.anne, Bruno: tour.bruno };
    for (const stop of stopsOf(result)) {
      expect(stop.start >= '09:00' && stop.end <= '17:00').toBe(true);
      const startsAt = new Date(`${stop.day.date}T${stop.start}:00+01:00`);
      const endsAt = new Date(`${stop.day.date}T${stop.end}:00+01:00`);
      if (stop.title === 'S2') expect(stop.start >= '13:00').toBe(true);
      expect(
        isVenueAvailable({
          availability:
            stop.title === 'S2' ? [{ weekday: 1, startsAt: '13:00', endsAt: '18:00' }] : [],
          blackouts: [],
          startsAt,
          endsAt,
          timeZone: 'Europe/Paris',
        }).ok,
      ).toBe(true);
      const artist = artists[stop.itinerary.artistName as 'Anne' | 'Bruno'];
      const windows =
        artist === tour.anne
          ? [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startsAt: '08:00', endsAt: '18:00' }))
          : [];
      expect(
        isArtistAvailable({
          availability: windows,
          unavailability: [],
          startsAt,
          endsAt,
          timeZone: 'Europe/Paris',
        }).ok,
      ).toBe(true);
    }
    for (const itinerary of result.itineraries) {
      const max = itinerary.artistName === 'Anne' ? 150 : 60;
      for (const day of itinerary.days) {
        expect(day.distanceKm).toBeLessThanOrEqual(max);
        expect(day.legs).toHaveLength(day.stops.length + 1);
        expect(day.departure < day.stops[0]!.start).toBe(true);
      }
    }
  });

  it('lists the changes against today and stores one assignment per session', () => {
    const changes = run.result!.changes;
    expect(changes.map((c) => c.title).sort()).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    const s5 = changes.find((c) => c.title === 'S5')!;
    expect(s5.from.artists).toEqual([]);
    expect(s5.to).toMatchObject({ date: '2030-01-09', artists: [{ name: 'Anne' }] });
  });

  it('is refused to a viewer and answers 404 for an unknown run', async () => {
    expect((await org.members.viewer!.get(runs())).status).toBe(403);
    const unknown = await coordinator.get(`${runs()}/00000000-0000-4000-8000-000000000001`);
    expect(unknown.status).toBe(404);
  });
});
