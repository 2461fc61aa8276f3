import type { NearestResult } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  B,
  buildGroup,
  buildProgramme,
  C,
  importHandCheckedReference,
} from '../../testing/territories-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  await importHandCheckedReference(t);
  org = await buildOrganisation(t, ['admin', 'coordinator', 'relay']);
  other = await buildOrganisation(t, ['admin'], 'Autre structure');
  await buildProgramme(
    t,
    org.id,
    [
      { key: 'florac', name: 'Salle des fêtes de Florac', communeCode: A, lat: 44.5, lon: 3.5 },
      { key: 'barre', name: 'Gymnase de Barre', communeCode: C },
    ],
    [],
  );
  await buildGroup(t, org.id, 'CE2 de Palhers', B);
  await buildGroup(t, org.id, 'Chorale de Barre', C);
  await buildProgramme(
    t,
    other.id,
    [{ key: 'x', name: 'Salle voisine', communeCode: A, lat: 44.5, lon: 3.501 }],
    [],
  );
  await buildGroup(t, other.id, 'Groupe voisin', A);
});
afterAll(() => t.close());

async function nearest(query: string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/territories/nearest?${query}`,
  );
  return { status: response.status, body: response.body as NearestResult };
}

describe('nearest venues and groups', () => {
  it('finds the organisation’s venues nearest to a commune, closest first, with travel estimates', async () => {
    const { body } = await nearest(`communeCode=${B}`);
    expect(body.origin).toMatchObject({ kind: 'commune', communeId: B, communeName: 'Palhers' });
    expect(
      body.items.map((i) => [
        i.name,
        i.distanceKm,
        i.roadDistanceKm,
        i.carMinutes,
        i.positionSource,
      ]),
    ).toEqual([
      // 0.2° of latitude = 22.24 km; × 1.3 on the road; at 60 km/h.
      ['Salle des fêtes de Florac', 22.24, 28.9, 29, 'own'],
      // Placed at Barre-des-Cévennes' centre, 0.5° away.
      ['Gymnase de Barre', 55.6, 72.3, 72, 'commune'],
    ]);
  });

  it('finds the groups nearest to a point, placed at their commune, limited in number', async () => {
    const { body } = await nearest('lat=44.25&lon=3.5&kind=group&limit=1');
    expect(body.origin).toMatchObject({ kind: 'point', latitude: 44.25, longitude: 3.5 });
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      kind: 'group',
      name: 'Chorale de Barre',
      communeId: C,
      distanceKm: 5.56,
    });
  });

  it('starts from the centre of the organisation’s venues when no origin is given', async () => {
    const { body } = await nearest('');
    expect(body.origin).toMatchObject({
      kind: 'organisation-centre',
      latitude: 44.35,
      longitude: 3.5,
    });
    expect(body.items.map((i) => i.name).sort()).toEqual([
      'Gymnase de Barre',
      'Salle des fêtes de Florac',
    ]);
  });

  it('never returns another organisation’s venues or groups', async () => {
    const venues = await nearest(`communeCode=${A}&limit=50`);
    const groups = await nearest(`communeCode=${A}&kind=group&limit=50`);
    const names = [...venues.body.items, ...groups.body.items].map((i) => i.name);
    expect(names).not.toContain('Salle voisine');
    expect(names).not.toContain('Groupe voisin');
    const theirs = await other.members.admin.get(
      `/api/orgs/${other.id}/territories/nearest?communeCode=${A}`,
    );
    expect((theirs.body as NearestResult).items.map((i) => i.name)).toEqual(['Salle voisine']);
  });

  it('answers 4xx naming the parameter for a half point, two origins, an unknown commune or kind', async () => {
    for (const [query, status, path] of [
      ['lat=44.5', 400, 'querystring.lon'],
      ['lat=44.5&lon=3.5&communeCode=48061', 400, 'querystring.communeCode'],
      ['lat=91&lon=3.5', 400, 'querystring.lat'],
      ['communeCode=99999', 404, 'querystring.communeCode'],
      ['kind=partner', 400, 'querystring.kind'],
      ['limit=51', 400, 'querystring.limit'],
    ] as const) {
      const response = await nearest(query);
      expect({ query, status: response.status }).toEqual({ query, status });
      expect(response.body).toMatchObject({ error: { fields: [{ path }] } });
    }
  });

  it('is not for relay persons', async () => {
    const response = await org.members.relay.get(`/api/orgs/${org.id}/territories/nearest`);
    expect(response.status).toBe(403);
  });
});
