// Journey templates: ordered steps with spacing, edits, archiving, and deletion only when unused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup, buildProject } from '../../testing/programme-rows';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist']);
});
afterAll(() => t.close());

const url = () => `/api/orgs/${org.id}/journey-templates`;

const singing = {
  name: 'Parcours chant',
  description: 'Six ateliers, un concert, puis une séance en ligne pour garder le lien',
  steps: [
    ...Array.from({ length: 6 }, (_, i) => ({
      kind: 'workshop_singing',
      title: `Atelier chant ${i + 1}`,
      durationMin: 90,
      spacingDays: 7,
    })),
    { kind: 'concert', title: 'Concert de fin de parcours', durationMin: 75, spacingDays: 10 },
    { kind: 'online', title: 'Séance en ligne', durationMin: 60, spacingDays: 30 },
  ],
};

describe('journey templates', () => {
  it('stores the steps in order, the first without spacing, and answers the span', async () => {
    const response = await org.members.coordinator.post(url(), singing);
    expect(response.status).toBe(201);
    const template = response.body as {
      steps: { position: number; kind: string; spacingDays: number }[];
      spanDays: number;
    };
    expect(template.steps.map((s) => [s.position, s.kind, s.spacingDays])).toEqual([
      [1, 'workshop_singing', 0],
      [2, 'workshop_singing', 7],
      [3, 'workshop_singing', 7],
      [4, 'workshop_singing', 7],
      [5, 'workshop_singing', 7],
      [6, 'workshop_singing', 7],
      [7, 'concert', 10],
      [8, 'online', 30],
    ]);
    expect(template.spanDays).toBe(75);
  });

  it('refuses a template without steps or with a negative spacing, naming the field', async () => {
    const empty = await org.members.coordinator.post(url(), { name: 'Vide', steps: [] });
    expect(empty.body).toMatchObject({ error: { fields: [{ path: 'body.steps' }] } });
    const negative = await org.members.coordinator.post(url(), {
      name: 'À rebours',
      steps: [{ kind: 'concert', durationMin: 60, spacingDays: -1 }],
    });
    expect(negative.body).toMatchObject({
      error: { fields: [{ path: 'body.steps.0.spacingDays' }] },
    });
  });

  it('archives a template a journey came from instead of deleting it', async () => {
    const created = await org.members.coordinator.post(url(), singing);
    const id = (created.body as { id: string }).id;
    const project = await buildProject(t, org.id);
    const group = await buildGroup(t, org.id);
    await org.members.coordinator.post(`/api/orgs/${org.id}/journeys`, {
      projectId: project.id,
      templateId: id,
      groupId: group.id,
      startsOn: '2028-01-10',
      startTime: '17:00',
    });
    const refused = await org.members.coordinator.delete(`${url()}/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'JOURNEY_TEMPLATE.IN_USE', details: { dependents: { journeys: 1 } } },
    });
    const archived = await org.members.coordinator.patch(`${url()}/${id}`, { archived: true });
    expect(archived.body).toMatchObject({ archived: true, journeyCount: 1 });
    const active = await org.members.coordinator.get(url());
    expect((active.body as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(id);
    const all = await org.members.coordinator.get(`${url()}?includeArchived=true`);
    expect((all.body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(id);
  });

  it('replaces the steps on edit and deletes an unused template', async () => {
    const created = await org.members.coordinator.post(url(), singing);
    const id = (created.body as { id: string }).id;
    const edited = await org.members.coordinator.patch(`${url()}/${id}`, {
      steps: [
        { kind: 'workshop_percussion', durationMin: 60, spacingDays: 0 },
        { kind: 'concert', durationMin: 60, spacingDays: 14 },
      ],
    });
    expect((edited.body as { steps: unknown[]; spanDays: number }).spanDays).toBe(14);
    expect((await org.members.coordinator.delete(`${url()}/${id}`)).status).toBe(204);
  });

  it('lets artists read templates but not write them', async () => {
    expect((await org.members.artist.get(url())).status).toBe(200);
    expect((await org.members.artist.post(url(), singing)).status).toBe(403);
  });
});
