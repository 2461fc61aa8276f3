// The shared library: sharing texts, templates and media; accent-insensitive search; a real copy
// into another organisation (the owner's data untouched, each organisation seeing only its own
// copies); usage counted inside each organisation with people hidden under 5; media held while
// shared; versions; takedown requests decided by the owner or a coordinator.
import { randomUUID } from 'node:crypto';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNetwork, seedNetworkResources } from '../../testing/network-fixtures';
import { seedMediaResource } from '../../testing/organisation-fixtures';
import { addParticipants, buildGroup, buildProject } from '../../testing/programme-rows';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
type Org = Awaited<ReturnType<typeof buildOrganisation>>;
let centre: Org;
let partner: Org;
let stranger: Org;
let networkId: string;
let mediaId: string;

const lib = (org: Org, path = '') => `/api/orgs/${org.id}/networks/${networkId}/library${path}`;
type Entry = {
  id: string;
  version: number;
  status: string;
  mine: boolean;
  owner: { name: string };
  usage: { organisations: number; journeys: number; sessions: number; people: unknown };
  copies: { version: number; target: string; targetId: string }[];
  openTakedowns: number;
  steps: unknown[];
};

const method = {
  kind: 'method',
  title: 'Éveil musical : la boîte à sons',
  summary: 'Une séance d’éveil pour les tout-petits, avec des objets du quotidien.',
  body: 'Chaque enfant choisit un objet sonore. Œuvre commune : on compose ensemble.',
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  audiences: ['early-childhood'],
  tags: ['Éveil', 'percussions'],
};

beforeAll(async () => {
  t = await startTestApp();
  centre = await buildOrganisation(t, ['admin', 'coordinator', 'viewer'], 'Centre de ressources');
  partner = await buildOrganisation(t, ['admin', 'coordinator'], 'Musique Liège');
  stranger = await buildOrganisation(t, ['admin'], 'Hors réseau');
  networkId = (await seedNetworkResources(centre)).networkId;
  await linkNetwork(t, centre, partner, networkId, 'BE');
  mediaId = await seedMediaResource(t, centre);
  await centre.members.admin.post(lib(centre), {
    kind: 'media',
    title: 'Affiche de concert',
    summary: 'Une affiche à reprendre.',
    language: 'fr',
    licence: 'CC-BY-4.0',
    mediaId,
  });
});
afterAll(() => t.close());

async function share(org: Org, body: Record<string, unknown>) {
  const response = await org.members.coordinator!.post(lib(org), body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Entry;
}

describe('sharing and search', () => {
  it('finds an entry whatever the accents and case, and filters by kind, language and tag', async () => {
    const shared = await share(centre, method);
    await share(partner, {
      kind: 'workshop_plan',
      title: 'Probenplan Kinderchor',
      summary: 'Zehn Proben für einen Kinderchor, mit Aufwärmübungen.',
      body: 'Woche 1: Atmung und Stimme. Woche 2: Kanon.',
      language: 'de',
      licence: 'CC-BY-4.0',
      tags: ['Chor'],
    });
    const titles = async (query: string) => {
      const response = await partner.members.admin.get(`${lib(partner)}?${query}`);
      expect(response.status).toBe(200);
      return (response.body as { items: { title: string }[] }).items.map((i) => i.title);
    };
    expect(await titles('q=eveil%20BOITE')).toEqual([method.title]);
    expect(await titles('q=oeuvre')).toEqual([method.title]);
    expect(await titles('q=probenplan')).toEqual(['Probenplan Kinderchor']);
    expect(await titles('language=de')).toEqual(['Probenplan Kinderchor']);
    expect(await titles('kind=method')).toEqual([method.title]);
    expect(await titles('tag=eveil')).toEqual([method.title]);
    expect(await titles('q=nothing-like-this')).toEqual([]);
    expect(shared).toMatchObject({
      version: 1,
      mine: true,
      owner: { name: 'Centre de ressources' },
    });
  });

  it('refuses bad input with 400 naming the field, and unknown templates of another organisation with 404', async () => {
    const noText = await centre.members.admin.post(lib(centre), { ...method, body: null });
    expect(noText.status).toBe(400);
    expect(noText.body).toMatchObject({ error: { fields: [{ path: 'body.body' }] } });
    const badLicence = await centre.members.admin.post(lib(centre), { ...method, licence: 'GPL' });
    expect(badLicence.status).toBe(400);
    const template = await centre.members.admin.post(`/api/orgs/${centre.id}/journey-templates`, {
      name: 'Parcours du centre',
      steps: [{ kind: 'workshop_singing', durationMin: 60, spacingDays: 0 }],
    });
    const foreign = await partner.members.admin.post(lib(partner), {
      ...method,
      kind: 'journey_template',
      templateId: (template.body as { id: string }).id,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ error: { code: 'LIBRARY.UNKNOWN_TEMPLATE' } });
    const viewer = await centre.members.viewer!.post(lib(centre), method);
    expect(viewer.status).toBe(403);
  });

  it('answers 404 to an organisation outside the network, on every library route', async () => {
    const list = await partner.members.admin.get(lib(partner));
    const entryId = (list.body as { items: { id: string }[] }).items[0]!.id;
    const base = `/api/orgs/${stranger.id}/networks/${networkId}/library`;
    const admin = stranger.members.admin;
    expect((await admin.get(base)).status).toBe(404);
    expect((await admin.get(`${base}/${entryId}`)).status).toBe(404);
    expect((await admin.post(`${base}/${entryId}/copy`)).status).toBe(404);
    expect((await admin.post(base, method)).status).toBe(404);
  });
});

describe('copy to my organisation', () => {
  it('copies a journey template with its steps; the owner’s template is untouched, each sees its own copies', async () => {
    const created = await centre.members.admin.post(`/api/orgs/${centre.id}/journey-templates`, {
      name: 'Chorale de quartier',
      description: 'Dix ateliers',
      steps: [
        { kind: 'workshop_singing', title: 'Découverte', durationMin: 90, spacingDays: 0 },
        { kind: 'workshop_singing', title: 'Canon', durationMin: 90, spacingDays: 7 },
        { kind: 'concert', title: 'Restitution', durationMin: 60, spacingDays: 14 },
      ],
    });
    const templateId = (created.body as { id: string }).id;
    const before = await centre.members.admin.get(
      `/api/orgs/${centre.id}/journey-templates/${templateId}`,
    );
    const entry = await share(centre, {
      ...method,
      kind: 'journey_template',
      title: 'Chorale de quartier en dix ateliers',
      body: null,
      templateId,
    });
    expect(entry.steps).toHaveLength(3);
    const copied = await partner.members.coordinator!.post(lib(partner, `/${entry.id}/copy`));
    expect(copied.status).toBe(201);
    const copy = copied.body as { target: string; targetId: string; version: number };
    expect(copy).toMatchObject({ target: 'journey_template', version: 1 });
    const mine = await partner.members.admin.get(
      `/api/orgs/${partner.id}/journey-templates/${copy.targetId}`,
    );
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      name: 'Chorale de quartier en dix ateliers',
      steps: [
        { title: 'Découverte' },
        { title: 'Canon', spacingDays: 7 },
        { title: 'Restitution' },
      ],
    });
    // The copy is the partner's: the centre cannot reach it, its own template did not change.
    const reach = await centre.members.admin.get(
      `/api/orgs/${centre.id}/journey-templates/${copy.targetId}`,
    );
    expect(reach.status).toBe(404);
    const after = await centre.members.admin.get(
      `/api/orgs/${centre.id}/journey-templates/${templateId}`,
    );
    expect(after.body).toEqual(before.body);
    const seenByPartner = await partner.members.admin.get(lib(partner, `/${entry.id}`));
    expect((seenByPartner.body as Entry).copies).toMatchObject([
      { version: 1, targetId: copy.targetId },
    ]);
    const seenByCentre = await centre.members.admin.get(lib(centre, `/${entry.id}`));
    expect((seenByCentre.body as Entry).copies).toEqual([]);
    expect((seenByCentre.body as Entry).usage).toMatchObject({
      organisations: 1,
      journeys: 0,
      people: { state: 'hidden' },
    });
  });

  it('counts usage inside the copying organisation and shows people only from 5 on', async () => {
    const list = await partner.members.admin.get(`${lib(partner)}?kind=journey_template`);
    const entryId = (list.body as { items: { id: string }[] }).items[0]!.id;
    const detail = (await partner.members.admin.get(lib(partner, `/${entryId}`))).body as Entry;
    const templateId = detail.copies[0]!.targetId;
    const project = await buildProject(t, partner.id);
    const group = await buildGroup(t, partner.id);
    await addParticipants(t, partner.id, group.id, 7);
    const people = await t.database.db
      .select({ id: schema.participants.id })
      .from(schema.participants)
      .where(eq(schema.participants.groupId, group.id));
    const [journey] = await t.database.db
      .insert(schema.journeys)
      .values({
        orgId: partner.id,
        projectId: project.id,
        templateId,
        groupId: group.id,
        name: 'Chorale Outremeuse',
        startsOn: '2026-01-05',
      })
      .returning();
    const held = async (day: string, present: number) => {
      const [session] = await t.database.db
        .insert(schema.sessions)
        .values({
          orgId: partner.id,
          projectId: project.id,
          journeyId: journey!.id,
          kind: 'workshop_singing',
          startsAt: new Date(`${day}T17:00:00Z`),
          endsAt: new Date(`${day}T18:30:00Z`),
          timeZone: 'Europe/Brussels',
          status: 'done',
        })
        .returning();
      await t.database.db.insert(schema.attendanceMarks).values(
        people.slice(0, present).map((p) => ({
          orgId: partner.id,
          sessionId: session!.id,
          participantId: p.id,
          status: 'present' as const,
          recordedAt: new Date(`${day}T17:05:00Z`),
          deviceId: 'test',
          opId: randomUUID(),
        })),
      );
    };
    await held('2026-01-05', 3);
    const refresh = () => centre.members.admin.post(`/api/networks/${networkId}/figures/refresh`);
    expect((await refresh()).status).toBe(200);
    const few = (await partner.members.admin.get(lib(partner, `/${entryId}`))).body as Entry;
    expect(few.usage).toEqual({
      organisations: 1,
      journeys: 1,
      sessions: 1,
      people: { state: 'hidden' },
    });
    await held('2026-01-12', 6);
    expect((await refresh()).status).toBe(200);
    const enough = (await centre.members.admin.get(lib(centre, `/${entryId}`))).body as Entry;
    expect(enough.usage).toEqual({
      organisations: 1,
      journeys: 1,
      sessions: 2,
      people: { state: 'reported', value: 6 },
    });
    // No name reaches the library: only counts.
    expect(JSON.stringify(enough)).not.toContain('Enfant');
  });

  it('copies a text into an unpublished resource of the journey spaces, credited to its owner', async () => {
    const list = await partner.members.admin.get(`${lib(partner)}?kind=method`);
    const entryId = (list.body as { items: { id: string }[] }).items[0]!.id;
    const copied = await partner.members.admin.post(lib(partner, `/${entryId}/copy`));
    expect(copied.status).toBe(201);
    const { targetId } = copied.body as { targetId: string };
    const resource = await partner.members.admin.get(
      `/api/orgs/${partner.id}/space-resources/${targetId}`,
    );
    expect(resource.status).toBe(200);
    expect(resource.body).toMatchObject({
      title: method.title,
      source: { type: 'text', text: method.body },
      licence: 'cc_by_sa',
      published: false,
    });
    expect((resource.body as { rightsNote: string }).rightsNote).toContain('Centre de ressources');
  });
});

describe('media and versions', () => {
  it('serves the shared file to members, refuses its deletion while shared, copies its bytes', async () => {
    const list = await partner.members.admin.get(`${lib(partner)}?kind=media`);
    const entry = (list.body as { items: { id: string; file: { fileName: string } }[] }).items[0]!;
    expect(entry.file.fileName).toBe('affiche.png');
    const file = await partner.members.admin.get(lib(partner, `/${entry.id}/file`));
    expect(file.status).toBe(200);
    const original = await centre.members.admin.get(
      `/api/orgs/${centre.id}/media/${mediaId}/content`,
    );
    expect(file.rawBody.equals(original.rawBody)).toBe(true);
    const refused = await centre.members.admin.request(
      'DELETE',
      `/api/orgs/${centre.id}/media/${mediaId}`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'MEDIA.SHARED_IN_LIBRARY' } });
    const copied = await partner.members.admin.post(lib(partner, `/${entry.id}/copy`));
    expect(copied.status).toBe(201);
    const media = await partner.members.admin.get(`/api/orgs/${partner.id}/media`);
    const files = (media.body as { items: { id: string; fileName: string }[] }).items;
    expect(files.map((f) => f.fileName)).toEqual(['affiche.png']);
    expect(files[0]!.id).not.toBe(mediaId);
    const [source] = await t.database.db
      .select()
      .from(schema.files)
      .where(eq(schema.files.id, mediaId));
    expect(source!.orgId).toBe(centre.id);
    // Withdrawn, the file is the centre's alone again and may be deleted.
    const withdrawn = await centre.members.admin.request('DELETE', lib(centre, `/${entry.id}`));
    expect(withdrawn.status).toBe(204);
    const deleted = await centre.members.admin.request(
      'DELETE',
      `/api/orgs/${centre.id}/media/${mediaId}`,
    );
    expect(deleted.status).toBe(204);
    const copyStill = await partner.members.admin.get(
      `/api/orgs/${partner.id}/media/${files[0]!.id}/content`,
    );
    expect(copyStill.status).toBe(200);
  });

  it('raises the version on a change, refuses a change by another member with 403', async () => {
    const list = await centre.members.admin.get(`${lib(centre)}?kind=method`);
    const entryId = (list.body as { items: { id: string }[] }).items[0]!.id;
    const changed = await centre.members.admin.patch(lib(centre, `/${entryId}`), {
      body: 'Version revue : chaque enfant choisit deux objets.',
    });
    expect(changed.status).toBe(200);
    expect((changed.body as Entry).version).toBe(2);
    const same = await centre.members.admin.patch(lib(centre, `/${entryId}`), {
      body: 'Version revue : chaque enfant choisit deux objets.',
    });
    expect((same.body as Entry).version).toBe(2);
    const other = await partner.members.admin.patch(lib(partner, `/${entryId}`), {
      title: 'À nous',
    });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ error: { code: 'LIBRARY.NOT_OWNER' } });
  });
});

describe('takedown requests', () => {
  it('lets the owner or a coordinator uphold a request; the entry leaves the library, copies stay', async () => {
    const list = await partner.members.admin.get(`${lib(partner)}?kind=method`);
    const entryId = (list.body as { items: { id: string }[] }).items[0]!.id;
    const asked = await partner.members.admin.post(lib(partner, `/${entryId}/takedowns`), {
      reason: 'Le texte reprend un chant protégé sans autorisation.',
    });
    expect(asked.status).toBe(201);
    const takedownId = (asked.body as { id: string }).id;
    const owner = await centre.members.admin.get(lib(centre, `/${entryId}`));
    expect((owner.body as Entry).openTakedowns).toBe(1);
    // The partner holds the member role: not its entry, not a coordinator.
    const decide = (org: Org, body: unknown) =>
      org.members.admin.post(
        `/api/networks/${networkId}/library/takedowns/${takedownId}/decision`,
        body,
      );
    expect((await decide(partner, { decision: 'upheld' })).status).toBe(404);
    const partnerList = await partner.members.admin.get(
      `/api/networks/${networkId}/library/takedowns`,
    );
    expect(partnerList.body).toEqual([]);
    const upheld = await decide(centre, { decision: 'upheld', note: 'Retiré' });
    expect(upheld.status).toBe(200);
    expect(upheld.body).toMatchObject({ status: 'upheld', requestedBy: { name: 'Musique Liège' } });
    expect((await decide(centre, { decision: 'dismissed' })).status).toBe(409);
    expect((await partner.members.admin.get(lib(partner, `/${entryId}`))).status).toBe(404);
    expect((await partner.members.admin.post(lib(partner, `/${entryId}/copy`))).status).toBe(404);
    const ownView = await centre.members.admin.get(lib(centre, `/${entryId}`));
    expect((ownView.body as Entry).status).toBe('taken_down');
    const copies = await t.database.db
      .select()
      .from(schema.libraryCopies)
      .where(eq(schema.libraryCopies.entryId, entryId));
    expect(copies.map((c) => c.orgId)).toEqual([partner.id]);
  });
});
