// Networks: membership accepted by both sides, network roles, a dashboard of suppressed figures
// with no personal data, and a common agenda with stable ids.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNetwork, seedNetworkResources } from '../../testing/network-fixtures';
import { buildProject, buildVenue } from '../../testing/programme-rows';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { NETWORK_FIGURES_JOB } from './figures.jobs';

let t: TestApp;
type Org = Awaited<ReturnType<typeof buildOrganisation>>;
let centre: Org;
let partner: Org;
let stranger: Org;
let networkId: string;

async function publicSession(org: Org, title: string) {
  const project = await buildProject(t, org.id);
  const venue = await buildVenue(t, org.id, { stepFreeAccess: true });
  const created = await org.members.admin.post(`/api/orgs/${org.id}/sessions`, {
    projectId: project.id,
    kind: 'concert',
    title,
    venueId: venue.id,
    startsAtLocal: '2099-06-21T20:30',
    durationMin: 90,
  });
  expect(created.status).toBe(201);
  const id = (created.body as { id: string }).id;
  const url = `/api/orgs/${org.id}/sessions/${id}/publication`;
  expect((await org.members.admin.request('PUT', url, { isPublic: true })).status).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  centre = await buildOrganisation(t, ['admin', 'coordinator', 'viewer'], 'Centre de ressources');
  partner = await buildOrganisation(t, ['admin', 'coordinator', 'relay'], 'Musique Liège');
  stranger = await buildOrganisation(t, ['admin'], 'Hors réseau');
  networkId = (await seedNetworkResources(centre)).networkId;
  await linkNetwork(t, centre, partner, networkId, 'BE');
});
afterAll(() => t.close());

describe('membership', () => {
  it('makes a member only once both sides accepted, and lists it to the organisation', async () => {
    const network = await centre.members.admin.get(`/api/networks/${networkId}`);
    expect(network.status).toBe(200);
    const members = (
      network.body as { members: { name: string; status: string; country: string }[] }
    ).members;
    expect(members.map((m) => [m.name, m.status, m.country])).toEqual([
      ['Centre de ressources', 'active', 'FR'],
      ['Musique Liège', 'active', 'BE'],
    ]);
    const own = await partner.members.admin.get(`/api/orgs/${partner.id}/networks`);
    expect(own.body).toMatchObject([
      { id: networkId, status: 'active', myRole: 'member', members: 2 },
    ]);
  });

  it('keeps an invited organisation out until its admin accepts', async () => {
    await stranger.members.admin.request('PUT', `/api/orgs/${stranger.id}/public-profile`, {
      published: true,
      slug: 'hors-reseau',
      description: null,
      region: null,
    });
    const invited = await centre.members.admin.post(`/api/networks/${networkId}/invitations`, {
      orgSlug: 'hors-reseau',
    });
    expect(invited.body).toMatchObject({ status: 'invited' });
    expect((await stranger.members.admin.get(`/api/networks/${networkId}`)).status).toBe(404);
    const byViewer = await stranger.members.admin.post(
      `/api/orgs/${stranger.id}/networks/${networkId}/accept`,
      { country: 'LU', languages: ['fr', 'lb'] },
    );
    expect(byViewer.body).toMatchObject({ status: 'active' });
    expect((await stranger.members.admin.get(`/api/networks/${networkId}`)).status).toBe(200);
    await stranger.members.admin.post(`/api/orgs/${stranger.id}/networks/${networkId}/leave`);
    expect((await stranger.members.admin.get(`/api/networks/${networkId}`)).status).toBe(404);
  });

  it('answers 404 on network routes to anyone without a network role, 403 to a member on coordinators’ routes', async () => {
    for (const client of [stranger.members.admin, centre.members.viewer, partner.members.relay]) {
      for (const path of ['', '/dashboard', '/agenda', '/white-zones']) {
        expect((await client.get(`/api/networks/${networkId}${path}`)).status).toBe(404);
      }
    }
    const asMember = await partner.members.admin.post(`/api/networks/${networkId}/invitations`, {
      orgSlug: 'hors-reseau',
    });
    expect(asMember.status).toBe(403);
  });

  it('refuses a network slug taken, naming the field', async () => {
    const response = await partner.members.admin.post(`/api/orgs/${partner.id}/networks`, {
      name: 'Copie',
      slug: `reseau-${centre.id.slice(0, 8)}`,
      country: 'BE',
      languages: ['fr'],
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { fields: [{ path: 'body.slug' }] } });
  });
});

describe('dashboard', () => {
  it('shows members side by side, "not reported" before figures are computed, and no personal data', async () => {
    const before = await centre.members.admin.get(`/api/networks/${networkId}/dashboard`);
    expect(before.status).toBe(200);
    const members = (before.body as { members: { beneficiaries: unknown }[] }).members;
    expect(
      members.every((m) => JSON.stringify(m.beneficiaries) === '{"state":"not-reported"}'),
    ).toBe(true);
    const refreshed = await centre.members.admin.post(`/api/networks/${networkId}/figures/refresh`);
    expect(refreshed.body).toEqual({ refreshed: 2 });
    const after = await centre.members.admin.get(`/api/networks/${networkId}/dashboard`);
    const body = after.body as {
      members: { sessions: unknown; continuationRate: unknown }[];
      totals: { sessions: { reportedBy: number } };
    };
    expect(body.members[0]!.sessions).toEqual({ state: 'reported', value: 0 });
    expect(body.members[0]!.continuationRate).toEqual({ state: 'not-reported' });
    expect(body.totals.sessions.reportedBy).toBe(2);
    expect(JSON.stringify(after.body)).not.toMatch(/@|displayName|participant/i);
  });

  it('refreshes every active member’s figures as a scheduled job, and says when', async () => {
    const before = (await centre.members.admin.get(`/api/networks/${networkId}/dashboard`))
      .body as { refreshedAt: string | null };
    // The partner's figures are gone (as for a member that never computed them): the job brings them back.
    await t.database.db
      .delete(schema.organisationFigures)
      .where(eq(schema.organisationFigures.orgId, partner.id));
    const jobId = await t.jobs.send(NETWORK_FIGURES_JOB, {});
    const deadline = Date.now() + 30_000;
    let state: string | undefined;
    while (Date.now() < deadline) {
      state = (await t.jobs.getJob(NETWORK_FIGURES_JOB, jobId!))?.state;
      if (state === 'completed' || state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(state).toBe('completed');
    const after = (await centre.members.admin.get(`/api/networks/${networkId}/dashboard`)).body as {
      refreshedAt: string;
      members: { name: string; sessions: unknown; computedAt: string }[];
    };
    expect(after.refreshedAt > (before.refreshedAt ?? '')).toBe(true);
    const liege = after.members.find((m) => m.name === 'Musique Liège')!;
    expect(liege.sessions).toEqual({ state: 'reported', value: 0 });
    expect(liege.computedAt > (before.refreshedAt ?? '')).toBe(true);
    // An organisation that left no network it is active in is not computed.
    const strangers = await t.database.db
      .select()
      .from(schema.organisationFigures)
      .where(eq(schema.organisationFigures.orgId, stranger.id));
    expect(strangers).toEqual([]);
  });

  it('shows as white zones the municipalities of the members’ departments that none reaches', async () => {
    // As a refresh stores them: the partner held sessions in Nevers and in Liège.
    await t.database.db
      .update(schema.organisationFigures)
      .set({
        communes: [
          { code: '58194', name: 'Nevers', latitude: 46.99, longitude: 3.16 },
          { code: 'BE-62063', name: 'Liège', latitude: 50.63, longitude: 5.57 },
        ],
      })
      .where(eq(schema.organisationFigures.orgId, partner.id));
    const response = await partner.members.admin.get(`/api/networks/${networkId}/white-zones`);
    expect(response.status).toBe(200);
    const body = response.body as {
      areas: { country: string; code: string; name: string }[];
      counts: { areaCommunes: number; reached: number; white: number; whitePopulation: number };
      zones: { code: string; name: string; population: number }[];
      figuresAt: string | null;
      sources: string[];
    };
    expect(body.areas).toContainEqual({ country: 'FR', code: '58', name: 'Nièvre' });
    expect(body.areas).toContainEqual({ country: 'BE', code: 'WLG', name: 'Liège' });
    expect(body.areas).toHaveLength(2);
    expect(body.counts.reached).toBe(2);
    expect(body.counts.white).toBe(body.counts.areaCommunes - 2);
    const codes = new Set(body.zones.map((z) => z.code));
    expect(codes.has('58194')).toBe(false);
    expect(codes.has('58079')).toBe(true); // Clamecy, in Nièvre, reached by nobody
    expect(codes.has('BE-62063')).toBe(false);
    // Nothing outside the members' departments and provinces (Paris is no white zone here).
    expect(codes.has('75056')).toBe(false);
    expect(body.zones[0]!.population).toBeGreaterThanOrEqual(body.zones.at(-1)!.population);
    expect(body.figuresAt).not.toBeNull();
    expect(body.sources.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.zones)).not.toMatch(/@|displayName|participant/i);
  });

  it('lets only a coordinator refresh the figures', async () => {
    const response = await partner.members.admin.post(`/api/networks/${networkId}/figures/refresh`);
    expect(response.status).toBe(403);
  });
});

describe('agenda', () => {
  it('publishes a public session with a stable id, updated in place when published again', async () => {
    const sessionId = await publicSession(partner, 'Concert à Liège');
    const url = `/api/orgs/${partner.id}/networks/${networkId}/events/${sessionId}`;
    const body = { category: 'concert', audiences: ['families'], accessibility: ['wheelchair'] };
    const first = await partner.members.coordinator.request('PUT', url, body);
    expect(first.status).toBe(200);
    const again = await partner.members.coordinator.request('PUT', url, {
      ...body,
      audiences: ['everyone'],
    });
    const [a, b] = [first.body, again.body] as { id: string; sequence: number }[];
    expect(b!.id).toBe(a!.id);
    expect(b!.sequence).toBe(a!.sequence + 1);
    const agenda = await centre.members.coordinator.get(`/api/networks/${networkId}/agenda`);
    expect(agenda.status).toBe(404);
    const asCoordinator = await centre.members.admin.get(`/api/networks/${networkId}/agenda`);
    expect(asCoordinator.body).toMatchObject({
      total: 1,
      items: [{ id: a!.id, title: 'Concert à Liège', orgName: 'Musique Liège', country: 'BE' }],
    });
  });

  it('refuses a session that is not published, naming it', async () => {
    const project = await buildProject(t, partner.id);
    const created = await partner.members.admin.post(`/api/orgs/${partner.id}/sessions`, {
      projectId: project.id,
      kind: 'concert',
      startsAtLocal: '2099-07-01T20:30',
      durationMin: 60,
    });
    const id = (created.body as { id: string }).id;
    const response = await partner.members.admin.request(
      'PUT',
      `/api/orgs/${partner.id}/networks/${networkId}/events/${id}`,
      { category: 'concert', audiences: ['everyone'] },
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { fields: [{ path: 'params.sessionId' }] } });
  });
});

describe('public page and feeds', () => {
  it('serves the network page under its home, with the agenda as JSON-LD, feeds and a sitemap entry', async () => {
    await centre.members.admin.request('PUT', `/api/orgs/${centre.id}/public-profile`, {
      published: true,
      slug: 'centre-ressources',
      description: null,
      region: null,
    });
    const slug = `reseau-${centre.id.slice(0, 8)}`;
    const path = `/p/centre-ressources/reseau/${slug}`;
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Concert à Liège');
    expect(page.body).toContain('"@type":"MusicEvent"');
    expect(page.body).toContain('Accessible en fauteuil');
    expect(page.body).not.toMatch(/@example\.test/);
    const sitemap = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(sitemap.body).toContain(`<loc>http://tutti.test${path}</loc>`);
    const ics = await t.app.inject({ method: 'GET', url: `${path}/agenda.ics` });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toMatch(/UID:[0-9a-f-]{36}@tutti/);
    expect(ics.body).toContain('SEQUENCE:1');
    const openAgenda = await t.app.inject({
      method: 'GET',
      url: `${path}/openagenda.json?lang=en`,
    });
    expect(openAgenda.json()).toMatchObject({
      total: 1,
      events: [{ title: { en: 'Concert à Liège' }, status: 1, accessibility: { mi: true } }],
    });
    // In English and German too: from the switch (?lang=) or the browser's Accept-Language,
    // each language an alternate of the sitemap entry.
    const german = await t.app.inject({ method: 'GET', url: `${path}?lang=de` });
    expect(german.body).toContain('<html lang="de"');
    expect(german.body).toContain('Gemeinsamer Kalender');
    const english = await t.app.inject({
      method: 'GET',
      url: path,
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(english.body).toContain('<html lang="en"');
    expect(english.body).toContain('Common agenda');
    for (const lang of ['fr', 'en', 'de']) {
      expect(sitemap.body).toContain(
        `hreflang="${lang}" href="http://tutti.test${path}?lang=${lang}"`,
      );
    }
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/p/centre-ressources/reseau/nope-nope',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('shows a withdrawn event no more (the cached page follows the network)', async () => {
    const path = `/p/centre-ressources/reseau/reseau-${centre.id.slice(0, 8)}`;
    const own = await partner.members.admin.get(
      `/api/orgs/${partner.id}/networks/${networkId}/events`,
    );
    const [event] = (own.body as { items: { sessionId: string }[] }).items;
    const url = `/api/orgs/${partner.id}/networks/${networkId}/events/${event!.sessionId}`;
    expect((await partner.members.admin.request('DELETE', url)).status).toBe(204);
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.body).not.toContain('Concert à Liège');
  });

  it('publishes members’ news signed by their organisation, in the Atom feed', async () => {
    const url = `/api/orgs/${partner.id}/networks/${networkId}/news`;
    const posted = await partner.members.coordinator.post(url, {
      title: 'Nouvelle chorale à Verviers',
      body: 'Les répétitions commencent en janvier.',
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ orgName: 'Musique Liège' });
    expect(JSON.stringify(posted.body)).not.toMatch(/displayName|@/);
    const refused = await partner.members.relay.post(url, { title: 'Relais', body: 'Texte' });
    expect(refused.status).toBe(403);
    const listed = await centre.members.admin.get(`/api/networks/${networkId}/news`);
    expect(listed.body).toMatchObject([{ title: 'Nouvelle chorale à Verviers' }]);
    const path = `/p/centre-ressources/reseau/reseau-${centre.id.slice(0, 8)}/actualites.atom`;
    const atom = await t.app.inject({ method: 'GET', url: path });
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom.body).toMatch(/<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
    expect(atom.body).toContain('<name>Musique Liège</name>');
  });
});
