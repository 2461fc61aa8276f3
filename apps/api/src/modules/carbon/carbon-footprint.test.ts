// Footprints built from programme data, with the arithmetic written out by hand.
import type {
  ArtistDayFootprint,
  FootprintLine,
  ProjectFootprint,
  SessionFootprint,
} from '@tutti/contracts';
import { haversineKm, roadDistanceKm } from '@tutti/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonFactory, meridianRoadKm } from '../../testing/carbon-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { locateCommune } from '../communes';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let make: ReturnType<typeof carbonFactory>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'artist']);
  make = carbonFactory(t, org.id);
});
afterAll(() => t.close());

const CAR = 0.14225; // kg CO2e per vehicle-km, ADEME 2025
const TRAIN = 0.02769; // TER, per passenger-km
const BUS = 0.12242; // bus (combustion), per passenger-km
const VAN = 0.32463; // per vehicle-km
const VIDEO = 0.01; // per device-hour

// Everything lies on the meridian 5° E, so distances are R × Δlatitude × 1.3 (circuity). The
// codes are made up (no such INSEE code): the communes are placed where the organisation's own
// venues and artists are, the fallback when the territories reference does not know a code.
const VENUE_COMMUNE = { code: '55901', name: 'Bourg-sur-Meuse' };
const VILLENEUVE = { code: '55902', name: 'Villeneuve', lat: 49.2, lon: 5 };
const VAUX = { code: '55903', name: 'Vaux', lat: 48.8, lon: 5 };

async function footprintOf(sessionId: string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/sessions/${sessionId}/carbon`,
  );
  expect(response.status).toBe(200);
  return response.body as SessionFootprint;
}

const artistLines = (lines: FootprintLine[]) => lines.filter((l) => l.kind === 'artist');

describe('footprint of a session', () => {
  it('counts one car for two artists from the same commune, and the train of a third', async () => {
    const project = await make.project();
    const venue = await make.venue('Salle des fêtes', VENUE_COMMUNE, { lat: 49, lon: 5 });
    const ana = await make.artist('Ana', VILLENEUVE);
    const ben = await make.artist('Ben', VILLENEUVE);
    const cleo = await make.artist('Cléo', VAUX, 'train');
    const session = await make.session({
      projectId: project.id,
      venueId: venue.id,
      startsAt: '2026-03-03T09:00:00Z',
      artistIds: [ana.id, ben.id, cleo.id],
    });
    const footprint = await footprintOf(session.id);

    const km = meridianRoadKm(0.2); // 0.2° of latitude: 22.239 km × 1.3 = 28.911 km
    expect(km).toBeCloseTo(28.9107, 4);
    const [car, train] = artistLines(footprint.lines)
      .sort((a, b) => a.co2eKg - b.co2eKg)
      .reverse();
    // Ana and Ben: one car, out and back: 2 × 28.911 × 0.14225 = 8.2250 kg.
    expect(car).toMatchObject({
      mode: 'car-combustion',
      vehicles: 1,
      travellers: 2,
      roundTrip: true,
    });
    expect(car!.people.sort()).toEqual(['Ana', 'Ben']);
    expect(car!.co2eKg).toBeCloseTo(2 * km * CAR, 6);
    expect(car!.notes).toContainEqual({
      code: 'shared-car',
      params: { occupants: 2, commune: 'Villeneuve' },
    });
    // Cléo by regional train: 2 × 28.911 × 0.02769 = 1.6011 kg.
    expect(train).toMatchObject({ mode: 'train-regional', travellers: 1 });
    expect(train!.co2eKg).toBeCloseTo(2 * km * TRAIN, 6);
    expect(footprint.summary.bySource.artists).toBeCloseTo(2 * km * (CAR + TRAIN), 6);
    expect(footprint.summary).toMatchObject({
      factorVersion: 'ademe-impactco2-2025',
      activityHours: 1.5,
    });
  });

  it('counts an online session as device-hours: a class is one screen, each other person one device', async () => {
    const project = await make.project();
    const cm1 = await make.group({ name: 'CM1 de Vaux', kind: 'class' });
    const choir = await make.group({ name: 'Chœur du soir', kind: 'choir' });
    for (let i = 0; i < 3; i++) await make.participant(cm1.id, VAUX);
    for (let i = 0; i < 2; i++) await make.participant(choir.id, VILLENEUVE);
    const artist = await make.artist('Dana', VILLENEUVE);
    const session = await make.session({
      projectId: project.id,
      venueId: null,
      kind: 'online',
      startsAt: '2026-04-02T16:00:00Z',
      durationMin: 90,
      artistIds: [artist.id],
      groupIds: [cm1.id, choir.id],
    });
    const footprint = await footprintOf(session.id);
    // 1 class screen + 2 singers + 1 artist = 4 devices × 1.5 h = 6 device-hours × 0.01 = 0.06 kg.
    expect(footprint.lines).toHaveLength(1);
    expect(footprint.lines[0]).toMatchObject({
      kind: 'digital',
      unitBasis: 'device-hour',
      quantity: 6,
    });
    expect(footprint.summary.totalCo2eKg).toBeCloseTo(6 * VIDEO, 9);
    expect(footprint.summary.beneficiaries).toEqual({
      uniqueParticipants: 5,
      headcounts: 0,
      total: 5,
    });
    expect(footprint.summary.perBeneficiaryCo2eKg).toBeCloseTo(0.06 / 5, 9);
  });

  it('estimates the audience of a concert from the communes of the people marked present', async () => {
    const project = await make.project();
    const venue = await make.venue('Grange de Bourg', VENUE_COMMUNE, { lat: 49, lon: 5 });
    // Villeneuve is located through the artist who lives there (no official centres imported).
    await make.artist('Eli', VILLENEUVE);
    const choir = await make.group({ name: 'Chorale des villages', kind: 'choir' });
    const fromVilleneuve = [];
    for (let i = 0; i < 5; i++) fromVilleneuve.push(await make.participant(choir.id, VILLENEUVE));
    const fromBourg = [
      await make.participant(choir.id, VENUE_COMMUNE),
      await make.participant(choir.id, VENUE_COMMUNE),
    ];
    const unknown = await make.participant(choir.id, { code: '99999', name: 'Ailleurs' });
    const concert = await make.session({
      projectId: project.id,
      venueId: venue.id,
      kind: 'concert',
      startsAt: '2026-06-20T18:00:00Z',
      durationMin: 120,
      groupIds: [choir.id],
    });
    for (const p of fromVilleneuve.slice(0, 4)) await make.mark(concert.id, p.id, 'present');
    await make.mark(concert.id, fromVilleneuve[4]!.id, 'absent');
    for (const p of [...fromBourg, unknown]) await make.mark(concert.id, p.id, 'present');
    await make.headcount(concert.id, 10);

    const footprint = await footprintOf(concert.id);
    const audience = footprint.lines.filter((l) => l.kind === 'audience');
    const km = meridianRoadKm(0.2);
    // 4 people from Villeneuve, 28.911 km away, rural split by default (density unknown).
    // At that distance walking (≤ 2 km) and bike (≤ 8 km) drop out: car 0.80 / 0.85, bus 0.05 / 0.85.
    // Car: 4 × 0.9412 = 3.7647 people, 2 per car = 1.8824 cars × 57.821 km × 0.14225 = 15.482 kg.
    // Bus: 4 × 0.0588 = 0.2353 people × 57.821 km × 0.12242 = 1.6655 kg.
    const carTravellers = (4 * 0.8) / 0.85;
    const busTravellers = (4 * 0.05) / 0.85;
    const car = audience.find((l) => l.mode === 'car-combustion')!;
    const bus = audience.find((l) => l.mode === 'bus-combustion')!;
    expect(audience).toHaveLength(2);
    expect(car).toMatchObject({ from: 'Villeneuve', to: 'Grange de Bourg', roundTrip: true });
    expect(car.travellers).toBeCloseTo(carTravellers, 9);
    expect(car.vehicles).toBeCloseTo(carTravellers / 2, 9);
    expect(car.co2eKg).toBeCloseTo((carTravellers / 2) * 2 * km * CAR, 6);
    expect(bus.co2eKg).toBeCloseTo(busTravellers * 2 * km * BUS, 6);
    expect(car.notes).toEqual([{ code: 'mode-split-area-unknown', params: {} }]);
    expect(footprint.summary.bySource.audience).toBeCloseTo(15.482 + 1.6655, 2);
    // The 2 from Bourg itself, the one from an unknown commune and the 10 counted stay on site.
    expect(footprint.notes).toContainEqual({
      code: 'audience-counted-at-venue',
      params: { people: 13, times: 1 },
    });
    // Beneficiaries: 7 different people marked present and 10 counted; the absent singer is not.
    expect(footprint.summary.beneficiaries).toEqual({
      uniqueParticipants: 7,
      headcounts: 10,
      total: 17,
    });
    expect(footprint.summary.perBeneficiaryCo2eKg).toBeCloseTo(
      footprint.summary.totalCo2eKg / 17,
      9,
    );
    expect(footprint.summary.perActivityHourCo2eKg).toBeCloseTo(
      footprint.summary.totalCo2eKg / 2,
      9,
    );
  });

  it('places an origin at its commune from the territories reference (Lormes → Corbigny)', async () => {
    const project = await make.project();
    // The gymnasium is given Corbigny's official centre; the singers live in Lormes.
    const corbigny = await locateCommune(t.database, '58083');
    const lormes = await locateCommune(t.database, '58145');
    expect(lormes).toMatchObject({ name: 'Lormes', approximate: false });
    const venue = await make.venue(
      'Gymnase',
      { code: '58083', name: 'Corbigny' },
      {
        lat: corbigny!.latitude,
        lon: corbigny!.longitude,
      },
    );
    const choir = await make.group({
      name: 'Chorale de Lormes',
      kind: 'choir',
      listedIndividually: false,
      expectedSize: 10,
      communeCode: '58145',
      communeName: 'Lormes',
    });
    const concert = await make.session({
      projectId: project.id,
      venueId: venue.id,
      kind: 'concert',
      startsAt: '2026-06-27T18:00:00Z',
      groupIds: [choir.id],
    });
    const footprint = await footprintOf(concert.id);
    // Centres 47.2872 N 3.82678 E and 47.26389 N 3.69224 E: 10.48 km great circle × 1.3 = 13.6 km.
    const km = roadDistanceKm(
      haversineKm(
        { lat: lormes!.latitude, lon: lormes!.longitude },
        { lat: corbigny!.latitude, lon: corbigny!.longitude },
      ),
    );
    expect(km).toBeCloseTo(13.6, 1);
    const car = footprint.lines.find((l) => l.mode === 'car-combustion')!;
    expect(car).toMatchObject({ from: 'Lormes', distanceKm: km });
    // 10 expected singers, rural split without walking or bike at 13.6 km: 9.41 by car, 2 per car.
    expect(car.co2eKg).toBeCloseTo(((10 * 0.8) / 0.85 / 2) * 2 * km * CAR, 6);
    expect(footprint.summary.beneficiaries).toEqual({
      uniqueParticipants: 0,
      headcounts: 10,
      total: 10,
    });
  });

  it("adds the project's van to concerts, and a session's own van km win", async () => {
    const project = await make.project();
    const venue = await make.venue('Halle', VENUE_COMMUNE, { lat: 49, lon: 5 });
    const concert = await make.session({
      projectId: project.id,
      venueId: venue.id,
      kind: 'concert',
      startsAt: '2026-05-09T18:00:00Z',
    });
    const workshop = await make.session({
      projectId: project.id,
      venueId: venue.id,
      startsAt: '2026-05-07T09:00:00Z',
    });
    const base = `/api/orgs/${org.id}`;
    const set = await org.members.coordinator.patch(
      `${base}/projects/${project.id}/carbon/settings`,
      { vanKmPerSession: 60 },
    );
    expect(set.body).toMatchObject({
      vanKmPerSession: 60,
      vanSessionKinds: ['concert'],
      groupMode: 'coach',
    });
    // 60 van-km × 0.32463 = 19.478 kg for the concert; none for the workshop.
    expect((await footprintOf(concert.id)).summary.bySource.equipment).toBeCloseTo(60 * VAN, 9);
    expect((await footprintOf(workshop.id)).summary.bySource.equipment).toBe(0);
    await org.members.coordinator.patch(`${base}/sessions/${concert.id}/carbon/settings`, {
      vanKm: 25,
    });
    expect((await footprintOf(concert.id)).summary.bySource.equipment).toBeCloseTo(25 * VAN, 9);
    const viewer = await org.members.viewer.patch(
      `${base}/sessions/${concert.id}/carbon/settings`,
      { vanKm: 0 },
    );
    expect(viewer.status).toBe(403);
  });
  it('says when a group listed one by one has nobody listed yet, and counts no one', async () => {
    const project = await make.project();
    const venue = await make.venue('Préau', VENUE_COMMUNE, { lat: 49, lon: 5 });
    const empty = await make.group({ name: 'CE1 sans liste', kind: 'class' });
    const session = await make.session({
      projectId: project.id,
      venueId: venue.id,
      startsAt: '2026-05-12T09:00:00Z',
      groupIds: [empty.id],
    });
    const footprint = await footprintOf(session.id);
    expect(footprint.notes).toContainEqual({
      code: 'group-nobody-listed',
      params: { group: 'CE1 sans liste', times: 1 },
    });
    expect(footprint.summary.beneficiaries.total).toBe(0);
    expect(footprint.summary.perBeneficiaryCo2eKg).toBeNull();
  });
});

describe('footprint of an artist’s day and of a project', () => {
  it('chains home → venue A → venue B → home when an artist has two sessions on one day', async () => {
    const project = await make.project();
    const a = await make.venue(
      'École de Sorcy',
      { code: '55010', name: 'Sorcy' },
      { lat: 49.3, lon: 5 },
    );
    const b = await make.venue(
      'Foyer de Void',
      { code: '55011', name: 'Void' },
      { lat: 49.1, lon: 5 },
    );
    const dan = await make.artist('Dan', { code: '55012', name: 'Commercy', lat: 49.5, lon: 5 });
    const morning = await make.session({
      projectId: project.id,
      venueId: a.id,
      startsAt: '2026-03-10T08:00:00Z',
      artistIds: [dan.id],
    });
    const afternoon = await make.session({
      projectId: project.id,
      venueId: b.id,
      startsAt: '2026-03-10T13:00:00Z',
      artistIds: [dan.id],
    });
    const day = await org.members.coordinator.get(
      `/api/orgs/${org.id}/artists/${dan.id}/carbon/days/2026-03-10`,
    );
    expect(day.status).toBe(200);
    const { lines, summary } = day.body as ArtistDayFootprint;
    // Legs: home → A 0.2° (28.911 km), A → B 0.2° (28.911 km), B → home 0.4° (57.821 km).
    expect(lines.map((l) => [l.from, l.to, l.sessionId])).toEqual([
      ['Commercy', 'École de Sorcy', morning.id],
      ['École de Sorcy', 'Foyer de Void', afternoon.id],
      ['Foyer de Void', 'Commercy', afternoon.id],
    ]);
    // 115.643 km × 0.14225 = 16.450 kg, against 2 × 57.821 + 2 × 28.911 = 173.46 km in two round trips.
    expect(summary.totalCo2eKg).toBeCloseTo(meridianRoadKm(0.8) * CAR, 6);
    expect(lines[0]!.notes).toContainEqual({ code: 'chained-day', params: { sessions: 2 } });

    const response = await org.members.viewer.get(
      `/api/orgs/${org.id}/projects/${project.id}/carbon`,
    );
    const footprint = response.body as ProjectFootprint;
    expect(footprint.sessions.map((s) => s.summary.totalCo2eKg)).toEqual([
      expect.closeTo(meridianRoadKm(0.2) * CAR, 6),
      expect.closeTo(meridianRoadKm(0.6) * CAR, 6),
    ]);
    expect(footprint.summary.totalCo2eKg).toBeCloseTo(summary.totalCo2eKg, 9);
  });

  it('sums the organisation’s year by month and project, every month present', async () => {
    const response = await org.members.viewer.get(`/api/orgs/${org.id}/carbon/footprint?year=2026`);
    expect(response.status).toBe(200);
    const year = response.body as {
      byMonth: { key: string; totalCo2eKg: number }[];
      summary: { totalCo2eKg: number };
    };
    expect(year.byMonth.map((m) => m.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    const sum = year.byMonth.reduce((total, m) => total + m.totalCo2eKg, 0);
    expect(sum).toBeCloseTo(year.summary.totalCo2eKg, 9);
    const march = await org.members.viewer.get(
      `/api/orgs/${org.id}/carbon/footprint?year=2026&month=3`,
    );
    expect((march.body as { byMonth: unknown[] }).byMonth).toHaveLength(1);
  });

  it('is refused to artists and relays with 403, and answers 404 for an unknown project', async () => {
    const forbidden = await org.members.artist.get(`/api/orgs/${org.id}/carbon/footprint`);
    expect(forbidden.status).toBe(403);
    const missing = await org.members.viewer.get(
      `/api/orgs/${org.id}/projects/00000000-0000-4000-8000-000000000000/carbon`,
    );
    expect(missing).toMatchObject({
      status: 404,
      body: { error: { code: 'CARBON.PROJECT_NOT_FOUND' } },
    });
  });
});
