// The applicant's server-rendered pages (/p/_/candidature): the one-time link lands there; a
// draft is started, saved and submitted through plain form posts (no JavaScript needed for the
// answers); bad input is refused with 400 and a message next to the field in the page's
// language, nothing saved; another organisation's application is a 404; the recordings' script
// is one light file of Tutti's own origin.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantSession, callBody, recordingsSettled } from '../../testing/calls-fixtures';
import { askForLink, latestLinkToken } from '../../testing/guest-access-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { melodyWav } from '../media';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;
let callId: string;
let applicant: Awaited<ReturnType<typeof applicantSession>>;
let applicationId: string;
const email = 'noor.haddad@example.test';

async function openCall(organisation: typeof org) {
  const created = await organisation.members.coordinator!.post(
    `/api/orgs/${organisation.id}/calls`,
    callBody(),
  );
  const id = (created.body as { id: string }).id;
  await organisation.members.coordinator!.request(
    'PUT',
    `/api/orgs/${organisation.id}/calls/${id}/phase`,
    { phase: 'published' },
  );
  return id;
}

/** A page of the applicant, as their phone's browser asks for it. */
function page(url: string, options: { cookie?: string; lang?: string } = {}) {
  return t.app.inject({
    method: 'GET',
    url,
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
      'accept-language': options.lang ?? 'fr-FR,fr;q=0.9',
    },
  });
}

/** A plain form post from the page itself (same origin), URL-encoded. */
function post(url: string, fields: Record<string, string>, options: { lang?: string } = {}) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: applicant.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      'accept-language': options.lang ?? 'fr-FR,fr;q=0.9',
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

const stored = async () =>
  (await applicant.request('GET', `/api/guest/applicant/applications/${applicationId}`)).body as {
    name: string;
    part: string | null;
    answers: Record<string, string>;
  };

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  other = await buildOrganisation(t, ['admin', 'coordinator']);
  callId = await openCall(org);
  await openCall(other);
}, 240_000);
afterAll(() => t.close());

describe('the applicant’s pages', () => {
  it('say to open the link when the browser holds no access (401)', async () => {
    const response = await page('/p/_/candidature');
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('Ouvrez votre lien');
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('are where the one-time link lands, and list the open calls with a form to apply', async () => {
    await askForLink(t, { orgId: org.id, scope: 'applicant', email });
    const token = await latestLinkToken(t, org.id, email);
    const opened = await t.app.inject({
      method: 'POST',
      url: '/p/_/acces',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
      },
      payload: `token=${token}`,
    });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/p/_/candidature');
    applicant = await applicantSession(t, org.id, email);
    const overview = await page('/p/_/candidature', { cookie: applicant.cookie, lang: 'en' });
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('My application');
    expect(overview.body).toContain(email);
    expect(overview.body).toContain('Apply: Youth choir 2027');
    expect(overview.body).toContain(`name="callId" value="${callId}"`);
    expect(overview.body).not.toContain('<script src');
  });

  it('start a draft by a form post and show the call’s fields and recordings with their durations', async () => {
    const started = await post('/p/_/candidature/nouvelle', { callId });
    expect(started.statusCode).toBe(303);
    applicationId = /\/p\/_\/candidature\/([0-9a-f-]{36})$/.exec(
      String(started.headers.location),
    )![1]!;
    const again = await post('/p/_/candidature/nouvelle', { callId });
    expect(again.headers.location).toBe(started.headers.location);
    const response = await page(started.headers.location!, { cookie: applicant.cookie });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    for (const label of [
      'Nom et prénom',
      'Pupitre',
      'Pays',
      'Téléphone (facultatif)',
      'Parcours',
    ]) {
      expect(html).toContain(label);
    }
    expect(html).toContain('Test de tessiture');
    expect(html).toContain("au plus 1'20&quot;");
    expect(html).toContain('Choisir un fichier – Pièce libre');
    expect(html).toContain('<script src="/p/_/candidature/envoi.js" defer>');
    expect(html).toContain('formaction="/p/_/candidature/');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('save the draft through a plain form post (no JavaScript) and show it again', async () => {
    const saved = await post(`/p/_/candidature/${applicationId}`, {
      name: 'Noor Haddad',
      locale: 'en',
      part: 'alto',
      'answers.country': 'Liban',
      'answers.phone': '+33 6 12 34 56 78',
      'answers.experience': 'Chœur du conservatoire\nSix ans.',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/p/_/candidature/${applicationId}?ok=saved`);
    expect(await stored()).toMatchObject({
      name: 'Noor Haddad',
      part: 'alto',
      answers: { country: 'Liban', experience: 'Chœur du conservatoire\nSix ans.' },
    });
    const shown = await page(saved.headers.location!, { cookie: applicant.cookie });
    expect(shown.body).toContain('Brouillon enregistré.');
    expect(shown.body).toContain('value="Noor Haddad"');
  });

  it('refuse bad input with 400 and a message next to each field, in the page’s language, saving nothing', async () => {
    const refused = await post(
      `/p/_/candidature/${applicationId}`,
      {
        name: 'Noor H.',
        part: 'countertenor',
        'answers.country': 'Syrie',
        'answers.phone': 'call me',
      },
      { lang: 'de-DE,de;q=0.9' },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="part-error"');
    expect(refused.body).toContain('Wählen Sie eine der Möglichkeiten.');
    expect(await stored()).toMatchObject({ name: 'Noor Haddad', part: 'alto' });
    // The part is fine now; the phone is refused by the service, named beside its field.
    const phone = await post(
      `/p/_/candidature/${applicationId}`,
      { part: 'alto', 'answers.phone': 'call me' },
      { lang: 'en' },
    );
    expect(phone.statusCode).toBe(400);
    expect(phone.body).toMatch(
      /<p class="error" id="answer-phone-error">Not a valid number[^<]*<\/p><input id="answer-phone" aria-invalid="true" aria-describedby="answer-phone-error"/,
    );
    expect(phone.body).toContain('value="call me"');
    expect((await stored()).answers.phone).toBe('+33 6 12 34 56 78');
    const long = await post(`/p/_/candidature/${applicationId}`, {
      'answers.country': 'x'.repeat(4001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Au plus 4000 caractères.');
  });

  it('refuse to submit without the recordings, naming each beside it, then submit and show the receipt', async () => {
    const early = await post(`/p/_/candidature/${applicationId}/depot`, { name: 'Noor Haddad' });
    expect(early.statusCode).toBe(400);
    for (const key of ['range', 'sight', 'free']) {
      expect(early.body).toContain(
        `id="recording-${key}-error" data-role="error">Envoyez cet enregistrement.`,
      );
    }
    const wav = melodyWav(['A4', 'C5'], 0.3);
    for (const key of ['range', 'sight', 'free']) {
      expect(await applicant.upload(applicationId, key, wav, `Noor ${key}.wav`)).toBe(204);
    }
    await recordingsSettled(applicant, applicationId);
    const submitted = await post(`/p/_/candidature/${applicationId}/depot`, {
      name: 'Noor Haddad',
      'answers.country': 'Liban',
    });
    expect(submitted.statusCode).toBe(303);
    const shown = await page(submitted.headers.location!, { cookie: applicant.cookie });
    expect(shown.body).toContain('Candidature déposée. Un accusé de réception vous a été envoyé.');
    expect(shown.body).toContain('Déposée');
    expect(shown.body).not.toContain('envoi.js');
    expect(shown.body).toContain(' disabled');
    const [receipt] = await t.database.db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.kind, 'call-receipt'));
    expect(receipt).toMatchObject({ toAddress: email });
    // In the language chosen for e-mails, with the way back to the page.
    expect(receipt!.bodyText).toMatch(
      new RegExp(`its status and its result:\\n\\S+/p/_/candidature/${applicationId}\\?lang=en\\n`),
    );
    const changed = await post(`/p/_/candidature/${applicationId}`, { name: 'Someone else' });
    expect(changed.statusCode).toBe(409);
    expect((await stored()).name).toBe('Noor Haddad');
  }, 180_000);

  it('show no other organisation’s application (404) and change nothing of it', async () => {
    const stranger = await applicantSession(t, other.id, 'sami@example.test');
    const started = await stranger.request('POST', '/api/guest/applicant/applications', {
      callId: (
        await t.database.db
          .select({ id: schema.calls.id })
          .from(schema.calls)
          .where(eq(schema.calls.orgId, other.id))
      )[0]!.id,
    });
    const theirs = (started.body as { id: string }).id;
    const read = await page(`/p/_/candidature/${theirs}`, { cookie: applicant.cookie });
    expect(read.statusCode).toBe(404);
    expect(read.body).not.toContain('sami@example.test');
    const write = await post(`/p/_/candidature/${theirs}`, { name: 'Intruder' });
    expect(write.statusCode).toBe(404);
    const [row] = await t.database.db
      .select({ name: schema.callApplications.name })
      .from(schema.callApplications)
      .where(eq(schema.callApplications.id, theirs));
    expect(row!.name).toBe('');
    expect(
      (await page('/p/_/candidature/not-an-id', { cookie: applicant.cookie })).statusCode,
    ).toBe(404);
  });

  it('refuse a form sent from another site (403)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/p/_/candidature/${applicationId}`,
      headers: {
        cookie: applicant.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'cross-site',
      },
      payload: 'name=Mallory',
    });
    expect(response.statusCode).toBe(403);
  });

  it('serve the recordings’ script light, with an ETag, and send old links to the page', async () => {
    const script = await t.app.inject({ method: 'GET', url: '/p/_/candidature/envoi.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body).toContain('Tus-Resumable');
    expect(script.body.length).toBeLessThan(12_000);
    const again = await t.app.inject({
      method: 'GET',
      url: '/p/_/candidature/envoi.js',
      headers: { 'if-none-match': String(script.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const old = await t.app.inject({ method: 'GET', url: '/candidature' });
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/p/_/candidature');
  });
});
