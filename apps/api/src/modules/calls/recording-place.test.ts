// The applicant's place to record: on their page they give their commune (name or postal code)
// and may say they have no place to record (plain form, no JavaScript); coordinators filter the
// applications that asked for a recording day, and the stops are listed near the commune given,
// with the day proposed. Refusals name the field; erasure forgets the commune.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantSession, callBody } from '../../testing/calls-fixtures';
import { buildProgramme } from '../../testing/territories-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let applicant: Awaited<ReturnType<typeof applicantSession>>;
let callId: string;
let applicationId: string;
let otherId: string;
const email = 'ines.morel@example.test';
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function post(url: string, fields: Record<string, string>, lang = 'fr-FR') {
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: applicant.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      'accept-language': lang,
    },
    payload: new URLSearchParams(fields).toString(),
  });
}
const own = async () =>
  (await applicant.request('GET', `/api/guest/applicant/applications/${applicationId}`)).body as {
    needsRecordingDay: boolean;
    commune: { code: string; name: string } | null;
  };

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  const created = await org.members.coordinator.post(`/api/orgs/${org.id}/calls`, callBody());
  callId = (created.body as { id: string }).id;
  await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${callId}/phase`, {
    phase: 'published',
  });
  const [other] = await t.database.db
    .insert(schema.callApplications)
    .values({ orgId: org.id, callId, code: 'OTH-001', email: 'other@example.test' })
    .returning();
  otherId = other!.id;
  applicant = await applicantSession(t, org.id, email);
  const started = await post('/p/_/candidature/nouvelle', { callId });
  applicationId = String(started.headers.location).split('/').pop()!;
  await buildProgramme(
    t,
    org.id,
    [{ key: 'corbigny', name: 'Salle de Corbigny', communeCode: '58083' }],
    [{ kind: 'workshop_singing', date: day(5), venue: 'corbigny' }],
  );
}, 240_000);
afterAll(() => t.close());

describe('the applicant’s place to record', () => {
  it('shows the commune field and the "no place to record" box on the page', async () => {
    const page = await applicant.request('GET', `/p/_/candidature/${applicationId}?lang=fr`);
    const html = String(page.body);
    expect(html).toContain('Lieu d’enregistrement');
    expect(html).toContain('name="commune"');
    expect(html).toContain('Je n’ai pas de lieu pour m’enregistrer');
  });

  it('refuses the box without a commune, and a commune nobody knows, naming the field; nothing saved', async () => {
    const marker = { recordingPlace: '1', needsRecordingDay: 'yes' };
    const alone = await post(`/p/_/candidature/${applicationId}`, { ...marker, commune: '' });
    expect(alone.statusCode).toBe(400);
    expect(alone.body).toContain('Indiquez votre commune');
    const unknown = await post(
      `/p/_/candidature/${applicationId}`,
      { ...marker, commune: 'Zzyzx-sur-Rien' },
      'de-DE',
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Ort nicht gefunden');
    expect(await own()).toMatchObject({ needsRecordingDay: false, commune: null });
    const json = await applicant.request(
      'PATCH',
      `/api/guest/applicant/applications/${applicationId}`,
      { commune: 'Zzyzx-sur-Rien' },
    );
    expect(json.status).toBe(400);
    expect(json.body).toMatchObject({
      error: { code: 'CALL.UNKNOWN_COMMUNE', fields: [{ path: 'body.commune' }] },
    });
  });

  it('saves the box with a commune typed by name, shows it understood, and unticks it', async () => {
    const saved = await post(`/p/_/candidature/${applicationId}`, {
      recordingPlace: '1',
      needsRecordingDay: 'yes',
      commune: 'lormes',
    });
    expect(saved.statusCode).toBe(303);
    expect(await own()).toEqual(
      expect.objectContaining({
        needsRecordingDay: true,
        commune: { code: '58145', name: 'Lormes (58)' },
      }),
    );
    const page = await applicant.request('GET', `/p/_/candidature/${applicationId}?lang=en`);
    expect(String(page.body)).toContain('Town understood: Lormes (58)');
    expect(String(page.body)).toContain('You asked for a supervised recording day');
    // The name shown back, sent again unchanged, keeps the commune; the box unticked says no.
    const unticked = await post(`/p/_/candidature/${applicationId}`, {
      recordingPlace: '1',
      commune: 'Lormes (58)',
    });
    expect(unticked.statusCode).toBe(303);
    expect(await own()).toMatchObject({ needsRecordingDay: false, commune: { code: '58145' } });
    await post(`/p/_/candidature/${applicationId}`, {
      recordingPlace: '1',
      needsRecordingDay: 'yes',
      commune: 'Lormes (58)',
    });
  });

  it('lets coordinators list only the applications asking for a recording day, with the commune', async () => {
    const url = `/api/orgs/${org.id}/calls/${callId}/applications`;
    const all = await org.members.coordinator.get(url);
    expect((all.body as { items: unknown[] }).items).toHaveLength(2);
    const asked = await org.members.coordinator.get(`${url}?recordingDay=requested`);
    expect(asked.status).toBe(200);
    expect((asked.body as { items: unknown[] }).items).toEqual([
      expect.objectContaining({
        id: applicationId,
        needsRecordingDay: true,
        commune: { code: '58145', name: 'Lormes (58)' },
      }),
    ]);
    const wrong = await org.members.coordinator.get(`${url}?recordingDay=maybe`);
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('recordingDay');
  });

  it('lists the stops near the applicant’s commune by default, then the day proposed', async () => {
    const base = `/api/orgs/${org.id}/calls/${callId}/applications/${applicationId}`;
    const stops = await org.members.coordinator.get(`${base}/recording-stops`);
    expect(stops.status).toBe(200);
    const body = stops.body as { commune: { name: string }; items: { sessionId: string }[] };
    expect(body).toMatchObject({ commune: { name: 'Lormes' }, proposed: null });
    expect(body.items).toHaveLength(1);
    await org.members.coordinator.request('PUT', `${base}/recording-day`, {
      sessionId: body.items[0]!.sessionId,
      communeCode: '58145',
    });
    const after = await org.members.coordinator.get(`${base}/recording-stops`);
    expect(after.body).toMatchObject({ proposed: { venueName: 'Salle de Corbigny' } });
    // Another application without a commune: nothing to list, nothing proposed.
    const other = await org.members.coordinator.get(
      `/api/orgs/${org.id}/calls/${callId}/applications/${otherId}/recording-stops`,
    );
    expect(other.body).toEqual({ commune: null, items: [], proposed: null });
  });

  it('forgets the commune on erasure of a submitted application', async () => {
    await t.database.db
      .update(schema.callApplications)
      .set({ status: 'submitted', submittedAt: new Date() })
      .where(eq(schema.callApplications.id, applicationId));
    const erased = await org.members.admin.post(
      `/api/orgs/${org.id}/call-applications/${applicationId}/erasure`,
      { confirm: true },
    );
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    const [row] = await t.database.db
      .select()
      .from(schema.callApplications)
      .where(eq(schema.callApplications.id, applicationId));
    expect(row).toMatchObject({ communeCode: null, communeName: null, needsRecordingDay: false });
  });
});
