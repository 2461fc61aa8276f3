// A person's rights over applications to calls: the applicant's application (identity, answers,
// recordings, and the jury's evaluations once the results are sent) is in the participant's
// export (JSON and PDF) and in the export of an applicant known by their address; erasure
// deletes the recordings' files, clears the name, address, answers and comments, and keeps the
// jurors' scores under the random code; the retention rule does the same a year after results.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApplicantDataExport, ErasureAccount, PersonDataExport } from '@tutti/contracts';
import { ApplicantDataExportSchema, PersonDataExportSchema } from '@tutti/contracts';
import { rowsOf, schema } from '@tutti/db';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantSession, callBody, recordingsSettled } from '../../testing/calls-fixtures';
import { readPdf } from '../../testing/pdf-reading';
import { buildGroup, buildParticipant } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { callApplicationsRetention, purgeCallRecordings } from '../calls';
import { melodyWav } from '../media';

// Names found nowhere else, so that a search for them finds only these applicants.
const MEMBER = { first: 'Aurélien', last: 'Vauquelinot', email: 'aurelien.vq@chant.test' };
const OUTSIDER = { name: 'Philomène Brisquetard', email: 'philo.brisquetard@chant.test' };
const ANSWER = 'Maîtrise de Quimperlé-sur-Ondes';
const COMMENT = 'Souffle court sur la pièce libre, timbre rare';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let callId: string;
let participantId: string;
const applications: Record<'member' | 'outsider', string> = { member: '', outsider: '' };

async function apply(email: string, name: string) {
  const applicant = await applicantSession(t, org.id, email);
  const started = await applicant.request('POST', '/api/guest/applicant/applications', {
    callId,
  });
  const id = (started.body as { id: string }).id;
  await applicant.request('PATCH', `/api/guest/applicant/applications/${id}`, {
    name,
    part: 'tenor',
    answers: { country: 'France', experience: ANSWER },
  });
  for (const key of ['range', 'sight', 'free']) {
    await applicant.upload(id, key, melodyWav(['E4', 'G4'], 0.3), `${name} ${key}.wav`);
  }
  await recordingsSettled(applicant, id);
  const submitted = await applicant.request(
    'POST',
    `/api/guest/applicant/applications/${id}/submit`,
  );
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return id;
}

/** Every table whose rows mention `text`. */
async function tablesMentioning(text: string) {
  const tables = await rowsOf<{ schema: string; name: string }>(
    t.database.db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const found: string[] = [];
  for (const table of tables) {
    const [row] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from ${sql.identifier(table.schema)}.${sql.identifier(table.name)} as r where r::text ilike ${`%${text}%`}`,
    );
    if ((row?.n ?? 0) > 0) found.push(`${table.schema}.${table.name}`);
  }
  return found;
}

async function storageKeysOf(applicationId: string) {
  const rows = await t.database.db
    .select({ key: schema.files.storageKey })
    .from(schema.callRecordings)
    .innerJoin(schema.files, eq(schema.files.id, schema.callRecordings.fileId))
    .where(eq(schema.callRecordings.applicationId, applicationId));
  return rows.map((r) => r.key);
}

const exists = (key: string) =>
  access(join(t.config.filesDir, key)).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'juror']);
  const group = await buildGroup(org.members.coordinator, org.id, { ageBand: '18-25' });
  const person = await buildParticipant(org.members.coordinator, org.id, group.id, {
    firstName: MEMBER.first,
    lastName: MEMBER.last,
    ageBand: '18-25',
  });
  participantId = person.id;
  const created = await org.members.coordinator.post(`/api/orgs/${org.id}/calls`, callBody());
  callId = (created.body as { id: string }).id;
  await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${callId}/phase`, {
    phase: 'published',
  });
  applications.member = await apply(MEMBER.email, `${MEMBER.first} ${MEMBER.last}`);
  applications.outsider = await apply(OUTSIDER.email, OUTSIDER.name);
  // A juror scored both with a private comment; the results were sent.
  await t.database.db
    .insert(schema.callJurors)
    .values({ orgId: org.id, callId, userId: org.members.juror.userId! });
  for (const applicationId of Object.values(applications)) {
    await t.database.db.insert(schema.callAssignments).values({
      orgId: org.id,
      callId,
      applicationId,
      userId: org.members.juror.userId!,
      scores: { voice: 8, musicality: 7, reading: 6, motivation: 9 },
      recordingQuality: 4,
      total: 7.3,
      note: COMMENT,
      submittedAt: new Date(),
    });
  }
  await t.database.db
    .update(schema.callApplications)
    .set({ decision: 'waiting', decisionReason: 'Pupitre complet', notifiedAt: new Date() })
    .where(eq(schema.callApplications.callId, callId));
}, 300_000);
afterAll(() => t.close());

describe('a participant’s applications', () => {
  it('are in their export: identity, answers, recordings and, after the results, the jury’s evaluations', async () => {
    const response = await org.members.admin.get(
      `/api/orgs/${org.id}/participants/${participantId}/data-export?format=json`,
    );
    expect(response.status).toBe(200);
    const data = PersonDataExportSchema.parse(response.body) as PersonDataExport;
    expect(data.applications).toHaveLength(1);
    const [application] = data.applications;
    expect(application).toMatchObject({
      callTitle: 'Chœur des jeunes 2027',
      name: `${MEMBER.first} ${MEMBER.last}`,
      email: MEMBER.email,
      part: 'tenor',
      status: 'submitted',
      decision: 'waiting',
      decisionReason: 'Pupitre complet',
      evaluationsPending: false,
    });
    expect(application!.answers).toContainEqual({ question: 'Parcours', answer: ANSWER });
    expect(application!.recordings.map((r) => r.label).sort()).toEqual(
      ['Déchiffrage', 'Pièce libre', 'Test de tessiture'].sort(),
    );
    expect(application!.recordings.every((r) => r.fileName !== null)).toBe(true);
    expect(application!.evaluations).toEqual([
      {
        juror: '1',
        scores: expect.arrayContaining([{ criterion: 'Voix', score: 8 }]),
        recordingQuality: 4,
        total: 7.3,
        comment: COMMENT,
      },
    ]);
    // The receipt mailed to the applicant's address is in it too.
    expect(data.messages.some((m) => m.to === MEMBER.email)).toBe(true);
  });

  it('are a section of the PDF, in the reader’s language', async () => {
    const response = await org.members.admin.get(
      `/api/orgs/${org.id}/participants/${participantId}/data-export?format=pdf&locale=en`,
    );
    expect(response.status).toBe(200);
    const { text } = await readPdf(response.rawBody);
    expect(text).toContain('Applications to calls');
    expect(text).toContain(ANSWER);
    expect(text).toContain('Recording quality');
  });

  it('erasure removes the application’s identity, answers, comments and recordings’ files, and keeps the scores without a name', async () => {
    const keys = await storageKeysOf(applications.member);
    expect(keys).toHaveLength(3);
    expect(await Promise.all(keys.map(exists))).toEqual([true, true, true]);
    const preview = await org.members.admin.get(
      `/api/orgs/${org.id}/participants/${participantId}/erasure`,
    );
    const before = preview.body as ErasureAccount;
    expect(before.removed).toContainEqual({ item: 'callApplications', count: 1 });
    expect(before.removed).toContainEqual({ item: 'callRecordings', count: 3 });
    expect(before.kept).toContainEqual({ item: 'callScores', count: 1, reason: 'callIntegrity' });
    const erased = await org.members.admin.post(
      `/api/orgs/${org.id}/participants/${participantId}/erasure`,
      { confirm: true },
    );
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await Promise.all(keys.map(exists))).toEqual([false, false, false]);
    for (const text of [MEMBER.last, MEMBER.email, 'aurelien.vq']) {
      expect({ text, tables: await tablesMentioning(text) }).toEqual({ text, tables: [] });
    }
    const [kept] = await t.database.db
      .select()
      .from(schema.callApplications)
      .where(eq(schema.callApplications.id, applications.member));
    expect(kept).toMatchObject({ name: '', answers: {}, part: 'tenor', decision: 'waiting' });
    const [scores] = await t.database.db
      .select()
      .from(schema.callAssignments)
      .where(eq(schema.callAssignments.applicationId, applications.member));
    expect(scores).toMatchObject({ total: 7.3, note: null, recordingQuality: 4 });
    // The other applicant's application is untouched.
    expect(await storageKeysOf(applications.outsider)).toHaveLength(3);
  });
});

describe('an applicant known by their address only', () => {
  const base = () => `/api/orgs/${org.id}/call-applications/${applications.outsider}`;

  it('gets every application sent from the address, as JSON and as a PDF', async () => {
    const json = await org.members.admin.get(`${base()}/data-export?format=json`);
    expect(json.status).toBe(200);
    const data = ApplicantDataExportSchema.parse(json.body) as ApplicantDataExport;
    expect(data.email).toBe(OUTSIDER.email);
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0]).toMatchObject({ name: OUTSIDER.name, code: expect.any(String) });
    expect(data.applications[0]!.evaluations[0]!.comment).toBe(COMMENT);
    expect(data.guestAccess.links.length).toBeGreaterThan(0);
    const pdf = await org.members.admin.get(`${base()}/data-export?format=pdf&locale=de`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text, language } = await readPdf(pdf.rawBody);
    expect(language).toBe('de');
    expect(text).toContain('Bewerbungen auf Ausschreibungen');
    expect(text).toContain(OUTSIDER.email);
  });

  it('is refused to coordinators and jurors (403) and unknown elsewhere (404)', async () => {
    for (const role of ['coordinator', 'juror'] as const) {
      const response = await org.members[role].get(`${base()}/data-export?format=json`);
      expect(response.status).toBe(403);
    }
    const unknown = await org.members.admin.get(
      `/api/orgs/${org.id}/call-applications/00000000-0000-4000-8000-000000000000/erasure`,
    );
    expect(unknown.status).toBe(404);
    const bad = await org.members.admin.post(`${base()}/erasure`, { confirm: false });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('body.confirm');
  });

  it('erasure deletes the recordings’ files, links and mail of the address, keeps the scores, then finds no one', async () => {
    const keys = await storageKeysOf(applications.outsider);
    const preview = await org.members.admin.get(`${base()}/erasure`);
    expect(preview.body).toMatchObject({
      participantId: null,
      erased: false,
      removed: expect.arrayContaining([
        { item: 'callApplications', count: 1 },
        { item: 'callRecordings', count: 3 },
      ]),
      kept: [{ item: 'callScores', count: 1, reason: 'callIntegrity' }],
    });
    const erased = await org.members.admin.post(`${base()}/erasure`, { confirm: true });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body).toMatchObject({ erased: true });
    expect(await Promise.all(keys.map(exists))).toEqual([false, false, false]);
    for (const text of ['Brisquetard', OUTSIDER.email, ANSWER, COMMENT]) {
      expect({ text, tables: await tablesMentioning(text) }).toEqual({ text, tables: [] });
    }
    const scores = await t.database.db
      .select({ total: schema.callAssignments.total })
      .from(schema.callAssignments)
      .where(eq(schema.callAssignments.callId, callId));
    expect(scores).toEqual([{ total: 7.3 }, { total: 7.3 }]);
    // Once erased, the application no longer leads to anyone.
    const again = await org.members.admin.get(`${base()}/data-export?format=json`);
    expect(again.status).toBe(404);
  });
});

describe('retention of applications', () => {
  it('a year after the results, once recordings are gone, deletes drafts and anonymises the rest', async () => {
    const draftOwner = await applicantSession(t, org.id, 'brouillon.oublie@chant.test');
    const draft = await draftOwner.request('POST', '/api/guest/applicant/applications', {
      callId,
    });
    const draftId = (draft.body as { id: string }).id;
    const submitted = await apply('gaspard.ruysdaelle@chant.test', 'Gaspard Ruysdaelle');
    const resultsAt = new Date();
    await t.database.db
      .update(schema.calls)
      .set({ resultsAt, closesAt: new Date(Date.now() - 1000) })
      .where(eq(schema.calls.id, callId));
    const purge = (now: Date) => callApplicationsRetention.purge(t.database, now);
    // Before a year: nothing; after a year but with recordings still kept: nothing either.
    const year = 366 * 86_400_000;
    expect([...(await purge(new Date(Date.now() + 30 * 86_400_000))).values()]).toEqual([]);
    expect([...(await purge(new Date(Date.now() + year))).values()]).toEqual([]);
    await purgeCallRecordings(
      { database: t.database, config: t.config },
      new Date(Date.now() + year),
    );
    const counts = await purge(new Date(Date.now() + year));
    expect(counts.get(org.id)).toBe(2);
    const rows = await t.database.db
      .select()
      .from(schema.callApplications)
      .where(inArray(schema.callApplications.id, [draftId, submitted]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: submitted, name: '', answers: {} });
    // The calls' tables hold the name no more (the receipt mail goes by the outbox's own rule).
    expect(
      (await tablesMentioning('Ruysdaelle')).filter((table) => table.includes('.call_')),
    ).toEqual([]);
  });
});
