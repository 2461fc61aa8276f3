// Projects: territory, partners, funders, budget totals, status transitions, deletion and roles.
import { schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject } from '../../testing/programme-rows';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let partnerId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  const [partner] = await t.database.db
    .insert(schema.partners)
    .values({ orgId: org.id, name: 'Mairie de Lormes', type: 'municipality' })
    .returning();
  partnerId = partner!.id;
});
afterAll(() => t.close());

const url = () => `/api/orgs/${org.id}/projects`;

const villages = () => ({
  name: 'Villages en musique',
  description: 'Ateliers et concerts de poche dans les villages du Morvan',
  startsOn: '2026-09-01',
  endsOn: '2027-06-30',
  targetPublics: ['rural_residents', 'children', 'seniors'],
  communes: [
    { code: '58145', name: 'Lormes' },
    { code: '58062', name: 'Château-Chinon (Ville)' },
  ],
  partners: [{ partnerId, role: 'Prête la salle des fêtes' }],
  funders: [
    { name: 'DRAC Bourgogne-Franche-Comté', amountCents: 1_500_000 },
    { name: 'Département de la Nièvre', amountCents: 800_000 },
  ],
  budgetLines: [
    {
      kind: 'expense',
      label: 'Cachets des artistes',
      category: 'Artistique',
      amountCents: 1_800_000,
    },
    { kind: 'expense', label: 'Déplacements', amountCents: 420_000 },
    { kind: 'income', label: 'Subvention DRAC', amountCents: 1_500_000 },
    { kind: 'income', label: 'Subvention Département', amountCents: 800_000 },
  ],
});

describe('projects', () => {
  it('creates a project with its territory, partners, funders and budget, and answers the totals', async () => {
    const response = await org.members.coordinator.post(url(), villages());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'Villages en musique',
      status: 'draft',
      communes: [
        { code: '58062', name: 'Château-Chinon (Ville)' },
        { code: '58145', name: 'Lormes' },
      ],
      partners: [{ partnerId, name: 'Mairie de Lormes', role: 'Prête la salle des fêtes' }],
      budgetTotals: {
        expenseCents: 2_220_000,
        incomeCents: 2_300_000,
        balanceCents: 80_000,
        fundersCents: 2_300_000,
      },
      allowedTransitions: ['active', 'archived'],
    });
  });

  it('replaces only the lists given in an update', async () => {
    const created = await org.members.coordinator.post(url(), villages());
    const id = (created.body as { id: string }).id;
    const updated = await org.members.coordinator.patch(`${url()}/${id}`, {
      budgetLines: [{ kind: 'expense', label: 'Location piano', amountCents: 35_000 }],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      budgetLines: [{ label: 'Location piano', amountCents: 35_000 }],
      budgetTotals: { expenseCents: 35_000, incomeCents: 0, balanceCents: -35_000 },
      communes: [{ code: '58062' }, { code: '58145' }],
    });
  });

  it('refuses an unknown partner with 404 naming the field, and writes nothing', async () => {
    const before = await org.members.coordinator.get(url());
    const response = await org.members.coordinator.post(url(), {
      ...villages(),
      name: 'Projet fantôme',
      partners: [{ partnerId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      error: {
        code: 'PROJECT.REFERENCE_NOT_FOUND',
        fields: [{ path: 'body.partners.0.partnerId' }],
      },
    });
    const after = await org.members.coordinator.get(url());
    expect((after.body as { total: number }).total).toBe((before.body as { total: number }).total);
  });

  it('refuses bad input with 400 naming the field: a commune code, an end before the start, a negative amount', async () => {
    const response = await org.members.coordinator.post(url(), {
      ...villages(),
      endsOn: '2026-01-01',
      communes: [{ code: 'Lormes', name: 'Lormes' }],
      funders: [{ name: 'DRAC', amountCents: -5 }],
    });
    expect(response.status).toBe(400);
    const paths = (response.body as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining(['body.communes.0.code', 'body.funders.0.amountCents']),
    );
  });

  it('moves through draft, active, completed and archived, and refuses a jump', async () => {
    const created = await org.members.coordinator.post(url(), villages());
    const id = (created.body as { id: string }).id;
    const jump = await org.members.coordinator.post(`${url()}/${id}/status`, {
      status: 'completed',
    });
    expect(jump.status).toBe(409);
    expect(jump.body).toMatchObject({ error: { code: 'PROJECT.INVALID_TRANSITION' } });
    for (const status of ['active', 'completed', 'archived']) {
      const step = await org.members.coordinator.post(`${url()}/${id}/status`, { status });
      expect((step.body as { status: string }).status).toBe(status);
    }
    const archived = await org.members.coordinator.get(`${url()}?status=archived`);
    expect((archived.body as { items: { id: string }[] }).items.map((p) => p.id)).toContain(id);
  });

  it('refuses deleting a project that has sessions, listing them, and deletes an empty one', async () => {
    const project = await buildProject(t, org.id);
    await t.database.db.insert(schema.sessions).values({
      orgId: org.id,
      projectId: project.id,
      kind: 'concert',
      startsAt: new Date('2027-05-20T18:00:00Z'),
      endsAt: new Date('2027-05-20T19:30:00Z'),
      timeZone: 'Europe/Paris',
    });
    const read = await org.members.coordinator.get(`${url()}/${project.id}`);
    expect(read.body).toMatchObject({ sessionCount: 1, journeyCount: 0 });
    const refused = await org.members.coordinator.delete(`${url()}/${project.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'PROJECT.IN_USE', details: { dependents: { journeys: 0, sessions: 1 } } },
    });
    const empty = await org.members.coordinator.post(url(), { name: 'Essai' });
    const deleted = await org.members.coordinator.delete(
      `${url()}/${(empty.body as { id: string }).id}`,
    );
    expect(deleted.status).toBe(204);
  });

  it('lets artists and viewers read projects but not write them; relays see none', async () => {
    expect((await org.members.artist.get(url())).status).toBe(200);
    expect((await org.members.viewer.get(url())).status).toBe(200);
    expect((await org.members.relay.get(url())).status).toBe(403);
    expect((await org.members.artist.post(url(), villages())).status).toBe(403);
    expect((await org.members.viewer.post(url(), villages())).status).toBe(403);
  });
});
