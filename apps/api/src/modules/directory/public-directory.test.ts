// The directory's public side: the directory and listing pages (MusicGroup, sitemap, hidden after
// 12 months), the finder with its rural radius and its white zone, the kit and the request for
// support, a proposal that waits for a coordinator, and a contact confirming from the e-mail's link.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVenue } from '../../testing/programme-rows';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { sendReconfirmations } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
const slug = 'chemins-de-musique';
const codes: Record<string, string> = {};

const weekly = (day: string) => [
  { rule: `FREQ=WEEKLY;BYDAY=${day}`, startTime: '20:00', durationMin: 120 },
];

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  const profile = await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
    published: true,
    slug,
    description: 'Des concerts dans les villages.',
    region: 'Nièvre',
  });
  expect(profile.status).toBe(200);
  await buildVenue(t, org.id, {
    name: 'Salle des fêtes de Luzy',
    communeCode: '58149',
    communeName: 'Luzy',
    latitude: 46.79,
    longitude: 3.97,
  });
  for (const body of [
    {
      name: 'Chœur de la Collégiale',
      kind: 'choir',
      places: [{ communeCode: '58079', communeName: 'Clamecy' }],
      rehearsals: weekly('TU'),
      genres: ['sacred'],
      annualFeeCents: 9000,
      solidarityFeeCents: 3000,
      contactEmail: 'collegiale@example.test',
    },
    {
      name: 'Chorale À travers chants',
      kind: 'choir',
      places: [{ communeCode: '58286', communeName: 'Tannay' }],
      rehearsals: [{ rule: 'FREQ=MONTHLY;BYDAY=1SA', startTime: '10:00', durationMin: 120 }],
      workingLanguages: ['fr', 'oc'],
    },
    {
      name: 'Ensemble oublié',
      kind: 'choir',
      places: [{ communeCode: '58083', communeName: 'Corbigny' }],
    },
  ]) {
    const created = await org.members.coordinator.post(`/api/orgs/${org.id}/ensembles`, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    codes[body.name] = (created.body as { publicCode: string }).publicCode;
  }
  const longAgo = new Date();
  longAgo.setUTCMonth(longAgo.getUTCMonth() - 13);
  await t.database.db
    .update(schema.ensembles)
    .set({ lastConfirmedAt: longAgo })
    .where(eq(schema.ensembles.publicCode, codes['Ensemble oublié']!));
  // The first listing loads the commune reference (≈ 1 s alone, far more on a busy machine).
}, 180_000);
afterAll(() => t.close());

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url });
  return { status: response.statusCode, html: response.body, headers: response.headers };
};

const postForm = (url: string, fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    payload: new URLSearchParams(fields).toString(),
  });

const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<
    string,
    unknown
  >;

describe('the public directory', () => {
  it('lists the confirmed listings and leaves out one unconfirmed for 12 months', async () => {
    const page = await get(`/p/${slug}/annuaire?lang=fr`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Chœur de la Collégiale');
    expect(page.html).toContain('Chorale À travers chants');
    expect(page.html).not.toContain('Ensemble oublié');
    expect(jsonLd(page.html)['@type']).toBe('ItemList');
    expect((await get(`/p/${slug}/ensembles/${codes['Ensemble oublié']}`)).status).toBe(404);
  });

  it('gives each listing a page with its rehearsals in words and a MusicGroup', async () => {
    const page = await get(`/p/${slug}/ensembles/${codes['Chorale À travers chants']}?lang=fr`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('le 1er samedi du mois à 10:00');
    expect(page.html).toMatch(/Langues de travail.*français et occitan/s);
    expect(jsonLd(page.html)).toMatchObject({ knowsLanguage: ['fr', 'oc'] });
    const english = await get(`/p/${slug}/ensembles/${codes['Chœur de la Collégiale']}?lang=en`);
    expect(english.html).toContain('Tuesday at 20:00');
    expect(english.html).toMatch(/€90 a year, solidarity rate €30/);
    const group = jsonLd(english.html);
    expect(group).toMatchObject({
      '@type': 'MusicGroup',
      name: 'Chœur de la Collégiale',
      genre: ['Sacred music'],
      email: 'collegiale@example.test',
    });
  });

  it('puts the directory and each visible listing in the sitemap', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.html).toContain(`/p/${slug}/annuaire</loc>`);
    expect(sitemap.html).toContain(`/p/${slug}/ensembles/${codes['Chœur de la Collégiale']}</loc>`);
    expect(sitemap.html).not.toContain(codes['Ensemble oublié']);
  });
});

describe('the finder', () => {
  it('finds the two choirs within the rural radius of Lormes, with an estimated time', async () => {
    const page = await get(`/p/${slug}/annuaire/trouver?commune=Lormes&kinds=choir&lang=fr`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.html).toContain('2 ensembles à portée de Lormes');
    expect(page.html).toContain('jusqu’à 60 km');
    expect(page.html).toContain('estimations');
    expect(page.html.indexOf('À travers chants')).toBeLessThan(page.html.indexOf('Collégiale'));
    // Someone at ease in Occitan is told which choir works in it; the other is still shown.
    const occitan = await get(
      `/p/${slug}/annuaire/trouver?commune=Lormes&kinds=choir&language=oc&lang=fr`,
    );
    expect(occitan.html).toContain('2 ensembles à portée de Lormes');
    expect(occitan.html).toMatch(/<option value="oc" selected(="")?>occitan</);
    const travers = occitan.html.slice(occitan.html.indexOf('À travers chants'));
    expect(travers.slice(0, travers.indexOf('</li>'))).toContain('travaille dans votre langue');
  });

  it('offers the communes sharing a name, and refuses one it does not know with 400', async () => {
    const unknown = await get(`/p/${slug}/annuaire/trouver?commune=Zzyzx&lang=fr`);
    expect(unknown.status).toBe(400);
    expect(unknown.html).toContain('Nous ne trouvons pas cette commune');
    const several = await get(`/p/${slug}/annuaire/trouver?commune=Saint-Aubin&lang=fr`);
    expect(several.html).toContain('Plusieurs communes portent ce nom');
  });

  it('says plainly that nothing is within reach of Luzy and offers to start a choir there', async () => {
    const page = await get(`/p/${slug}/annuaire/trouver?code=58149&kinds=choir&lang=fr`);
    expect(page.html).toContain('Aucun ensemble à portée de Luzy');
    expect(page.html).toContain('rien n’existe aujourd’hui à moins de 60 km de Luzy');
    expect(page.html).toContain('Le plus proche\u00a0: Chorale À travers chants');
    expect(page.html).toContain(`/p/${slug}/annuaire/lancer?code=58149`);
    const kit = await get(`/p/${slug}/annuaire/lancer?code=58149&lang=fr`);
    expect(kit.status).toBe(200);
    expect(kit.html).toContain('Lancer un chœur à Luzy');
    expect(kit.html).toContain('Salle des fêtes de Luzy');
    // The halls are kept with the listings' index: a new venue is offered at once.
    await buildVenue(t, org.id, {
      name: 'Foyer rural de Luzy',
      communeCode: '58149',
      communeName: 'Luzy',
      latitude: 46.791,
      longitude: 3.971,
    });
    const again = await get(`/p/${slug}/annuaire/lancer?code=58149&lang=fr`);
    expect(again.html).toContain('Foyer rural de Luzy');
  });

  it('records a request for support and names a missing contact', async () => {
    const refused = await postForm(`/p/${slug}/annuaire/soutien?lang=fr`, {
      communeCode: '58149',
      name: 'Jeanne Berthier',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Un e-mail ou un numéro de téléphone');
    const sent = await postForm(`/p/${slug}/annuaire/soutien?lang=fr`, {
      communeCode: '58149',
      name: 'Jeanne Berthier',
      email: 'jeanne@example.test',
      message: 'Nous sommes six à vouloir chanter.',
    });
    expect(sent.statusCode).toBe(200);
    const requests = await org.members.coordinator.get(
      `/api/orgs/${org.id}/directory/support-requests`,
    );
    expect(requests.body).toMatchObject({
      total: 1,
      items: [
        { communeName: 'Luzy', name: 'Jeanne Berthier', contactEmail: 'jeanne@example.test' },
      ],
    });
    // Placed at Luzy's centre for the directory's map layer.
    const [placed] = (requests.body as { items: { latitude: number; longitude: number }[] }).items;
    expect(placed!.latitude).toBeCloseTo(46.79, 1);
    expect(placed!.longitude).toBeCloseTo(3.97, 1);
    const listings = await org.members.coordinator.get(`/api/orgs/${org.id}/ensembles`);
    const items = (listings.body as { items: { position: unknown }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.position).toEqual({
        latitude: expect.any(Number),
        longitude: expect.any(Number),
      });
    }
  });
});

describe('proposals and confirmations', () => {
  it('keeps a proposal off the public pages until a coordinator approves it', async () => {
    const missingConsent = await postForm(`/p/${slug}/annuaire/proposer?lang=fr`, {
      name: 'Fanfare des Settons',
      kind: 'band',
      commune: 'Montsauche-les-Settons',
      day: 'FR',
      frequency: 'biweekly',
      time: '20:30',
      contactEmail: 'fanfare@example.test',
    });
    expect(missingConsent.statusCode).toBe(400);
    expect(missingConsent.body).toContain('Votre accord pour publier');
    const sent = await postForm(`/p/${slug}/annuaire/proposer?lang=fr`, {
      name: 'Fanfare des Settons',
      kind: 'band',
      commune: 'Montsauche-les-Settons',
      day: 'FR',
      frequency: 'biweekly',
      time: '20:30',
      'genres.traditional': 'true',
      'parts.trumpet': 'true',
      fee: '45',
      contactEmail: 'fanfare@example.test',
      consent: 'true',
    });
    expect(sent.statusCode).toBe(200);
    const pending = await org.members.coordinator.get(
      `/api/orgs/${org.id}/ensembles?status=pending`,
    );
    const [proposal] = (pending.body as { items: { id: string; publicCode: string }[] }).items;
    const detail = await org.members.coordinator.get(
      `/api/orgs/${org.id}/ensembles/${proposal!.id}`,
    );
    expect(detail.body).toMatchObject({
      source: 'proposal',
      rehearsals: [{ rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', startTime: '20:30' }],
      genres: ['traditional'],
      partsSought: ['trumpet'],
      annualFeeCents: 4500,
      communeNames: ['Montsauche-les-Settons'],
      // Proposed on the French page: its e-mails will be in French.
      language: 'fr',
    });
    expect((await get(`/p/${slug}/ensembles/${proposal!.publicCode}`)).status).toBe(404);
    await org.members.coordinator.post(`/api/orgs/${org.id}/ensembles/${proposal!.id}/approval`);
    expect((await get(`/p/${slug}/ensembles/${proposal!.publicCode}`)).status).toBe(200);
  });

  it('lets the contact confirm with the e-mail’s link, after a click, and brings the listing back', async () => {
    const longAgo = new Date();
    longAgo.setUTCMonth(longAgo.getUTCMonth() - 13);
    await t.database.db
      .update(schema.ensembles)
      .set({ lastConfirmedAt: longAgo, contactEmail: 'oublie@example.test' })
      .where(eq(schema.ensembles.publicCode, codes['Ensemble oublié']!));
    await sendReconfirmations({
      database: t.database,
      publicUrl: 'http://localhost',
      smtpConfigured: false,
    });
    const [mail] = await t.database.db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.toAddress, 'oublie@example.test'));
    const link = /http:\/\/localhost(\/p\/_\/ensemble\/confirmer\/[A-Za-z0-9_-]+)/.exec(
      mail!.bodyText,
    )![1]!;
    const page = await get(link);
    expect(page.html).toContain('Oui, tout est à jour');
    expect((await get(`/p/${slug}/ensembles/${codes['Ensemble oublié']}`)).status).toBe(404);
    const confirmed = await postForm(link, {});
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('votre fiche est confirmée');
    expect((await get(`/p/${slug}/ensembles/${codes['Ensemble oublié']}`)).status).toBe(200);
    expect((await get('/p/_/ensemble/confirmer/not-a-token')).status).toBe(404);
  });
});
