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

const camille = {
  displayName: 'Camille Roussel',
  email: 'camille.roussel@example.test',
  instruments: ['violoncelle', 'chant'],
  skills: ['workshop_singing', 'workshop_early_years', 'concert'],
  homeCommuneCode: '58086',
  homeCommuneName: 'Cosne-Cours-sur-Loire',
  latitude: 47.4113,
  longitude: 2.9253,
  transportMode: 'train',
  maxTravelKmPerDay: 150,
  availability: [
    { weekday: 2, startsAt: '09:00', endsAt: '17:00' },
    { weekday: 4, startsAt: '09:00', endsAt: '17:00' },
  ],
  unavailability: [{ startsOn: '2025-10-27', endsOn: '2025-10-31', reason: 'Tournée' }],
};

async function createArtist(body: Record<string, unknown>) {
  const response = await org.members.coordinator.post(`/api/orgs/${org.id}/artists`, body);
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

describe('artists', () => {
  it('creates an artist with instruments, skills, home, transport and availability, and reads it back', async () => {
    const artist = await createArtist(camille);
    const detail = await org.members.coordinator.get(`/api/orgs/${org.id}/artists/${artist.id}`);
    expect(detail.body).toEqual({
      ...camille,
      id: artist.id,
      userId: null,
      user: null,
      archivedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it('answers 400 naming a wrong skill, transport mode, travel limit and unavailable dates', async () => {
    const response = await org.members.coordinator.post(`/api/orgs/${org.id}/artists`, {
      displayName: 'Hugo',
      skills: ['juggling'],
      transportMode: 'helicopter',
      maxTravelKmPerDay: -5,
      unavailability: [{ startsOn: '2025-11-10', endsOn: '2025-11-01' }],
    });
    expect(response.status).toBe(400);
    const paths = (response.body as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths.sort()).toEqual(
      [
        'body.maxTravelKmPerDay',
        'body.skills.0',
        'body.transportMode',
        'body.unavailability.0.endsOn',
      ].sort(),
    );
  });

  it('links the account of an artist member, who then reads their own record and no other', async () => {
    const mine = await createArtist({
      displayName: 'Sophie Laurent',
      userId: org.members.artist.userId,
    });
    const other = await createArtist({ displayName: 'Thomas Girard' });
    const ownDetail = await org.members.artist.get(`/api/orgs/${org.id}/artists/${mine.id}`);
    expect(ownDetail.status).toBe(200);
    expect(ownDetail.body).toMatchObject({ user: { id: org.members.artist.userId } });
    const list = await org.members.artist.get(`/api/orgs/${org.id}/artists`);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: mine.id }] });
    const refused = await org.members.artist.get(`/api/orgs/${org.id}/artists/${other.id}`);
    expect(refused.status).toBe(403);
    expect(
      (
        await org.members.artist.patch(`/api/orgs/${org.id}/artists/${mine.id}`, {
          displayName: 'Moi',
        })
      ).status,
    ).toBe(403);
  });

  it('refuses to link an account that is not an artist member, or already linked', async () => {
    const notArtist = await org.members.coordinator.post(`/api/orgs/${org.id}/artists`, {
      displayName: 'Relais',
      userId: org.members.relay.userId,
    });
    expect(notArtist.status).toBe(400);
    expect(notArtist.body).toMatchObject({
      error: {
        code: 'ARTIST.USER_NOT_ARTIST',
        fields: [{ path: 'body.userId', message: 'This member is relay' }],
      },
    });
    const artistMember = await buildOrganisation(t, ['artist']);
    const stranger = await org.members.coordinator.post(`/api/orgs/${org.id}/artists`, {
      displayName: 'Inconnu',
      userId: artistMember.members.artist.userId,
    });
    expect(stranger.body).toMatchObject({ error: { fields: [{ message: 'Not a member' }] } });
    const twice = await org.members.coordinator.post(`/api/orgs/${org.id}/artists`, {
      displayName: 'Doublon',
      userId: org.members.artist.userId,
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { code: 'ARTIST.USER_ALREADY_LINKED' } });
  });

  it('lets viewers read artists without e-mail, and keeps relays out', async () => {
    const artist = await createArtist({ displayName: 'Inès Morel', email: 'ines@example.test' });
    const detail = await org.members.viewer.get(`/api/orgs/${org.id}/artists/${artist.id}`);
    expect(detail.body).toMatchObject({ displayName: 'Inès Morel', email: null });
    const list = await org.members.viewer.get(`/api/orgs/${org.id}/artists?q=ines`);
    expect(list.body).toMatchObject({ items: [{ displayName: 'Inès Morel', email: null }] });
    expect(
      (await org.members.viewer.post(`/api/orgs/${org.id}/artists`, { displayName: 'x' })).status,
    ).toBe(403);
    expect((await org.members.relay.get(`/api/orgs/${org.id}/artists`)).status).toBe(403);
  });

  it('searches by name, instrument or home commune, filters by skill, and archives', async () => {
    const own = await buildOrganisation(t, ['coordinator']);
    const client = own.members.coordinator;
    const url = `/api/orgs/${own.id}/artists`;
    for (const [displayName, instruments, skills, homeCommuneName] of [
      ['Aïcha Benali', ['djembé', 'percussions'], ['workshop_percussion'], 'Vitry-sur-Seine'],
      ['Louis Marchand', ['piano'], ['concert', 'workshop_writing'], 'Nevers'],
      ['Élodie Petit', ['chant'], ['workshop_singing', 'workshop_early_years'], 'Clamecy'],
    ] as const) {
      await client.post(url, {
        displayName,
        instruments,
        skills,
        homeCommuneName,
        homeCommuneCode: '58079',
      });
    }
    const names = async (query: string) =>
      (
        (await client.get(`${url}?${query}`)).body as { items: { displayName: string }[] }
      ).items.map((a) => a.displayName);
    expect(await names('q=djembe')).toEqual(['Aïcha Benali']);
    expect(await names('q=elodie')).toEqual(['Élodie Petit']);
    expect(await names('q=nevers')).toEqual(['Louis Marchand']);
    expect(await names('skill=concert')).toEqual(['Louis Marchand']);
    const louis = ((await client.get(`${url}?skill=concert`)).body as { items: { id: string }[] })
      .items[0]!;
    await client.patch(`${url}/${louis.id}`, { archived: true });
    expect(await names('skill=concert')).toEqual([]);
    expect(await names('skill=concert&includeArchived=true')).toEqual(['Louis Marchand']);
  });

  it('deletes an unbooked artist, and refuses one booked on a session with 409 counting it', async () => {
    const free = await createArtist({ displayName: 'Remplaçant' });
    expect(
      (await org.members.coordinator.delete(`/api/orgs/${org.id}/artists/${free.id}`)).status,
    ).toBe(204);
    expect(
      (await org.members.coordinator.get(`/api/orgs/${org.id}/artists/${free.id}`)).status,
    ).toBe(404);

    const booked = await createArtist({ displayName: 'Marion Lefèvre' });
    const db = t.database.db;
    const [project] = await db
      .insert(schema.projects)
      .values({ orgId: org.id, name: 'Chœurs du Nivernais' })
      .returning();
    const [session] = await db
      .insert(schema.sessions)
      .values({
        orgId: org.id,
        projectId: project!.id,
        kind: 'concert',
        startsAt: new Date('2026-05-30T18:00:00Z'),
        endsAt: new Date('2026-05-30T19:30:00Z'),
        timeZone: 'Europe/Paris',
      })
      .returning();
    await db
      .insert(schema.sessionArtists)
      .values({ orgId: org.id, sessionId: session!.id, artistId: booked.id });
    const refused = await org.members.coordinator.delete(
      `/api/orgs/${org.id}/artists/${booked.id}`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'ARTIST.IN_USE', details: { dependents: { sessions: 1 } } },
    });
  });
});
