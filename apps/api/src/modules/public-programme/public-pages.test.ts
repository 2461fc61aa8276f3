// Public pages: publishing and unpublishing, the sitemap, isolation between organisations,
// languages, escaping, and cached pages that follow the data.
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtist, buildProject, buildVenue } from '../../testing/programme-rows';
import { buildOrganisation, clientFor, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
type Org = Awaited<ReturnType<typeof buildOrganisation>>;
let villages: Org;
let other: Org;
const visitor = () => clientFor(t.app);

async function page(url: string, headers: Record<string, string> = {}) {
  const response = await t.app.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, html: response.body, headers: response.headers };
}

async function publish(org: Org, slug: string, extra: Record<string, unknown> = {}) {
  const response = await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
    published: true,
    slug,
    description: 'Des concerts dans les villages du Morvan.',
    region: 'Nièvre',
    ...extra,
  });
  expect(response.status).toBe(200);
  return response.body as { url: string };
}

async function planSession(org: Org, body: Record<string, unknown>) {
  const project = await buildProject(t, org.id);
  const venue = await buildVenue(t, org.id, {
    stepFreeAccess: true,
    accessibility: { hearingLoop: true, notes: 'Entrée par la cour' },
    latitude: 47.2906,
    longitude: 3.9401,
  });
  const response = await org.members.admin.post(`/api/orgs/${org.id}/sessions`, {
    projectId: project.id,
    kind: 'concert',
    venueId: venue.id,
    startsAtLocal: '2099-06-21T20:30',
    durationMin: 90,
    ...body,
  });
  expect(response.status).toBe(201);
  return (response.body as { id: string }).id;
}

async function setPublic(org: Org, sessionId: string, isPublic: boolean) {
  return org.members.admin.request('PUT', `/api/orgs/${org.id}/sessions/${sessionId}/publication`, {
    isPublic,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  villages = await buildOrganisation(t, ['admin', 'coordinator', 'artist'], 'Musique en Villages');
  other = await buildOrganisation(t, ['admin'], 'Autre Ensemble');
});
afterAll(() => t.close());

describe('publishing', () => {
  it('serves nothing for an organisation that has not published, then its page once it has', async () => {
    expect((await page('/p/musique-en-villages')).status).toBe(404);
    const profile = await publish(villages, 'musique-en-villages');
    expect(profile.url).toBe('http://tutti.test/p/musique-en-villages');
    const { status, html, headers } = await page('/p/musique-en-villages');
    expect(status).toBe(200);
    expect(headers['content-type']).toContain('text/html');
    expect(html).toMatch(/^<!doctype html><html lang="fr">/);
    expect(html).toContain('<h1>Musique en Villages</h1>');
    expect(html).toContain('Des concerts dans les villages du Morvan.');
    expect(html).toContain(
      '<link rel="canonical" href="http://tutti.test/p/musique-en-villages?lang=fr"/>',
    );
    expect(html).toContain('hreflang="de" href="http://tutti.test/p/musique-en-villages?lang=de"');
    expect(html).toContain('<meta property="og:title" content="Musique en Villages"/>');
    expect(html).toContain('"@type":"Organization"');
    expect(html).not.toContain('<script src');
  });

  it('refuses a published profile without a slug, a malformed slug, and a slug already taken', async () => {
    const url = `/api/orgs/${other.id}/public-profile`;
    const put = (body: unknown) => other.members.admin.request('PUT', url, body);
    const base = { published: true, description: null, region: null };
    const noSlug = await put({ ...base, slug: null });
    expect(noSlug.status).toBe(400);
    expect(JSON.stringify(noSlug.body)).toContain('body.slug');
    expect((await put({ ...base, slug: 'A b!' })).status).toBe(400);
    const taken = await put({ ...base, slug: 'musique-en-villages' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      error: { code: 'ORG.PUBLIC_SLUG_TAKEN', fields: [{ path: 'body.slug' }] },
    });
  });

  it('lets only admins change the profile, and every member read its address', async () => {
    const url = `/api/orgs/${villages.id}/public-profile`;
    const body = { published: false, slug: 'x-y-z', description: null, region: null };
    expect((await villages.members.coordinator.request('PUT', url, body)).status).toBe(403);
    const read = await villages.members.artist.get(url);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ published: true, slug: 'musique-en-villages' });
    expect((await visitor().get(url)).status).toBe(401);
  });

  it('shows a public concert on the organisation page and its own page, without any person', async () => {
    const sessionId = await planSession(villages, { title: 'Concert de la Saint-Jean' });
    expect((await page('/p/musique-en-villages')).html).not.toContain('Concert de la Saint-Jean');
    const published = await setPublic(villages, sessionId, true);
    expect(published.status).toBe(200);
    const { publicCode } = published.body as { publicCode: string; isPublic: boolean };
    expect(publicCode).toMatch(/^[a-z0-9]{8}$/);
    expect((await page('/p/musique-en-villages')).html).toContain('Concert de la Saint-Jean');
    const event = await page(`/p/musique-en-villages/e/${publicCode}`);
    expect(event.status).toBe(200);
    expect(event.html).toContain('<h1>Concert de la Saint-Jean</h1>');
    expect(event.html).toContain('dimanche 21 juin 2099');
    expect(event.html).toContain('de 20:30 à 22:00');
    expect(event.html).toContain('2 place de la Mairie');
    expect(event.html).toContain('Boucle magnétique');
    expect(event.html).toContain('Entrée par la cour');
    // How to get there: a route to the venue, and its position in the JSON-LD.
    expect(event.html).toContain(
      '<a href="https://www.openstreetmap.org/directions?route=%3B47.2906%2C3.9401">Itinéraire (OpenStreetMap)</a>',
    );
    expect(event.html).toContain(
      '"geo":{"@type":"GeoCoordinates","latitude":47.2906,"longitude":3.9401}',
    );
    expect(event.html).toContain('"@type":"MusicEvent"');
    expect(event.html).toContain('"startDate":"2099-06-21T18:30:00.000Z"');
    // Taken off: 404, gone from the list; shown again: the same address.
    expect((await setPublic(villages, sessionId, false)).status).toBe(200);
    expect((await page(`/p/musique-en-villages/e/${publicCode}`)).status).toBe(404);
    expect((await page('/p/musique-en-villages')).html).not.toContain('Concert de la Saint-Jean');
    const again = await setPublic(villages, sessionId, true);
    expect((again.body as { publicCode: string }).publicCode).toBe(publicCode);
    const history = await villages.members.admin.get(
      `/api/orgs/${villages.id}/sessions/${sessionId}/changes`,
    );
    const recorded = (history.body as { items: { changes: { isPublic?: unknown } }[] }).items
      .map((item) => item.changes.isPublic)
      .filter(Boolean);
    expect(recorded).toEqual([
      { from: false, to: true },
      { from: true, to: false },
      { from: false, to: true },
    ]);
  });

  it('names a concert’s artists by their display names, never their e-mail; a workshop none', async () => {
    const artist = await buildArtist(t, villages.id, {
      displayName: 'Quatuor Morvandiau',
      email: 'quatuor.prive@example.org',
    });
    const concertId = await planSession(villages, {
      title: 'Concert des moissons',
      startsAtLocal: '2099-07-14T20:30',
      artistIds: [artist.id],
    });
    const workshopId = await planSession(villages, {
      kind: 'workshop_singing',
      title: 'Atelier des moissons',
      startsAtLocal: '2099-07-15T10:00',
      artistIds: [artist.id],
    });
    const concert = await setPublic(villages, concertId, true);
    const workshop = await setPublic(villages, workshopId, true);
    const { publicCode } = concert.body as { publicCode: string };
    const event = await page(`/p/musique-en-villages/e/${publicCode}?lang=fr`);
    expect(event.html).toContain('<dt>Artistes</dt><dd>Quatuor Morvandiau</dd>');
    expect(event.html).toContain('"performer":[{"@type":"Person","name":"Quatuor Morvandiau"}]');
    expect(event.html).not.toContain('quatuor.prive@example.org');
    const english = await page(`/p/musique-en-villages/e/${publicCode}?lang=en`);
    expect(english.html).toContain('<dt>Artists</dt>');
    const { publicCode: workshopCode } = workshop.body as { publicCode: string };
    const atelier = await page(`/p/musique-en-villages/e/${workshopCode}?lang=fr`);
    expect(atelier.status).toBe(200);
    expect(atelier.html).not.toContain('Quatuor Morvandiau');
  });

  it('refuses to make an online session public, naming the field', async () => {
    const sessionId = await planSession(villages, {
      kind: 'online',
      venueId: null,
      onlineUrl: 'https://visio.example/abc',
    });
    const response = await setPublic(villages, sessionId, true);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('body.isPublic');
  });

  it('answers 404 for a session of another organisation under this slug, and for unknown codes', async () => {
    await publish(other, 'autre-ensemble');
    const foreign = await planSession(other, { title: 'Concert ailleurs' });
    const { publicCode } = (await setPublic(other, foreign, true)).body as { publicCode: string };
    expect((await page(`/p/autre-ensemble/e/${publicCode}`)).status).toBe(200);
    expect((await page(`/p/musique-en-villages/e/${publicCode}`)).status).toBe(404);
    expect((await page('/p/musique-en-villages/e/zzzzzzzz')).status).toBe(404);
    expect((await page('/p/musique-en-villages/e/..%2F..')).status).toBe(404);
    expect((await page('/p/nobody-here')).status).toBe(404);
    expect((await page('/p/musique-en-villages/nothing/here')).status).toBe(404);
  });
});

describe('the sitemap, robots and QR codes', () => {
  it('lists exactly the pages of the organisations that publish, and drops an unpublished one', async () => {
    const hidden = await buildOrganisation(t, ['admin'], 'Pas encore publié');
    const draftConcert = await planSession(hidden, { title: 'Concert caché' });
    await setPublic(hidden, draftConcert, true);
    await hidden.members.admin.request('PUT', `/api/orgs/${hidden.id}/public-profile`, {
      published: false,
      slug: 'pas-encore',
      description: null,
      region: null,
    });
    const sitemap = await page('/sitemap.xml');
    expect(sitemap.headers['content-type']).toContain('application/xml');
    const locs = [...sitemap.html.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const codes = async (org: Org) => {
      const rows = await t.database.db.query.sessions.findMany({
        where: (s, { and, eq }) => and(eq(s.orgId, org.id), eq(s.isPublic, true)),
      });
      return rows.map((row) => row.publicCode);
    };
    const expected = [
      'http://tutti.test/p/autre-ensemble',
      ...(await codes(other)).map((c) => `http://tutti.test/p/autre-ensemble/e/${c}`),
      'http://tutti.test/p/musique-en-villages',
      ...(await codes(villages)).map((c) => `http://tutti.test/p/musique-en-villages/e/${c}`),
    ];
    expect(locs.sort()).toEqual(expected.sort());
    expect(sitemap.html).toContain(
      'hreflang="en" href="http://tutti.test/p/autre-ensemble?lang=en"',
    );
    // Unpublishing an organisation takes all its pages out.
    await other.members.admin.request('PUT', `/api/orgs/${other.id}/public-profile`, {
      published: false,
      slug: 'autre-ensemble',
      description: null,
      region: null,
    });
    expect((await page('/sitemap.xml')).html).not.toContain('autre-ensemble');
    expect((await page('/p/autre-ensemble')).status).toBe(404);
  });

  it('lets robots read /p/ and nothing of the app or its API', async () => {
    const robots = await page('/robots.txt');
    expect(robots.html).toContain('Allow: /p/');
    expect(robots.html).toContain('Disallow: /api/');
    expect(robots.html).toContain('Sitemap: http://tutti.test/sitemap.xml');
  });

  it('draws a QR code of each page as SVG and as a PNG download', async () => {
    const svg = await page('/p/musique-en-villages/qr.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.html).toContain('<svg');
    const png = await t.app.inject({
      method: 'GET',
      url: '/p/musique-en-villages/qr.png?download',
    });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-disposition']).toContain(
      'attachment; filename="qr-musique-en-villages.png"',
    );
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await page('/p/pas-encore/qr.svg')).status).toBe(404);
  });
});

describe('languages, escaping and caching', () => {
  it('takes the language from ?lang (and remembers it), else the cookie, else Accept-Language', async () => {
    const chosen = await page('/p/musique-en-villages?lang=en');
    expect(chosen.html).toContain('<html lang="en">');
    expect(chosen.html).toContain('Upcoming public events');
    expect(String(chosen.headers['set-cookie'])).toContain('tutti_public_lang=en');
    const remembered = await page('/p/musique-en-villages', {
      cookie: 'tutti_public_lang=de',
      'accept-language': 'en',
    });
    expect(remembered.html).toContain('<html lang="de">');
    const negotiated = await page('/p/musique-en-villages', {
      'accept-language': 'es-ES,es;q=0.9,de-CH;q=0.8,en;q=0.5',
    });
    expect(negotiated.html).toContain('<html lang="de">');
    expect(negotiated.html).toContain('Nächste öffentliche Termine');
    expect((await page('/p/musique-en-villages?lang=xx')).html).toContain('<html lang="fr">');
  });

  it('escapes hostile names in the text, the attributes and the JSON-LD', async () => {
    const hostile = '</script><script>alert(1)</script>"<b>';
    const org = await buildOrganisation(t, ['admin'], hostile);
    await publish(org, 'hostile-org', { description: '<img src=x onerror=alert(1)>' });
    const sessionId = await planSession(org, { title: hostile });
    await setPublic(org, sessionId, true);
    for (const html of [(await page('/p/hostile-org')).html]) {
      expect(html).not.toContain('<script>alert(1)');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;/script>&lt;script>alert(1)&lt;/script>');
      expect(html).toContain('\\u003c/script\\u003e');
      expect(html.match(/<script/g)).toHaveLength(1);
    }
  });

  it('serves a page from memory until its data changes, and 304 to a browser that holds it', async () => {
    const sessionId = await planSession(villages, { title: 'Bal folk' });
    const { publicCode } = (await setPublic(villages, sessionId, true)).body as {
      publicCode: string;
    };
    const url = `/p/musique-en-villages/e/${publicCode}`;
    const first = await page(url);
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const repeat = await page(url, { 'if-none-match': etag });
    expect(repeat.status).toBe(304);
    const patched = await villages.members.admin.patch(
      `/api/orgs/${villages.id}/sessions/${sessionId}`,
      { title: 'Grand bal folk' },
    );
    expect(patched.status).toBe(200);
    const after = await page(url, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.html).toContain('<h1>Grand bal folk</h1>');
    expect(after.headers.etag).not.toBe(etag);
    const compressed = await t.app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toBe(after.html);
  });
});
