// Blind stays blind: an applicant whose recordings carry their name in their tags applies; a
// juror, then a coordinator sitting on the jury, try every GET route of the API (their queue, the
// application, the recordings' bytes, peer scores, and every other organisation route), and no
// answer holds the applicant's name or e-mail address. The coordinator reads the call's names
// once its scores are locked; admins never sit on a jury.
import { randomUUID } from 'node:crypto';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantSession, callBody, recordingsSettled } from '../../testing/calls-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { melodyWav } from '../media';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
const ids: Record<string, string> = {};
const NAME = 'Zéphyrine Quatremare';
const EMAIL = 'zephyrine.quatremare@example.test';

/** A WAV whose LIST/INFO tags name the singer, as a phone's recorder app may write. */
function taggedWav() {
  const wav = melodyWav(['E4', 'G4'], 0.3);
  const text = Buffer.from(`${NAME}\0`, 'utf8');
  const padded = text.length % 2 ? Buffer.concat([text, Buffer.alloc(1)]) : text;
  const iart = Buffer.concat([Buffer.from('IART'), u32(text.length), padded]);
  const list = Buffer.concat([
    Buffer.from('LIST'),
    u32(4 + iart.length),
    Buffer.from('INFO'),
    iart,
  ]);
  const out = Buffer.concat([wav, list]);
  out.writeUInt32LE(out.length - 8, 4);
  return out;
}
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'juror', 'artist']);
  const created = await org.members.coordinator.post(`/api/orgs/${org.id}/calls`, callBody());
  ids.callId = (created.body as { id: string }).id;
  await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${ids.callId}/phase`, {
    phase: 'published',
  });
  const applicant = await applicantSession(t, org.id, EMAIL);
  const started = await applicant.request('POST', '/api/guest/applicant/applications', {
    callId: ids.callId,
  });
  ids.applicationId = (started.body as { id: string }).id;
  await applicant.request('PATCH', `/api/guest/applicant/applications/${ids.applicationId}`, {
    name: NAME,
    part: 'tenor',
    answers: { country: 'France', phone: '+33 6 12 34 56 78', experience: 'Chœur de Nevers' },
  });
  for (const key of ['range', 'sight', 'free']) {
    await applicant.upload(ids.applicationId, key, taggedWav(), `${NAME} – ${key}.wav`);
  }
  await recordingsSettled(applicant, ids.applicationId);
  const submitted = await applicant.request(
    'POST',
    `/api/guest/applicant/applications/${ids.applicationId}/submit`,
  );
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${ids.callId}/jurors`, {
    userIds: [org.members.juror.userId, org.members.artist.userId, org.members.coordinator.userId],
  });
  await t.database.db
    .update(schema.calls)
    .set({ closesAt: new Date(Date.now() - 1000) })
    .where(eq(schema.calls.id, ids.callId));
  await org.members.coordinator.post(`/api/orgs/${org.id}/calls/${ids.callId}/assignments`, {
    mode: 'all',
  });
  await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${ids.callId}/phase`, {
    phase: 'preselection',
  });
  const scores = { voice: 7, musicality: 6, reading: 5, motivation: 8 };
  for (const juror of [org.members.juror, org.members.artist, org.members.coordinator]) {
    await juror.request(
      'PUT',
      `/api/orgs/${org.id}/jury/calls/${ids.callId}/applications/${ids.applicationId}/score`,
      { scores, note: 'Voix claire', submit: true },
    );
  }
  const [recording] = await t.database.db
    .select({ id: schema.callRecordings.id })
    .from(schema.callRecordings)
    .where(eq(schema.callRecordings.applicationId, ids.applicationId));
  ids.recordingId = recording!.id;
}, 240_000);
afterAll(() => t.close());

const identifying = [NAME, 'Quatremare', 'Zéphyrine', 'Zephyrine', EMAIL, 'zephyrine', '12 34 56'];

describe('blind scoring', () => {
  it('the recordings stored hold no tag naming the applicant', async () => {
    const response = await org.members.juror.get(
      `/api/orgs/${org.id}/jury/recordings/${ids.recordingId}`,
    );
    expect(response.status).toBe(200);
    expect(response.rawBody.length).toBeGreaterThan(100);
    for (const encoding of ['utf8', 'latin1'] as const) {
      const bytes = response.rawBody.toString(encoding);
      for (const text of identifying) expect(bytes).not.toContain(text);
    }
  });

  for (const role of ['juror', 'coordinator'] as const) {
    it(`no GET route answers a ${role} on the jury with the applicant’s name or e-mail address`, async () => {
      const routes = t.app.routeTable.filter(
        (r) => r.method === 'GET' && r.url.startsWith('/api/'),
      );
      let reached = 0;
      for (const route of routes) {
        const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
          name === 'orgId' ? org.id : (ids[name] ?? randomUUID()),
        );
        const response = await org.members[role].get(url);
        if (response.status === 200) reached += 1;
        const text = `${JSON.stringify(response.headers)} ${response.rawBody.toString('utf8')}`;
        for (const secret of identifying) {
          expect({ route: route.url, leaks: text.includes(secret) }).toEqual({
            route: route.url,
            leaks: false,
          });
        }
      }
      // The juror's own routes answered: the walk saw the data it had to check.
      expect(reached).toBeGreaterThanOrEqual(5);
      // Every GET route of the API, one after the other: minutes on a busy machine.
    }, 240_000);
  }
});

describe('staff on a jury', () => {
  const call = (path = '') => `/api/orgs/${org.id}/calls/${ids.callId}${path}`;

  it('refuses the call’s names, scores and decisions to a coordinator on its jury (403), not to its chair', async () => {
    const coordinator = org.members.coordinator;
    expect((await coordinator.get(call())).body).toMatchObject({ blindJuror: true });
    for (const path of ['/applications', '/ranking', '/calibration', '/export?format=csv']) {
      const response = await coordinator.get(call(path));
      expect({ path, status: response.status, body: response.body }).toMatchObject({
        path,
        status: 403,
        body: { error: { code: 'CALL.JUROR_BLIND' } },
      });
    }
    const decision = await coordinator.request(
      'PUT',
      call(`/applications/${ids.applicationId}/decision`),
      { decision: 'selected' },
    );
    expect(decision.body).toMatchObject({ error: { code: 'CALL.JUROR_BLIND' } });
    const chair = await org.members.admin.get(call('/applications'));
    expect(JSON.stringify(chair.body)).toContain(NAME);
    expect((await org.members.admin.get(call())).body).toMatchObject({ blindJuror: false });
  });

  it('never seats an admin on a jury', async () => {
    const named = await org.members.coordinator.request('PUT', call('/jurors'), {
      userIds: [org.members.juror.userId, org.members.admin.userId],
    });
    expect(named.body).toMatchObject({
      error: { code: 'CALL.UNKNOWN_JUROR', fields: [{ path: 'body.userIds.1' }] },
    });
    expect(named.body).toMatchObject({
      error: { fields: [{ message: 'Admins never sit on a jury' }] },
    });
    // An admin seated before being promoted judges nothing either.
    await t.database.db
      .insert(schema.callJurors)
      .values({ orgId: org.id, callId: ids.callId!, userId: org.members.admin.userId! });
    expect((await org.members.admin.get(`/api/orgs/${org.id}/jury/calls`)).body).toEqual({
      items: [],
    });
    const queue = await org.members.admin.get(`/api/orgs/${org.id}/jury/calls/${ids.callId}`);
    expect(queue.status).toBe(404);
  });

  it('shows the coordinator the names once the scores are locked', async () => {
    const locked = await org.members.admin.request('PUT', call('/phase'), {
      phase: 'meeting',
      lockScores: true,
    });
    expect(locked.body).toMatchObject({ phase: 'meeting', blindJuror: false });
    const ranking = await org.members.coordinator.get(call('/ranking'));
    expect(ranking.status).toBe(200);
    expect(JSON.stringify(ranking.body)).toContain(NAME);
  });
});
