import type { AccessReport, RankedCommune } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  AREA,
  AS_OF,
  B,
  buildProgramme,
  C,
  importHandCheckedReference,
} from '../../testing/territories-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

// One degree of latitude on the 6,371 km sphere: 111.195 km. B is 0.2° north of A's venue
// (22.239 km), C 0.3° south (33.358 km) and 0.15° north of the concert hall (16.679 km).
let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  await importHandCheckedReference(t);
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'artist']);
  other = await buildOrganisation(t, ['admin'], 'Autre structure');
  await buildProgramme(
    t,
    org.id,
    [
      { key: 'florac', name: 'Salle des fêtes de Florac', communeCode: A, lat: 44.5, lon: 3.5 },
      // No coordinates: placed at its commune's imported centre. No session either: a venue
      // of the organisation still counts as a place where it brings live music.
      { key: 'barre', name: 'Gymnase de Barre', communeCode: C },
    ],
    [
      { venue: 'florac', kind: 'concert', date: '2025-03-15' },
      { venue: 'florac', kind: 'workshop_singing', date: '2025-01-10', status: 'done' },
      { venue: 'florac', kind: 'workshop_percussion', date: '2024-11-05', status: 'planned' },
      // Outside the 12 months ending 30 June 2025: neither live music nor activity.
      { venue: 'florac', kind: 'concert', date: '2024-06-15' },
      { venue: 'florac', kind: 'concert', date: '2025-09-01', status: 'planned' },
      // Cancelled: not counted.
      { venue: 'barre', kind: 'concert', date: '2025-04-01', status: 'cancelled' },
      // Online, no venue: no commune to count it in.
      { venue: null, kind: 'online', date: '2025-02-01' },
    ],
  );
  await buildProgramme(
    t,
    other.id,
    [{ key: 'x', name: 'Salle de l’autre structure', communeCode: C, lat: 44.2, lon: 3.5 }],
    [{ venue: 'x', kind: 'concert', date: '2025-04-01' }],
  );
});
afterAll(() => t.close());

async function report(client = org.members.coordinator, query = `communes=${AREA}&asOf=${AS_OF}`) {
  const response = await client.get(`/api/orgs/${org.id}/territories/access?${query}`);
  expect(response.status).toBe(200);
  return response.body as AccessReport;
}

const byId = (items: RankedCommune[], id: string) => items.find((c) => c.communeId === id)!;

describe('access index of an area', () => {
  it('ranks the hand-checked example with its figures and reasons', async () => {
    const { items, periodStart, asOf } = await report();
    expect({ periodStart, asOf }).toEqual({ periodStart: '2024-07-01', asOf: AS_OF });
    expect(items.map((c) => [c.rank, c.communeId, c.score])).toEqual([
      // 45 × 22.239/30 + 25 (no activity) + 15 × (7−1)/6 + 15 (priority) = 88.36
      [1, B, 88.4],
      // 0 km (the gymnasium) + 25 + 15 × (6−1)/6 + 0 = 37.5
      [2, C, 37.5],
      // 0 km + 25 × (1 − (3 sessions / 2,100 inhabitants × 1,000) / 10) + 15 × 3/6 + 0 = 28.93
      [3, A, 28.9],
    ]);
    expect(byId(items, B)).toMatchObject({
      distanceToLiveMusicKm: 22.24,
      carMinutes: 29,
      nearestLiveMusic: { kind: 'venue', name: 'Salle des fêtes de Florac' },
      activities: 0,
      densityClass: 7,
      priorityArea: true,
      approximateLocation: false,
      coordinatesSource: 'imported',
      points: { distance: 33.36, activities: 25, rurality: 15, priority: 15 },
      possiblePoints: 100,
      unknown: [],
    });
    expect(byId(items, B).reasons.map((r) => r.key)).toEqual([
      'access.reason.distanceToLiveMusic',
      'access.reason.noActivities',
      'access.reason.density.7',
      'access.reason.priorityArea',
    ]);
    expect(byId(items, C)).toMatchObject({
      distanceToLiveMusicKm: 0,
      nearestLiveMusic: { kind: 'venue', name: 'Gymnase de Barre' },
      activities: 0,
    });
    expect(byId(items, A)).toMatchObject({
      distanceToLiveMusicKm: 0,
      activities: 3,
      activitiesPer1000: 1.43,
      points: { distance: 0, activities: 21.43, rurality: 7.5, priority: 0 },
    });
    expect(byId(items, A).reasons[0]).toEqual({
      key: 'access.reason.fewActivities',
      params: { activities: 3, per1000: 1.4, points: 21.4 },
    });
  });

  it('shows venues with their sessions of the window and the live-music facilities on the map', async () => {
    const { venues, facilities, summary, reference, dimensions } = await report();
    expect(venues.map((v) => [v.name, v.sessions, v.concerts, v.liveMusic, v.approximate])).toEqual(
      [
        ['Salle des fêtes de Florac', 3, 1, true, false],
        ['Gymnase de Barre', 0, 0, true, false],
      ],
    );
    expect(facilities.map((f) => [f.name, f.kind])).toEqual([
      ['Salle des Causses', 'concert-hall'],
    ]);
    expect(summary).toMatchObject({
      communes: 3,
      population: 2_500,
      priorityCommunes: 1,
      noLiveMusicWithin30Km: 0,
      communesWithActivities: 1,
      averageScore: 51.6,
      distinctScores: 3,
    });
    // Every component rests on an imported file: nothing is missing.
    expect(dimensions).toMatchObject({
      distance: {
        status: 'present',
        ownPlaces: 2,
        facilities: 1,
        knownCommunes: 3,
        source: {
          year: 2024,
          fileName: 'basilic.csv',
          publisher: 'Ministère de la Culture (DEPS)',
        },
      },
      activities: { status: 'present', source: null, knownCommunes: 3 },
      rurality: { status: 'present', source: { fileName: 'grille_densite_7_niveaux_2024.csv' } },
      priority: { status: 'present', source: { year: 2024 } },
    });
    expect(reference).toEqual({
      facilitiesYear: 2024,
      densityYear: 2024,
      priorityAreasYear: 2024,
      centresYear: 2025,
    });
  });

  it('counts only its own organisation: the other one’s concert changes nothing here, and its own ranking differs', async () => {
    const theirs = await other.members.admin.get(
      `/api/orgs/${other.id}/territories/access?communes=${AREA}&asOf=${AS_OF}`,
    );
    const items = (theirs.body as AccessReport).items;
    // Their concert at C: 0 km, 1 session for 200 inhabitants (12.5 pts), rurality 12.5.
    expect(byId(items, C).score).toBe(25);
    // Florac: their nearest live music is their own hall, 33.4 km away (45 pts).
    expect(byId(items, A).score).toBe(77.5);
    expect((theirs.body as AccessReport).venues.map((v) => v.name)).toEqual([
      'Salle de l’autre structure',
    ]);
    expect(byId((await report()).items, C).score).toBe(37.5);
  });

  it('measures from the facilities alone for an organisation without venues', async () => {
    const empty = await buildOrganisation(t, ['coordinator'], 'Structure sans lieu');
    const response = await empty.members.coordinator.get(
      `/api/orgs/${empty.id}/territories/access?communes=${AREA}&asOf=${AS_OF}`,
    );
    const { items, dimensions } = response.body as AccessReport;
    // C is 0.15° north of the concert hall: 16.679 km, 45 × 16.679/30 + 25 + 12.5 = 62.52
    expect(byId(items, C)).toMatchObject({
      score: 62.5,
      distanceToLiveMusicKm: 16.68,
      nearestLiveMusic: { kind: 'facility', name: 'Salle des Causses' },
    });
    expect(dimensions.distance).toMatchObject({ status: 'present', ownPlaces: 0, facilities: 1 });
  });

  it('defaults to the department of the organisation’s venues and reads the window from asOf', async () => {
    const whole = await report(org.members.coordinator, `asOf=${AS_OF}`);
    expect(whole.area).toMatchObject({ kind: 'department', code: '48', name: 'Lozère (48)' });
    expect(whole.items).toHaveLength(152);
    // Every commune of Lozère has a shape: the map loads that department's file.
    expect(whole.shapeDepartments).toEqual(['48']);
    // The hand-checked import places A, B and C; the shipped boundaries place the rest.
    const sources = new Set(whole.items.map((c) => c.coordinatesSource));
    expect(sources).toEqual(new Set(['official', 'imported']));
    expect(whole.summary.approximateCommunes).toBe(0);
    const later = await report(org.members.coordinator, `communes=${AREA}&asOf=2026-06-30`);
    // A year later the concert of March 2025 is out of the window; September's counts.
    expect(byId(later.items, A).activities).toBe(1);
  });

  it('lets viewers read and refuses artists', async () => {
    expect((await report(org.members.viewer)).items).toHaveLength(3);
    const artist = await org.members.artist.get(`/api/orgs/${org.id}/territories/access`);
    expect(artist.status).toBe(403);
  });

  it('answers 400 naming the parameter for unknown or conflicting areas', async () => {
    for (const [query, path, code] of [
      ['department=99', 'querystring.department', 'TERRITORY.UNKNOWN_AREA'],
      ['region=99', 'querystring.region', 'TERRITORY.UNKNOWN_AREA'],
      ['epci=123456789', 'querystring.epci', 'TERRITORY.UNKNOWN_AREA'],
      [`communes=${A},99999`, 'querystring.communes', 'TERRITORY.UNKNOWN_AREA'],
      ['communes=', 'querystring.communes', 'REQUEST.VALIDATION'],
      ['department=48&region=76', 'querystring.region', 'REQUEST.VALIDATION'],
      ['asOf=2025-02-30', 'querystring.asOf', 'REQUEST.VALIDATION'],
      ['department=4', 'querystring.department', 'REQUEST.VALIDATION'],
    ] as const) {
      const response = await org.members.coordinator.get(
        `/api/orgs/${org.id}/territories/access?${query}`,
      );
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.body).toMatchObject({ error: { code, fields: [{ path }] } });
    }
  });

  it('ranks a cross-border list mixing French and foreign municipalities', async () => {
    const { items, area } = await report(
      org.members.coordinator,
      `communes=57631,DE-10041100,BE-81001,LU-ES04&asOf=${AS_OF}`,
    );
    expect(area?.kind).toBe('communes');
    expect(items.map((c) => c.communeId).sort()).toEqual([
      '57631',
      'BE-81001',
      'DE-10041100',
      'LU-ES04',
    ]);
    // The density grid and the priority areas cover France only: abroad they are unknown, left
    // out of the score, and the area says it knows them for one commune of four.
    const foreign = items.filter((c) => c.communeId !== '57631');
    expect(foreign.every((c) => c.unknown.join() === 'rurality,priority')).toBe(true);
    expect(foreign.every((c) => c.points.rurality === null && c.priorityArea === null)).toBe(true);
    const { dimensions } = await report(
      org.members.coordinator,
      `communes=57631,DE-10041100,BE-81001,LU-ES04&asOf=${AS_OF}`,
    );
    expect(dimensions.priority).toMatchObject({ status: 'partial', knownCommunes: 4 - 3 });
    // Shapes exist for the French commune only (Moselle); the others are drawn as circles.
    expect(
      (await report(org.members.coordinator, `communes=57631,BE-81001&asOf=${AS_OF}`))
        .shapeDepartments,
    ).toEqual(['57']);
  });

  it('lists the departments of a region’s shapes and none for an overseas collectivity', async () => {
    const region = await report(org.members.coordinator, `region=27&asOf=${AS_OF}`);
    expect(region.shapeDepartments).toEqual(['21', '25', '39', '58', '70', '71', '89', '90']);
    const polynesia = await report(org.members.coordinator, `department=987&asOf=${AS_OF}`);
    expect(polynesia.items.length).toBeGreaterThan(0);
    expect(polynesia.shapeDepartments).toEqual([]);
  });
});
