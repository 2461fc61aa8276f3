// The pages of people without accounts, as a browser without JavaScript uses them: the form,
// the link, "Mes enfants", sign-out, and a group's shared page.
import type { GroupShareLink } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestLinkToken } from '../../testing/guest-access-fixtures';
import {
  buildGroup,
  buildParticipant,
  buildSession,
  PARTICIPATION_CONSENT,
} from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function send(
  method: 'GET' | 'POST',
  url: string,
  options: { body?: string; cookie?: string; headers?: Record<string, string> } = {},
) {
  const response = await t.app.inject({
    method,
    url,
    headers: {
      ...(options.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    ...(options.body ? { payload: options.body } : {}),
  });
  return response;
}

describe('guest pages', () => {
  it('take a guardian from the families form to their children and out again, without JavaScript', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator'], 'Musique en Villages');
    const published = await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
      published: true,
      slug: 'musique-en-villages',
      description: null,
      region: null,
    });
    expect(published.status).toBe(200);
    const group = await buildGroup(org.members.coordinator, org.id, { name: 'CE1 Jules-Ferry' });
    const email = 'samia@famille.test';
    await buildParticipant(org.members.coordinator, org.id, group.id, {
      firstName: 'Inès',
      consent: { ...PARTICIPATION_CONSENT, guardianEmail: email },
    });
    await buildParticipant(org.members.coordinator, org.id, group.id, { firstName: 'Hugo' });
    await buildSession(t, org.id, {
      groupIds: [group.id],
      startsAt: new Date(Date.now() + 86_400_000),
    });

    const families = await send('GET', '/p/musique-en-villages/familles');
    expect(families.statusCode).toBe(200);
    expect(families.body).toContain('action="/p/_/lien"');
    expect(families.body).toContain(`value="${org.id}"`);

    const asked = await send('POST', '/p/_/lien', {
      body: form({ orgId: org.id, email, locale: 'fr' }),
    });
    const unknown = await send('POST', '/p/_/lien', {
      body: form({ orgId: org.id, email: 'inconnu@famille.test', locale: 'fr' }),
    });
    expect([asked.statusCode, unknown.statusCode]).toEqual([200, 200]);
    expect(unknown.body).toBe(asked.body);
    expect(asked.body).toContain('Vérifiez votre messagerie');
    const bad = await send('POST', '/p/_/lien', {
      body: form({ orgId: org.id, email: 'pas-une-adresse' }),
    });
    expect(bad.statusCode).toBe(400);

    const token = (await latestLinkToken(t, org.id, email))!;
    // Opening the page (as a mail scanner would) does not use the link up.
    const opening = await send('GET', `/p/_/acces/${token}`);
    expect(opening.statusCode).toBe(200);
    expect(opening.body).toContain('noindex');
    // Another site cannot make a visitor's browser open an access of its choosing: the browser
    // names where the form comes from, and the link stays unused.
    const elsewhere: Record<string, string>[] = [
      { origin: 'https://ailleurs.example' },
      { origin: 'https://ailleurs.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'null', 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of elsewhere) {
      const refused = await send('POST', '/p/_/acces', { body: form({ token }), headers });
      expect({ headers, status: refused.statusCode }).toEqual({ headers, status: 403 });
      expect(refused.body).toContain('Demande refusée');
    }
    // A staff login in the same browser does not get in the way (no CSRF header on forms).
    // The link's page has no referrer: its form says `Origin: null`, but same-origin.
    const staffCookie = 'tutti_login=whatever';
    const opened = await send('POST', '/p/_/acces', {
      body: form({ token }),
      cookie: staffCookie,
      headers: { origin: 'null', 'sec-fetch-site': 'same-origin' },
    });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/p/_/mes-enfants');
    const cookie = `tutti_guest=${opened.cookies.find((c) => c.name === 'tutti_guest')!.value}`;

    const children = await send('GET', '/p/_/mes-enfants', { cookie });
    expect(children.statusCode).toBe(200);
    expect(children.headers['cache-control']).toBe('private, no-store');
    expect(children.body).toContain('Inès');
    expect(children.body).toContain('CE1 Jules-Ferry');
    expect(children.body).not.toContain('Hugo');
    expect(children.body).not.toContain(email);

    expect((await send('POST', '/p/_/acces', { body: form({ token }) })).statusCode).toBe(410);
    expect((await send('POST', '/p/_/sortie', { body: '', cookie })).statusCode).toBe(200);
    expect((await send('GET', '/p/_/mes-enfants', { cookie })).statusCode).toBe(401);
  });

  it("show a group's page by its secret link, naming nobody, and 404 once revoked", async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator'], 'Chœurs du Jura');
    const group = await buildGroup(org.members.coordinator, org.id, {
      name: 'Résidence Les Tilleuls',
    });
    await buildParticipant(org.members.coordinator, org.id, group.id, { firstName: 'Germaine' });
    await buildSession(t, org.id, {
      groupIds: [group.id],
      startsAt: new Date(Date.now() + 86_400_000),
    });
    const base = `/api/orgs/${org.id}/groups/${group.id}/share-links`;
    const link = (await org.members.coordinator.post(base, { note: 'Répétez « La Javanaise ».' }))
      .body as GroupShareLink;
    const path = new URL(link.url).pathname;
    const shown = await send('GET', `${path}?lang=en`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Résidence Les Tilleuls: the programme');
    expect(shown.body).toContain('La Javanaise');
    expect(shown.body).toContain('<html lang="en"');
    expect(shown.body).not.toContain('Germaine');
    await org.members.coordinator.post(`${base}/${link.id}/revoke`);
    expect((await send('GET', path)).statusCode).toBe(404);
  });
});
