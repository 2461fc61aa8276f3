import { schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'artist', 'relay']);
});
afterAll(() => t.close());

const salleDesFetes = {
  name: 'Salle des fêtes de Lormes',
  kind: 'community_hall',
  addressLine: 'Route d’Avallon',
  postalCode: '58140',
  communeCode: '58145',
  communeName: 'Lormes',
  latitude: 47.2892,
  longitude: 3.8181,
  timeZone: 'Europe/Paris',
  capacity: 180,
  stepFreeAccess: true,
  accessibility: { accessibleToilets: true, hearingLoop: false, notes: 'Rampe côté parking' },
  equipment: ['piano', 'chairs', 'stage'],
  availability: [
    { weekday: 3, startsAt: '14:00', endsAt: '18:00' },
    { weekday: 6, startsAt: '09:00', endsAt: '24:00' },
  ],
  blackouts: [{ startsOn: '2025-12-20', endsOn: '2026-01-04', reason: 'Fêtes de fin d’année' }],
};

async function createVenue(body: Record<string, unknown>) {
  const response = await org.members.coordinator.post(`/api/orgs/${org.id}/venues`, body);
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

describe('venues', () => {
  it('creates a venue with accessibility, equipment, availability and blackouts, and reads it back', async () => {
    const venue = await createVenue(salleDesFetes);
    const detail = await org.members.coordinator.get(`/api/orgs/${org.id}/venues/${venue.id}`);
    expect(detail.body).toEqual({
      ...salleDesFetes,
      id: venue.id,
      partner: null,
      notes: null,
      archivedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it('replaces availability and blackouts when sent, and keeps them otherwise', async () => {
    const venue = await createVenue({
      ...salleDesFetes,
      name: 'Gymnase de Corbigny',
      kind: 'sports_hall',
    });
    const url = `/api/orgs/${org.id}/venues/${venue.id}`;
    const renamed = await org.members.coordinator.patch(url, { capacity: 250 });
    expect(renamed.body).toMatchObject({ capacity: 250, availability: salleDesFetes.availability });
    const replaced = await org.members.coordinator.patch(url, {
      availability: [{ weekday: 2, startsAt: '17:30', endsAt: '21:00' }],
      blackouts: [],
    });
    expect(replaced.body).toMatchObject({
      availability: [{ weekday: 2, startsAt: '17:30', endsAt: '21:00' }],
      blackouts: [],
    });
  });

  it('answers 400 naming a wrong weekday, an end before its start, an unknown zone and equipment', async () => {
    const response = await org.members.coordinator.post(`/api/orgs/${org.id}/venues`, {
      name: 'Église Saint-Martin',
      kind: 'church',
      timeZone: 'Europe/Nowhere',
      equipment: ['organ'],
      capacity: 0,
      availability: [
        { weekday: 0, startsAt: '10:00', endsAt: '12:00' },
        { weekday: 2, startsAt: '18:00', endsAt: '17:00' },
      ],
      blackouts: [{ startsOn: '2025-05-10', endsOn: '2025-05-01' }],
    });
    expect(response.status).toBe(400);
    const paths = (response.body as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths.sort()).toEqual(
      [
        'body.availability.0.weekday',
        'body.availability.1.endsAt',
        'body.blackouts.0.endsOn',
        'body.capacity',
        'body.equipment.0',
        'body.timeZone',
      ].sort(),
    );
    const halfPosition = await org.members.coordinator.post(`/api/orgs/${org.id}/venues`, {
      name: 'Église',
      kind: 'church',
      latitude: 47.1,
    });
    expect(halfPosition.body).toMatchObject({ error: { fields: [{ path: 'body.longitude' }] } });
  });

  it('links a partner of the organisation and refuses one of another organisation', async () => {
    const partner = await org.members.coordinator.post(`/api/orgs/${org.id}/partners`, {
      name: 'Mairie de Lormes',
      type: 'municipality',
    });
    const partnerId = (partner.body as { id: string }).id;
    const venue = await createVenue({
      name: 'Salle du conseil',
      kind: 'community_hall',
      partnerId,
    });
    const detail = await org.members.coordinator.get(`/api/orgs/${org.id}/venues/${venue.id}`);
    expect(detail.body).toMatchObject({ partner: { id: partnerId, name: 'Mairie de Lormes' } });
    const partnerPage = await org.members.coordinator.get(
      `/api/orgs/${org.id}/partners/${partnerId}`,
    );
    expect(partnerPage.body).toMatchObject({
      venues: [{ id: venue.id, name: 'Salle du conseil' }],
    });

    const other = await buildOrganisation(t, ['coordinator']);
    const foreign = await other.members.coordinator.post(`/api/orgs/${other.id}/partners`, {
      name: 'Mairie ailleurs',
      type: 'municipality',
    });
    const refused = await org.members.coordinator.post(`/api/orgs/${org.id}/venues`, {
      name: 'Salle volée',
      kind: 'community_hall',
      partnerId: (foreign.body as { id: string }).id,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { code: 'VENUE.UNKNOWN_PARTNER', fields: [{ path: 'body.partnerId' }] },
    });
  });

  it('lists with search, kind and step-free filters, and hides archived venues unless asked', async () => {
    const own = await buildOrganisation(t, ['coordinator']);
    const client = own.members.coordinator;
    const url = `/api/orgs/${own.id}/venues`;
    for (const [name, kind, communeName, communeCode, stepFreeAccess] of [
      ['Salle des fêtes', 'community_hall', 'Clamecy', '58079', true],
      ['Gymnase Jules Ferry', 'sports_hall', 'Clamecy', '58079', false],
      ['Théâtre municipal', 'theatre', 'Nevers', '58194', true],
    ] as const) {
      await client.post(url, { name, kind, communeName, communeCode, stepFreeAccess });
    }
    const names = async (query: string) =>
      ((await client.get(`${url}?${query}`)).body as { items: { name: string }[] }).items.map(
        (v) => v.name,
      );
    expect(await names('q=clamecy')).toEqual(['Gymnase Jules Ferry', 'Salle des fêtes']);
    expect(await names('q=theatre')).toEqual(['Théâtre municipal']);
    expect(await names('kind=sports_hall')).toEqual(['Gymnase Jules Ferry']);
    expect(await names('stepFreeAccess=true')).toEqual(['Salle des fêtes', 'Théâtre municipal']);
    const gym = ((await client.get(`${url}?kind=sports_hall`)).body as { items: { id: string }[] })
      .items[0]!;
    await client.patch(`${url}/${gym.id}`, { archived: true });
    expect(await names('q=clamecy')).toEqual(['Salle des fêtes']);
    expect(await names('q=clamecy&includeArchived=true')).toEqual([
      'Gymnase Jules Ferry',
      'Salle des fêtes',
    ]);
  });

  it('lets every member read venues but only coordinators and admins change them', async () => {
    const venue = await createVenue({ name: 'École maternelle Pasteur', kind: 'school' });
    const url = `/api/orgs/${org.id}/venues/${venue.id}`;
    for (const role of ['viewer', 'artist', 'relay'] as const) {
      expect((await org.members[role].get(url)).status).toBe(200);
      expect((await org.members[role].patch(url, { capacity: 10 })).status).toBe(403);
      expect(
        (await org.members[role].post(`/api/orgs/${org.id}/venues`, { name: 'x', kind: 'other' }))
          .status,
      ).toBe(403);
    }
    expect((await org.members.admin.patch(url, { capacity: 60 })).status).toBe(200);
  });

  it('deletes an unused venue, and refuses one that sessions use with 409 counting them', async () => {
    const unused = await createVenue({ name: 'Kiosque', kind: 'outdoor' });
    expect(
      (await org.members.coordinator.delete(`/api/orgs/${org.id}/venues/${unused.id}`)).status,
    ).toBe(204);
    expect(
      (await org.members.coordinator.get(`/api/orgs/${org.id}/venues/${unused.id}`)).status,
    ).toBe(404);

    const used = await createVenue({ name: 'Salle polyvalente de Luzy', kind: 'community_hall' });
    const db = t.database.db;
    const [project] = await db
      .insert(schema.projects)
      .values({ orgId: org.id, name: 'Sud Morvan' })
      .returning();
    for (const day of ['2025-10-01', '2025-10-08']) {
      await db.insert(schema.sessions).values({
        orgId: org.id,
        projectId: project!.id,
        kind: 'workshop_singing',
        venueId: used.id,
        startsAt: new Date(`${day}T12:00:00Z`),
        endsAt: new Date(`${day}T13:30:00Z`),
        timeZone: 'Europe/Paris',
      });
    }
    const refused = await org.members.coordinator.delete(`/api/orgs/${org.id}/venues/${used.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'VENUE.IN_USE',
        message: 'This venue is used by 2 sessions; archive it instead',
        details: { dependents: { sessions: 2 } },
      },
    });
    const archived = await org.members.coordinator.patch(`/api/orgs/${org.id}/venues/${used.id}`, {
      archived: true,
    });
    expect(archived.status).toBe(200);
  });
});
