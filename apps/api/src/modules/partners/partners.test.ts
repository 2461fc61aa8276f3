import { schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'artist']);
});
afterAll(() => t.close());

const mairie = {
  name: 'Mairie de Château-Chinon',
  type: 'municipality',
  addressLine: '2 place Notre-Dame',
  postalCode: '58120',
  communeCode: '58062',
  communeName: 'Château-Chinon (Ville)',
};

async function createPartner(body: Record<string, unknown>) {
  const response = await org.members.coordinator.post(`/api/orgs/${org.id}/partners`, body);
  expect(response.status).toBe(201);
  return response.body as { id: string; name: string };
}

describe('partners', () => {
  it('creates a partner and reads it back with its contacts and agreements', async () => {
    const partner = await createPartner(mairie);
    const base = `/api/orgs/${org.id}/partners/${partner.id}`;
    const contact = await org.members.coordinator.post(`${base}/contacts`, {
      name: 'Martine Perrin',
      jobTitle: 'Adjointe à la culture',
      email: 'M.Perrin@Example.test',
      phone: '03 86 85 00 00',
    });
    expect(contact.status).toBe(201);
    const agreement = await org.members.coordinator.post(`${base}/agreements`, {
      title: 'Convention de partenariat 2025-2026',
      startsOn: '2025-09-01',
      endsOn: '2026-07-04',
      scope: 'Ateliers chant dans les écoles et concert de fin d’année',
    });
    expect(agreement.status).toBe(201);

    const list = await org.members.coordinator.get(`/api/orgs/${org.id}/partners?q=chinon`);
    expect(list.body).toMatchObject({
      total: 1,
      items: [{ id: partner.id, contactsCount: 1, agreementsCount: 1 }],
    });
    const detail = await org.members.coordinator.get(base);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      ...mairie,
      contactsCount: 1,
      agreementsCount: 1,
      archivedAt: null,
      contacts: [
        { name: 'Martine Perrin', email: 'm.perrin@example.test', phone: '03 86 85 00 00' },
      ],
      agreements: [
        { title: 'Convention de partenariat 2025-2026', endsOn: '2026-07-04', document: null },
      ],
      venues: [],
    });
  });

  it('searches by name or commune ignoring accents and case, filters by type, and pages', async () => {
    const own = await buildOrganisation(t, ['coordinator']);
    const client = own.members.coordinator;
    const url = `/api/orgs/${own.id}/partners`;
    for (const [name, type, communeName, communeCode] of [
      ['École maternelle Jean Jaurès', 'nursery_school', 'Clamecy', '58079'],
      ['École primaire Paul Bert', 'primary_school', 'Clamecy', '58079'],
      ['EHPAD Les Tilleuls', 'nursing_home', 'Corbigny', '58083'],
      ['Centre social Balzac', 'social_centre', 'Vitry-sur-Seine', '94081'],
    ] as const) {
      expect((await client.post(url, { name, type, communeName, communeCode })).status).toBe(201);
    }
    const names = async (query: string) =>
      ((await client.get(`${url}?${query}`)).body as { items: { name: string }[] }).items.map(
        (p) => p.name,
      );
    expect(await names('q=ecole')).toEqual([
      'École maternelle Jean Jaurès',
      'École primaire Paul Bert',
    ]);
    expect(await names('q=CLAMECY&type=primary_school')).toEqual(['École primaire Paul Bert']);
    expect(await names('q=vitry')).toEqual(['Centre social Balzac']);
    expect(await names('q=100%25')).toEqual([]);
    expect(await names('')).toEqual([
      'Centre social Balzac',
      'École maternelle Jean Jaurès',
      'École primaire Paul Bert',
      'EHPAD Les Tilleuls',
    ]);
    const page = await client.get(`${url}?limit=2&offset=2`);
    expect(page.body).toMatchObject({
      total: 4,
      items: [{ name: 'École primaire Paul Bert' }, { name: 'EHPAD Les Tilleuls' }],
    });
  });

  it('answers 400 naming each wrong field', async () => {
    const response = await org.members.coordinator.post(`/api/orgs/${org.id}/partners`, {
      name: ' ',
      type: 'bakery',
      communeCode: '5819',
      notes: 'x',
    });
    expect(response.status).toBe(400);
    const paths = (response.body as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths).toEqual(['body.name', 'body.type', 'body.communeCode']);
    const halfCommune = await org.members.coordinator.post(`/api/orgs/${org.id}/partners`, {
      name: 'Mairie',
      type: 'municipality',
      communeCode: '58194',
    });
    expect(halfCommune.body).toMatchObject({
      error: { fields: [{ path: 'body.communeName', message: 'Send with communeCode' }] },
    });

    const partner = await createPartner({ name: 'Conservatoire de Nevers', type: 'conservatory' });
    const base = `/api/orgs/${org.id}/partners/${partner.id}`;
    const contact = await org.members.coordinator.post(`${base}/contacts`, {
      name: 'Jean',
      phone: 'call me',
      email: 'not-an-email',
    });
    expect(contact.body).toMatchObject({ error: { code: 'REQUEST.VALIDATION' } });
    expect(
      (contact.body as { error: { fields: { path: string }[] } }).error.fields
        .map((f) => f.path)
        .sort(),
    ).toEqual(['body.email', 'body.phone']);
    const agreement = await org.members.coordinator.post(`${base}/agreements`, {
      title: 'Convention',
      startsOn: '2025-09-01',
      endsOn: '2025-06-30',
    });
    expect(agreement.body).toMatchObject({ error: { fields: [{ path: 'body.endsOn' }] } });
    const created = await org.members.coordinator.post(`${base}/agreements`, {
      title: 'Convention',
      startsOn: '2025-09-01',
    });
    const agreementId = (created.body as { id: string }).id;
    const moved = await org.members.coordinator.patch(`${base}/agreements/${agreementId}`, {
      endsOn: '2025-01-01',
    });
    expect(moved.status).toBe(400);
    expect(moved.body).toMatchObject({ error: { fields: [{ path: 'body.endsOn' }] } });
  });

  it('lets viewers read lists and details without contact details, and refuses them changes', async () => {
    const partner = await createPartner({
      name: 'Centre social La Passerelle',
      type: 'social_centre',
    });
    const base = `/api/orgs/${org.id}/partners/${partner.id}`;
    await org.members.coordinator.post(`${base}/contacts`, {
      name: 'Leïla Haddad',
      email: 'leila@example.test',
      phone: '01 46 82 00 00',
    });
    const seen = await org.members.viewer.get(base);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      contacts: [{ name: 'Leïla Haddad', email: null, phone: null }],
    });
    expect((await org.members.viewer.get(`/api/orgs/${org.id}/partners`)).status).toBe(200);
    const refused = await org.members.viewer.patch(base, { name: 'Renamed' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'AUTH.FORBIDDEN' } });
    expect((await org.members.viewer.delete(base)).status).toBe(403);
    expect((await org.members.artist.get(`/api/orgs/${org.id}/partners`)).status).toBe(403);
  });

  it('archives a partner: it leaves the list unless includeArchived=true, and comes back', async () => {
    const partner = await createPartner({ name: 'Festival Les Zaccros', type: 'festival' });
    const base = `/api/orgs/${org.id}/partners/${partner.id}`;
    const archived = await org.members.coordinator.patch(base, { archived: true });
    expect(archived.body).toMatchObject({ archivedAt: expect.any(String) });
    const list = async (query = '') =>
      (
        (await org.members.coordinator.get(`/api/orgs/${org.id}/partners?q=zaccros${query}`))
          .body as { items: { id: string }[] }
      ).items.map((p) => p.id);
    expect(await list()).toEqual([]);
    expect(await list('&includeArchived=true')).toEqual([partner.id]);
    await org.members.coordinator.patch(base, { archived: false });
    expect(await list()).toEqual([partner.id]);
  });

  it('deletes an unused partner with its contacts and agreements', async () => {
    const partner = await createPartner({ name: 'IME Les Bruyères', type: 'disability_institute' });
    const base = `/api/orgs/${org.id}/partners/${partner.id}`;
    await org.members.coordinator.post(`${base}/contacts`, { name: 'Directrice' });
    await org.members.coordinator.post(`${base}/agreements`, {
      title: 'Convention',
      startsOn: '2025-01-06',
    });
    expect((await org.members.coordinator.delete(base)).status).toBe(204);
    expect((await org.members.coordinator.get(base)).status).toBe(404);
  });

  it('refuses to delete a partner that a project and a group name, with 409 counting them', async () => {
    const partner = await createPartner({
      name: 'École primaire de Lormes',
      type: 'primary_school',
    });
    const db = t.database.db;
    const [project] = await db
      .insert(schema.projects)
      .values({ orgId: org.id, name: 'Voix du Morvan' })
      .returning();
    await db
      .insert(schema.projectPartners)
      .values({ orgId: org.id, projectId: project!.id, partnerId: partner.id });
    await db
      .insert(schema.groups)
      .values({ orgId: org.id, name: 'CM1-CM2', kind: 'class', partnerId: partner.id });
    const response = await org.members.coordinator.delete(
      `/api/orgs/${org.id}/partners/${partner.id}`,
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: {
        code: 'PARTNER.IN_USE',
        message: 'This partner is used by 1 project, 1 group; archive it instead',
        details: { dependents: { projects: 1, groups: 1 } },
      },
    });
    expect(
      (await org.members.coordinator.get(`/api/orgs/${org.id}/partners/${partner.id}`)).status,
    ).toBe(200);
  });

  it('answers 404 for a contact or agreement of another partner', async () => {
    const first = await createPartner({ name: 'Mairie de Luzy', type: 'municipality' });
    const second = await createPartner({ name: 'Mairie de Decize', type: 'municipality' });
    const contact = await org.members.coordinator.post(
      `/api/orgs/${org.id}/partners/${first.id}/contacts`,
      { name: 'Secrétariat' },
    );
    const contactId = (contact.body as { id: string }).id;
    const wrong = await org.members.coordinator.patch(
      `/api/orgs/${org.id}/partners/${second.id}/contacts/${contactId}`,
      { name: 'Hijack' },
    );
    expect(wrong.status).toBe(404);
    expect(wrong.body).toMatchObject({ error: { code: 'PARTNER.CONTACT_NOT_FOUND' } });
    expect(
      (
        await org.members.coordinator.delete(
          `/api/orgs/${org.id}/partners/${first.id}/contacts/${contactId}`,
        )
      ).status,
    ).toBe(204);
  });
});
