// Calls in tests: a call body, an applicant who applies through a one-time link with recordings
// sent over tus, and the contract-test fixtures (a call, an application, a recording).
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { askForLink, latestLinkToken, openLink } from './guest-access-fixtures';
import { uploadMetadata } from './media-uploads';
import type { TestApp } from './test-app';

type BuiltOrganisation = { id: string; members: Record<string, import('./test-app').Client> };

/** A call open since yesterday for a month, with three recordings and four parts. */
export function callBody(overrides: Record<string, unknown> = {}) {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    title: { fr: 'Chœur des jeunes 2027', en: 'Youth choir 2027', de: 'Jugendchor 2027' },
    description: { fr: 'Une saison de concerts en itinérance pour 18–26 ans.' },
    eligibility: { fr: 'Avoir entre 18 et 26 ans au 1er juillet.' },
    timeZone: 'Europe/Paris',
    opensAt: `${day(-1)}T09:00`,
    closesAt: `${day(30)}T18:00`,
    fields: [
      { key: 'country', type: 'text', label: { fr: 'Pays' }, required: true, visibility: 'jurors' },
      { key: 'phone', type: 'phone', label: { fr: 'Téléphone' }, visibility: 'hidden' },
      { key: 'experience', type: 'longText', label: { fr: 'Parcours' }, visibility: 'jurors' },
    ],
    recordings: [
      { key: 'range', label: { fr: 'Test de tessiture' }, maxSeconds: 80 },
      { key: 'sight', label: { fr: 'Déchiffrage' }, maxSeconds: 120 },
      { key: 'free', label: { fr: 'Pièce libre' }, maxSeconds: 240 },
    ],
    criteria: [
      { key: 'voice', label: { fr: 'Voix' }, weight: 50 },
      { key: 'musicality', label: { fr: 'Musicalité' }, weight: 30 },
      { key: 'reading', label: { fr: 'Lecture' }, weight: 20 },
      { key: 'motivation', label: { fr: 'Motivation' }, weight: 0, independent: true },
    ],
    parts: [
      { key: 'soprano', label: { fr: 'Sopranos' }, places: 2 },
      { key: 'alto', label: { fr: 'Altos' }, places: 2 },
      { key: 'tenor', label: { fr: 'Ténors' }, places: 2 },
      { key: 'bass', label: { fr: 'Basses' }, places: 2 },
    ],
    ...overrides,
  };
}

/** A browser holding an applicant access for `email` in the organisation. */
export async function applicantSession(t: TestApp, orgId: string, email: string) {
  const asked = await askForLink(t, { orgId, scope: 'applicant', email });
  if (asked.status !== 202) throw new Error(`link refused: ${JSON.stringify(asked.body)}`);
  const token = await latestLinkToken(t, orgId, email);
  if (!token) throw new Error(`no link sent to ${email}`);
  const opened = await openLink(t, token);
  const cookie = opened.cookie!;
  const call = async (method: string, url: string, payload?: unknown, headers = {}) => {
    const response = await t.app.inject({
      method: method as 'GET',
      url,
      headers: { cookie, ...headers },
      ...(payload === undefined ? {} : { payload: payload as string }),
    });
    return {
      status: response.statusCode,
      headers: response.headers,
      body: response.body ? (safeJson(response.body) as Record<string, unknown>) : null,
    };
  };
  return {
    cookie,
    request: call,
    /** Sends a whole recording through tus; answers the upload's status. */
    async upload(applicationId: string, key: string, bytes: Buffer, filename = `${key}.wav`) {
      const created = await call(
        'POST',
        `/api/guest/applicant/applications/${applicationId}/recordings/${key}`,
        undefined,
        {
          'tus-resumable': '1.0.0',
          'upload-length': String(bytes.length),
          'upload-metadata': uploadMetadata({ filename }),
        },
      );
      if (created.status !== 201) return created.status;
      const sent = await t.app.inject({
        method: 'PATCH',
        url: String(created.headers.location),
        headers: {
          cookie,
          'tus-resumable': '1.0.0',
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
        },
        payload: bytes,
      });
      return sent.statusCode;
    },
  };
}

function safeJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Polls until no recording of the application is uploading or processing. */
export async function recordingsSettled(
  applicant: Awaited<ReturnType<typeof applicantSession>>,
  applicationId: string,
) {
  const started = Date.now();
  for (;;) {
    const { body } = await applicant.request(
      'GET',
      `/api/guest/applicant/applications/${applicationId}`,
    );
    const recordings = (body as { recordings: { status: string | null }[] }).recordings;
    if (!recordings.some((r) => r.status === 'uploading' || r.status === 'processing')) return body;
    if (Date.now() - started > 150_000) throw new Error('recordings stayed in processing');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Contract-test fixtures: a call of the organisation, an application and a recording row. */
export async function seedCallResources(
  t: TestApp,
  organisation: BuiltOrganisation,
  fileId: string,
) {
  const staff = organisation.members.coordinator ?? organisation.members.admin!;
  const created = await staff.post(`/api/orgs/${organisation.id}/calls`, callBody());
  if (created.status !== 201) throw new Error(`fixture call: ${JSON.stringify(created.body)}`);
  const callId = (created.body as { id: string }).id;
  const [application] = await t.database.db
    .insert(schema.callApplications)
    .values({
      orgId: organisation.id,
      callId,
      code: 'FIX-001',
      email: `applicant-${organisation.id.slice(0, 8)}@example.test`,
      name: 'Candidate Fixture',
      status: 'submitted',
      submittedAt: new Date(),
    })
    .returning();
  const [recording] = await t.database.db
    .insert(schema.callRecordings)
    .values({ orgId: organisation.id, applicationId: application!.id, key: 'range', fileId })
    .returning();
  // The coordinator sits on the jury and has scored, so that every juror route answers them
  // (admins never judge); the admin chairs the call.
  const userId = (organisation.members.coordinator ?? organisation.members.admin)!.userId!;
  await t.database.db.insert(schema.callJurors).values({ orgId: organisation.id, callId, userId });
  await t.database.db.insert(schema.callAssignments).values({
    orgId: organisation.id,
    callId,
    applicationId: application!.id,
    userId,
    scores: { voice: 7, musicality: 7, reading: 7, motivation: 7 },
    total: 7,
    submittedAt: new Date(),
  });
  // Scores locked: the chair's distribution by territory answers (409 before the lock).
  await t.database.db
    .update(schema.calls)
    .set({ scoresLockedAt: new Date() })
    .where(eq(schema.calls.id, callId));
  return { callId, applicationId: application!.id, recordingId: recording!.id };
}

/** Valid bodies for the routes of calls. */
export const callCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/calls': callBody(),
  'PATCH /api/orgs/:orgId/calls/:callId': { retentionMonths: 3 },
  'PUT /api/orgs/:orgId/calls/:callId/phase': { phase: 'published' },
  'PUT /api/orgs/:orgId/calls/:callId/jurors': { userIds: [] },
  'POST /api/orgs/:orgId/calls/:callId/assignments': { mode: 'all' },
  'PUT /api/orgs/:orgId/calls/:callId/applications/:applicationId/shortlist': { shortlisted: true },
  'PUT /api/orgs/:orgId/calls/:callId/applications/:applicationId/decision': {
    decision: 'selected',
  },
  'PUT /api/orgs/:orgId/jury/calls/:callId/applications/:applicationId/score': {
    scores: { voice: 7 },
  },
  'POST /api/orgs/:orgId/jury/calls/:callId/applications/:applicationId/recusal': {
    reason: 'Je connais cette personne',
  },
  'POST /api/orgs/:orgId/call-applications/:applicationId/erasure': { confirm: true },
  'PUT /api/orgs/:orgId/calls/:callId/applications/:applicationId/recording-day': {
    sessionId: '00000000-0000-4000-8000-000000000000',
    communeCode: '58145',
  },
};
