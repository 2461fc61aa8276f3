// A call from writing to notification: criteria frozen once open, the public page, an applicant
// without an account with three recordings (renamed, cleaned, duration-checked), blind scoring,
// recusal, peer scores after one's own, ranking per part, decisions and e-mails, the result on the
// applicant's page.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantSession, callBody, recordingsSettled } from '../../testing/calls-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { melodyWav } from '../media';
import { purgeCallRecordings } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let callId: string;
let publicCode: string;
let applicationId: string;
const slug = 'jeunes-voix';
const wav = melodyWav(['C4', 'E4', 'G4'], 0.3);

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'juror', 'artist', 'viewer']);
  await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
    published: true,
    slug,
    description: null,
    region: null,
  });
}, 240_000);
afterAll(() => t.close());

describe('a call for applications', () => {
  it('is written as a draft, published, and refuses changes to its criteria once open', async () => {
    const created = await org.members.coordinator.post(`/api/orgs/${org.id}/calls`, callBody());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const call = created.body as { id: string; phase: string; open: boolean; publicCode: string };
    expect(call).toMatchObject({ phase: 'draft', open: false, formFrozen: false });
    callId = call.id;
    publicCode = call.publicCode;
    // The web editor's save: fields reordered and relabelled, a choice added, criteria reweighed.
    const body = callBody() as { fields: { key: string }[]; criteria: { key: string }[] };
    const edited = await org.members.coordinator.patch(`/api/orgs/${org.id}/calls/${callId}`, {
      fields: [
        ...body.fields.slice(1),
        body.fields[0],
        {
          key: 'diet',
          type: 'choice',
          label: { fr: 'Régime', en: 'Diet' },
          options: ['Aucun', 'Végétarien'],
        },
      ],
      criteria: [
        { key: 'musicality', label: { fr: 'Musicalité' }, weight: 40 },
        { key: 'voice', label: { fr: 'Voix', de: 'Stimme' }, weight: 60 },
        { key: 'motivation', label: { fr: 'Motivation' }, weight: 0, independent: true },
      ],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((edited.body as { fields: { key: string }[] }).fields.map((f) => f.key)).toEqual([
      'phone',
      'experience',
      'country',
      'diet',
    ]);
    expect((edited.body as { criteria: unknown[] }).criteria[1]).toMatchObject({
      key: 'voice',
      weight: 60,
      label: { de: 'Stimme' },
    });
    const twice = await org.members.coordinator.patch(`/api/orgs/${org.id}/calls/${callId}`, {
      criteria: [
        { key: 'voice', label: { fr: 'Voix' }, weight: 50 },
        { key: 'voice', label: { fr: 'Timbre' }, weight: 50 },
      ],
    });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toContain('body.criteria.1.key');
    await org.members.coordinator.patch(`/api/orgs/${org.id}/calls/${callId}`, {
      fields: body.fields,
      criteria: body.criteria,
    });
    const published = await org.members.coordinator.request(
      'PUT',
      `/api/orgs/${org.id}/calls/${callId}/phase`,
      { phase: 'published' },
    );
    expect(published.body).toMatchObject({ phase: 'published', open: true, formFrozen: true });
    const frozen = await org.members.coordinator.patch(`/api/orgs/${org.id}/calls/${callId}`, {
      criteria: [{ key: 'voice', label: { fr: 'Voix' }, weight: 100 }],
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body).toMatchObject({
      error: { code: 'CALL.CRITERIA_FROZEN', fields: [{ path: 'body.criteria' }] },
    });
    const texts = await org.members.coordinator.patch(`/api/orgs/${org.id}/calls/${callId}`, {
      retentionMonths: 4,
    });
    expect(texts.body).toMatchObject({ retentionMonths: 4 });
  });

  it('refuses a closing before the opening, naming the field', async () => {
    const response = await org.members.coordinator.post(
      `/api/orgs/${org.id}/calls`,
      callBody({ opensAt: '2027-05-01T10:00', closesAt: '2027-04-01T10:00' }),
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'CALL.INVALID_DATES', fields: [{ path: 'body.closesAt' }] },
    });
  });

  it('lets only admins and coordinators read calls', async () => {
    for (const role of ['juror', 'artist', 'viewer'] as const) {
      const response = await org.members[role].get(`/api/orgs/${org.id}/calls`);
      expect(response.status, role).toBe(403);
    }
  });

  it('is published as a public page, in the sitemap, with the link form', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: `/p/${slug}/appels/${publicCode}?lang=en`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Youth choir 2027');
    expect(page.body).toContain('name="scope" value="applicant"');
    const sitemap = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(sitemap.body).toContain(`/appels/${publicCode}`);
  });
});

let applicant: Awaited<ReturnType<typeof applicantSession>>;

describe('an applicant without an account', () => {
  it('starts a draft from the one-time link, saves answers and refuses a wrong part', async () => {
    applicant = await applicantSession(t, org.id, 'lea.martin@example.test');
    const overview = await applicant.request('GET', '/api/guest/applicant');
    expect(overview.body).toMatchObject({ openCalls: [{ id: callId }] });
    const started = await applicant.request('POST', '/api/guest/applicant/applications', {
      callId,
      locale: 'en',
    });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    applicationId = (started.body as { id: string }).id;
    expect((started.body as { code: string }).code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
    const wrong = await applicant.request(
      'PATCH',
      `/api/guest/applicant/applications/${applicationId}`,
      {
        part: 'countertenor',
      },
    );
    expect(wrong.body).toMatchObject({ error: { fields: [{ path: 'body.part' }] } });
    const saved = await applicant.request(
      'PATCH',
      `/api/guest/applicant/applications/${applicationId}`,
      {
        name: 'Léa Martin',
        part: 'alto',
        answers: {
          country: 'Belgique',
          phone: '+32 470 12 34 56',
          experience: 'Maîtrise de Liège',
        },
      },
    );
    expect(saved.body).toMatchObject({ part: 'alto', answers: { country: 'Belgique' } });
  });

  it('refuses to submit without the recordings, naming each', async () => {
    const response = await applicant.request(
      'POST',
      `/api/guest/applicant/applications/${applicationId}/submit`,
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        code: 'CALL.INCOMPLETE',
        fields: [
          { path: 'recordings.range' },
          { path: 'recordings.sight' },
          { path: 'recordings.free' },
        ],
      },
    });
  });

  it('uploads three recordings stored under the code, never the file name, and submits', async () => {
    for (const key of ['range', 'sight', 'free']) {
      expect(await applicant.upload(applicationId, key, wav, `Léa Martin ${key}.wav`)).toBe(204);
    }
    const settled = await recordingsSettled(applicant, applicationId);
    expect(
      (settled as { recordings: { status: string }[] }).recordings.map((r) => r.status),
    ).toEqual(['ready', 'ready', 'ready']);
    const names = await t.database.db
      .select({ fileName: schema.files.fileName, use: schema.files.use })
      .from(schema.files)
      .where(eq(schema.files.orgId, org.id));
    expect(names.every((n) => n.use === 'audition' && !n.fileName.includes('Martin'))).toBe(true);
    const media = await org.members.coordinator.get(`/api/orgs/${org.id}/media`);
    expect((media.body as { items: unknown[] }).items).toEqual([]);
    const submitted = await applicant.request(
      'POST',
      `/api/guest/applicant/applications/${applicationId}/submit`,
    );
    expect(submitted.body).toMatchObject({ status: 'submitted' });
    const [receipt] = await t.database.db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.kind, 'call-receipt'));
    expect(receipt).toMatchObject({ toAddress: 'lea.martin@example.test' });
    expect(receipt!.subject).toContain('application received');
  }, 180_000);
});

describe('the jury', () => {
  const juror = () => org.members.juror;
  const jury = (path = '') => `/api/orgs/${org.id}/jury/calls/${callId}${path}`;

  it('names jurors among members who may judge, and assigns after the closing', async () => {
    const wrong = await org.members.coordinator.request(
      'PUT',
      `/api/orgs/${org.id}/calls/${callId}/jurors`,
      {
        userIds: [org.members.viewer.userId],
      },
    );
    expect(wrong.body).toMatchObject({
      error: { code: 'CALL.UNKNOWN_JUROR', fields: [{ path: 'body.userIds.0' }] },
    });
    await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${callId}/jurors`, {
      userIds: [juror().userId, org.members.artist.userId],
    });
    const early = await org.members.coordinator.post(
      `/api/orgs/${org.id}/calls/${callId}/assignments`,
      { mode: 'all' },
    );
    expect(early.status).toBe(409);
    await t.database.db
      .update(schema.calls)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(schema.calls.id, callId));
    const assigned = await org.members.coordinator.post(
      `/api/orgs/${org.id}/calls/${callId}/assignments`,
      { mode: 'all' },
    );
    expect(assigned.body).toEqual({ assignments: 2, conflictsDetected: 0 });
    await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${callId}/phase`, {
      phase: 'preselection',
    });
  });

  it('shows the juror a code, visible answers and recordings, never the name or hidden fields', async () => {
    const queue = await juror().get(jury());
    expect(queue.body).toMatchObject({ items: [{ applicationId, state: 'todo', part: 'alto' }] });
    const application = await juror().get(jury(`/applications/${applicationId}`));
    const text = JSON.stringify(application.body);
    expect(text).toContain('Belgique');
    for (const secret of ['Martin', 'lea.martin', '+32', 'phone'])
      expect(text).not.toContain(secret);
    const recordings = (application.body as { recordings: { id: string }[] }).recordings;
    expect(recordings).toHaveLength(3);
    const audio = await juror().get(`/api/orgs/${org.id}/jury/recordings/${recordings[0]!.id}`);
    expect(audio.status).toBe(200);
    expect(String(audio.headers['content-disposition'])).not.toContain('Martin');
  });

  it('hides the other jurors’ scores until one’s own are submitted', async () => {
    const early = await juror().get(jury(`/applications/${applicationId}/peer-scores`));
    expect(early.body).toMatchObject({ error: { code: 'CALL.OWN_SCORE_FIRST' } });
    const incomplete = await juror().request('PUT', jury(`/applications/${applicationId}/score`), {
      scores: { voice: 8 },
      submit: true,
    });
    expect(incomplete.status).toBe(400);
    const scored = await juror().request('PUT', jury(`/applications/${applicationId}/score`), {
      scores: { voice: 8, musicality: 7, reading: 6, motivation: 9 },
      recordingQuality: 2,
      note: 'Belle voix, micro saturé.',
      submit: true,
    });
    expect(scored.body).toMatchObject({ state: 'submitted', myScore: { total: 7.3 } });
    await org.members.artist.request('PUT', jury(`/applications/${applicationId}/score`), {
      scores: { voice: 6, musicality: 6, reading: 5, motivation: 7 },
      submit: true,
    });
    const peers = await juror().get(jury(`/applications/${applicationId}/peer-scores`));
    expect(peers.body).toMatchObject({ items: [{ total: 5.8 }] });
    expect(JSON.stringify(peers.body)).not.toContain('micro saturé');
  });

  it('ranks per part with spread, and the chair decides and notifies in the applicant’s language', async () => {
    const ranking = await org.members.coordinator.get(
      `/api/orgs/${org.id}/calls/${callId}/ranking`,
    );
    const alto = (ranking.body as { parts: { part: string; items: unknown[] }[] }).parts.find(
      (p) => p.part === 'alto',
    );
    expect(alto!.items[0]).toMatchObject({
      code: expect.any(String),
      mean: 6.55,
      spread: 1.5,
      disagreement: false,
      independent: { motivation: 8 },
    });
    await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${callId}/phase`, {
      phase: 'meeting',
    });
    const decided = await org.members.coordinator.request(
      'PUT',
      `/api/orgs/${org.id}/calls/${callId}/applications/${applicationId}/decision`,
      { decision: 'selected', reason: 'Une voix d’alto rare.' },
    );
    expect(decided.body).toMatchObject({ decision: 'selected' });
    const early = await org.members.coordinator.post(
      `/api/orgs/${org.id}/calls/${callId}/notifications`,
    );
    expect(early.body).toMatchObject({ error: { code: 'CALL.NOT_DECIDED' } });
    await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${callId}/phase`, {
      phase: 'decided',
    });
    const sent = await org.members.coordinator.post(
      `/api/orgs/${org.id}/calls/${callId}/notifications`,
    );
    expect(sent.body).toEqual({ queued: 1 });
    const [mail] = await t.database.db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.kind, 'call-decision'));
    expect(mail!.bodyText).toContain('has been selected');
    const locked = await juror().request('PUT', jury(`/applications/${applicationId}/score`), {
      scores: { voice: 2, musicality: 2, reading: 2, motivation: 2 },
    });
    expect(locked.body).toMatchObject({ error: { code: 'CALL.SCORES_LOCKED' } });
    const csv = await org.members.coordinator.get(
      `/api/orgs/${org.id}/calls/${callId}/export?format=csv&lang=fr`,
    );
    expect(String(csv.body)).toContain('Léa Martin');
  });

  it('lets the applicant read the jurors’ comments, and deletes recordings and notes after the retention', async () => {
    const data = await applicant.request(
      'GET',
      `/api/guest/applicant/applications/${applicationId}/data`,
    );
    expect(data.body).toMatchObject({ decision: 'selected', evaluations: [{}, {}] });
    expect(JSON.stringify(data.body)).toContain('micro saturé');
    // The applicant's page says the result and shows the evaluations under the rubric's labels.
    const page = await t.app.inject({
      method: 'GET',
      url: `/p/_/candidature/${applicationId}?lang=fr`,
      headers: { cookie: applicant.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Résultat : candidature retenue.');
    expect(page.body).toContain('Appréciations du jury');
    expect(page.body).toContain('<dt>Musicalité</dt>');
    expect(page.body).toContain('micro saturé');
    expect(page.body).not.toContain('envoi.js');
    const later = new Date(Date.now() + 5 * 31 * 86_400_000);
    expect(await purgeCallRecordings({ database: t.database, config: t.config }, later)).toEqual({
      calls: 1,
      files: 3,
    });
    const files = await t.database.db
      .select()
      .from(schema.files)
      .where(eq(schema.files.orgId, org.id));
    expect(files).toEqual([]);
    const after = await applicant.request(
      'GET',
      `/api/guest/applicant/applications/${applicationId}/data`,
    );
    expect(JSON.stringify(after.body)).not.toContain('micro saturé');
  });
});
