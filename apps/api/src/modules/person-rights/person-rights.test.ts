// A person's rights: the export holds every row about a participant and their guardians, erasure
// leaves their name in no table, the requests log dates each request and its answer, and only
// admins of the organisation reach any of it.
import { randomUUID } from 'node:crypto';
import type {
  ErasureAccount,
  ParticipantDetail,
  PersonDataExport,
  RightsRequest,
} from '@tutti/contracts';
import { PersonDataExportSchema } from '@tutti/contracts';
import { newOrderSecret, rowsOf, schema } from '@tutti/db';
import { sameDayMonthsLater, today } from '@tutti/kit/dates';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttendanceScene, markOp, sendOperations } from '../../testing/attendance-setup';
import { askForLink, latestLinkToken, openLink } from '../../testing/guest-access-fixtures';
import { readPdf, rolesOf } from '../../testing/pdf-reading';
import { buildParticipant, buildSession } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { rightsRequestsRetention } from './person-rights.retention';

// Names found nowhere else in the database, so that a search for them finds only this person.
const CHILD_LAST = 'Quennevautrin';
const GUARDIAN = 'Ombeline Quennevautrin';
const GUARDIAN_EMAIL = 'ombeline.qv@famille.test';
const GUARDIAN_PHONE = '+33612345678';
const NEEDS = 'Appareil auditif côté gauche, Zorvex';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;
let child: ParticipantDetail;
let sessionTitle: string;
let base: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  other = await buildOrganisation(t, ['admin'], 'Chœur des Quartiers');
  base = `/api/orgs/${org.id}`;
  const scene = await buildAttendanceScene(t, org, { participants: 2 });
  sessionTitle = scene.session.title!;
  child = await buildParticipant(org.members.coordinator, org.id, scene.listed.id, {
    firstName: 'Zéphyrine',
    lastName: CHILD_LAST,
    communeName: 'Corbigny',
    accessNeeds: NEEDS,
    consent: {
      guardianName: GUARDIAN,
      guardianEmail: GUARDIAN_EMAIL,
      guardianPhone: GUARDIAN_PHONE,
      givenOn: '2025-09-12',
      method: 'paper',
      purposes: ['participation', 'evaluation'],
    },
  });
  await sendOperations(org.members.artist, org.id, [markOp(scene.session.id, child.id, 'present')]);
  // A survey answered for the child, pseudonymously.
  const survey = await org.members.coordinator.post(`${base}/surveys`, {
    title: 'Grille d’écoute',
    subject: 'participant',
    beforeAfter: true,
    questions: [
      { kind: 'scale', label: 'Écoute', scaleLabels: { low: 'Rarement', high: 'Toujours' } },
      {
        kind: 'single_choice',
        label: 'Participation',
        options: [{ label: 'Seule' }, { label: 'En groupe' }],
      },
    ],
  });
  const surveyId = (survey.body as { id: string }).id;
  await org.members.coordinator.post(`${base}/surveys/${surveyId}/status`, { status: 'open' });
  const answered = await org.members.coordinator.post(`${base}/surveys/${surveyId}/responses`, {
    opId: randomUUID(),
    phase: 'before',
    participantId: child.id,
    answers: { q1: 4, q2: 'o2' },
  });
  expect(answered.status).toBe(201);
  // Introduced to a choir after the journey, with the guardian's consent given then.
  const ensemble = await org.members.coordinator.post(`${base}/ensembles`, {
    name: 'Maîtrise de Corbigny',
    kind: 'choir',
    places: [{ communeCode: '58083', communeName: 'Corbigny' }],
    contactEmail: 'maitrise@example.test',
  });
  const introduced = await org.members.coordinator.post(
    `${base}/participants/${child.id}/handovers`,
    {
      ensembleId: (ensemble.body as { id: string }).id,
      sang: 'Un canon',
      message: `La petite ${CHILD_LAST} a une voix claire`,
      consent: {
        guardianName: GUARDIAN,
        guardianEmail: GUARDIAN_EMAIL,
        givenOn: '2025-09-12',
        method: 'paper',
        purposes: ['handover'],
      },
      contactEmail: GUARDIAN_EMAIL,
      followUp: true,
    },
  );
  expect(introduced.status, JSON.stringify(introduced.body)).toBe(201);
  // The guardian asked for a one-time link and opened it.
  expect((await askForLink(t, { orgId: org.id, email: GUARDIAN_EMAIL })).status).toBe(202);
  const token = await latestLinkToken(t, org.id, GUARDIAN_EMAIL);
  expect((await openLink(t, token!)).status).toBe(200);
  // The guardian booked the concert (with access needs), was given a free seat by a relay in
  // their name (by phone), waits for another, and heads a class's group order: found by the
  // guardian's addresses.
  const db = t.database.db;
  const concert = await buildSession(t, org.id, { kind: 'concert' });
  await db
    .update(schema.sessions)
    .set({ title: 'Concert des familles' })
    .where(eq(schema.sessions.id, concert.id));
  await db.insert(schema.concertOrders).values({
    orgId: org.id,
    sessionId: concert.id,
    secret: newOrderSecret(),
    name: 'Ombeline',
    phone: GUARDIAN_PHONE,
    seats: 1,
    channel: 'relay',
  });
  const [order] = await db
    .insert(schema.concertOrders)
    .values({
      orgId: org.id,
      sessionId: concert.id,
      secret: newOrderSecret(),
      name: GUARDIAN,
      email: GUARDIAN_EMAIL,
      seats: 3,
    })
    .returning();
  await db
    .insert(schema.concertOrderAccessNeeds)
    .values({ orderId: order!.id, orgId: org.id, needs: 'Fauteuil, Zorvex' });
  await db.insert(schema.concertWaitingList).values({
    orgId: org.id,
    sessionId: concert.id,
    secret: newOrderSecret(),
    name: GUARDIAN,
    phone: GUARDIAN_PHONE,
    partySize: 2,
    position: 1,
  });
  const [group] = await db
    .insert(schema.concertOrders)
    .values({
      orgId: org.id,
      sessionId: concert.id,
      secret: newOrderSecret(),
      name: 'Mme Roux',
      email: 'roux@ecole.test',
      seats: 20,
      status: 'pending',
    })
    .returning();
  await db.insert(schema.concertGroupOrders).values({
    orderId: group!.id,
    orgId: org.id,
    establishmentKind: 'school',
    establishmentName: 'École de Corbigny',
    children: 18,
    adults: 2,
    headEmail: GUARDIAN_EMAIL,
    confirmSecret: newOrderSecret(),
    holdExpiresAt: new Date(Date.now() + 86_400_000),
  });
  // The guardian asked, from the public directory, for help to start a choir in the village:
  // found by the phone number given there.
  await db.insert(schema.directorySupportRequests).values({
    orgId: org.id,
    communeCode: '58083',
    communeName: 'Corbigny',
    name: GUARDIAN,
    contactPhone: GUARDIAN_PHONE,
    message: `Des parents de Corbigny voudraient chanter, dont ${GUARDIAN}`,
  });
});
afterAll(() => t.close());

async function exportOf(participantId: string, client = org.members.admin, orgId = org.id) {
  return client.get(`/api/orgs/${orgId}/participants/${participantId}/data-export?format=json`);
}

/** Every table of the database (every schema but the system ones) whose rows mention `text`. */
async function tablesMentioning(text: string) {
  const db = t.database.db;
  const tables = await rowsOf<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const found: string[] = [];
  for (const table of tables) {
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table.schema)}.${sql.identifier(table.name)} as r where r::text ilike ${`%${text}%`}`,
    );
    if ((row?.n ?? 0) > 0) found.push(`${table.schema}.${table.name}`);
  }
  return found;
}

describe('export of everything held about a person', () => {
  it('gives identity, guardians, access needs, attendance, survey answers and links in JSON', async () => {
    const response = await exportOf(child.id);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.headers['cache-control']).toBe('no-store');
    const data = PersonDataExportSchema.parse(JSON.parse(response.rawBody.toString('utf8')));
    expect(data.person).toMatchObject({
      id: child.id,
      firstName: 'Zéphyrine',
      lastName: CHILD_LAST,
      communeName: 'Corbigny',
    });
    expect(data.group.name).toBe('CM1 Jean-Moulin');
    expect(data.guardians).toEqual([
      expect.objectContaining({
        guardianName: GUARDIAN,
        guardianEmail: GUARDIAN_EMAIL,
        guardianPhone: GUARDIAN_PHONE,
        purposes: ['participation', 'evaluation'],
      }),
      expect.objectContaining({ guardianName: GUARDIAN, purposes: ['handover', 'follow_up'] }),
    ]);
    expect(data.handovers).toEqual([
      expect.objectContaining({
        ensemble: 'Maîtrise de Corbigny',
        message: `La petite ${CHILD_LAST} a une voix claire`,
        contactEmail: GUARDIAN_EMAIL,
        status: 'awaiting',
        followUps: [],
      }),
    ]);
    expect(data.accessNeeds).toMatchObject({ needs: NEEDS });
    expect(data.accessNeedsWithheld).toBe(false);
    expect(data.attendance).toEqual([expect.objectContaining({ sessionTitle, status: 'present' })]);
    expect(data.attendanceLog).toEqual([
      expect.objectContaining({ kind: 'mark', status: 'present', outcome: 'applied' }),
    ]);
    expect(data.surveys).toHaveLength(1);
    expect(data.concerts.orders).toEqual([
      expect.objectContaining({
        concertTitle: 'Concert des familles',
        name: 'Ombeline',
        phone: GUARDIAN_PHONE,
        seats: 1,
        channel: 'relay',
      }),
      expect.objectContaining({
        name: GUARDIAN,
        email: GUARDIAN_EMAIL,
        seats: 3,
        channel: 'public',
        accessNeeds: 'Fauteuil, Zorvex',
      }),
    ]);
    expect(data.concerts.waitingList).toEqual([
      expect.objectContaining({
        name: GUARDIAN,
        phone: GUARDIAN_PHONE,
        partySize: 2,
        status: 'waiting',
      }),
    ]);
    expect(data.concerts.groupOrders).toEqual([
      expect.objectContaining({
        establishmentName: 'École de Corbigny',
        headEmail: GUARDIAN_EMAIL,
      }),
    ]);
    expect(data.surveys[0]!.answers[0]!.items).toEqual([
      { question: 'Écoute', answer: '4 / 5 (Rarement – Toujours)' },
      { question: 'Participation', answer: 'En groupe' },
    ]);
    expect(data.guestAccess.links).toEqual([
      expect.objectContaining({ scope: 'guardian', sentTo: GUARDIAN_EMAIL }),
    ]);
    expect(data.guestAccess.accesses).toHaveLength(1);
    expect(data.messages).toEqual([expect.objectContaining({ to: GUARDIAN_EMAIL })]);
    expect(data.supportRequests).toEqual([
      expect.objectContaining({
        communeName: 'Corbigny',
        name: GUARDIAN,
        contactEmail: null,
        contactPhone: GUARDIAN_PHONE,
        handledAt: null,
      }),
    ]);
  });

  it('gives a PDF for the family, tagged, in the language asked, without identifiers', async () => {
    const response = await org.members.admin.get(
      `${base}/participants/${child.id}/data-export?format=pdf&locale=fr`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawBody;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).not.toContain(child.id);
    const read = await readPdf(pdf);
    expect(read).toMatchObject({
      marked: true,
      hasStructTreeRoot: true,
      language: 'fr',
      displaysTitle: true,
      pdfUa: true,
      fontsEmbedded: true,
    });
    const roles = new Set(read.pages.flatMap((p) => (p.structure ? rolesOf(p.structure) : [])));
    for (const role of ['H1', 'H2', 'H3', 'P', 'Table', 'TH', 'TD', 'L', 'LI', 'LBody']) {
      expect(roles).toContain(role);
    }
    expect(read.bookmarks.map((b) => b.title)).toEqual([
      'La personne',
      'Responsables légaux et autorisations',
      'Besoins d’accessibilité',
      'Présences aux activités',
      'Chœurs',
      'Réponses aux questionnaires',
      'Liens de connexion envoyés',
      'Messages envoyés',
      'Présentations à un ensemble',
      'Photos, vidéos et enregistrements où la personne apparaît',
      'Rappels des séances demandés par e-mail',
      'Demandes d’aide pour créer un ensemble',
      'Concerts : réservations et places offertes',
      'Candidatures aux appels',
      'Vos demandes',
      'Vos droits',
    ]);
    // The text can be read out and searched; identifiers are nowhere.
    expect(read.text).toContain('Les données que nous gardons sur vous');
    expect(read.text).toContain('Des parents de Corbigny voudraient chanter');
    expect(read.text).toContain('pas encore traitée');
    // The concerts: the bookings (one a relay's free seat), the access need said once, the
    // waiting list and the class the guardian heads.
    for (const text of [
      'Concert des familles',
      'Ombeline Quennevautrin',
      'Fauteuil, Zorvex',
      'Listes d’attente',
      'École de Corbigny',
    ]) {
      expect(read.text).toContain(text);
    }
    expect(read.text).toMatch(/association\s+relais/);
    expect(read.text).not.toContain(child.id);
  });

  it('refuses every role but admin, and another organisation gets 404', async () => {
    for (const role of ['coordinator', 'artist', 'relay', 'viewer'] as const) {
      expect((await exportOf(child.id, org.members[role])).status).toBe(403);
      expect((await org.members[role].get(`${base}/participants/${child.id}/erasure`)).status).toBe(
        403,
      );
      expect((await org.members[role].get(`${base}/rights-requests`)).status).toBe(403);
    }
    expect((await exportOf(child.id, other.members.admin, other.id)).status).toBe(404);
    expect(
      (await other.members.admin.get(`/api/orgs/${other.id}/participants/${child.id}/erasure`))
        .status,
    ).toBe(404);
    expect(
      (
        await other.members.admin.post(`/api/orgs/${other.id}/participants/${child.id}/erasure`, {
          confirm: true,
        })
      ).status,
    ).toBe(404);
    // A member of one organisation naming another's address is not told it exists.
    expect((await exportOf(child.id, org.members.admin, other.id)).status).toBe(404);
  });

  it('answers 400 naming the field on a bad format or locale', async () => {
    const bad = await org.members.admin.get(
      `${base}/participants/${child.id}/data-export?format=xml`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { fields: [{ path: 'querystring.format' }] } });
    const locale = await org.members.admin.get(
      `${base}/participants/${child.id}/data-export?locale=it`,
    );
    expect(locale.status).toBe(400);
    expect(locale.body).toMatchObject({ error: { fields: [{ path: 'querystring.locale' }] } });
  });
});

describe('the requests log', () => {
  it('records a request with its due date one month later, lists it open, then answered', async () => {
    const receivedOn = today('Europe/Paris');
    const created = await org.members.admin.post(`${base}/rights-requests`, {
      participantId: child.id,
      kind: 'access',
      receivedOn,
      receivedBy: org.members.coordinator.userId,
      note: 'Demande faite à l’accueil',
    });
    expect(created.status).toBe(201);
    const request = created.body as RightsRequest;
    expect(request).toMatchObject({
      kind: 'access',
      receivedOn,
      dueOn: sameDayMonthsLater(receivedOn, 1),
      state: 'open',
      personName: `Zéphyrine ${CHILD_LAST}`,
      receivedBy: { userId: org.members.coordinator.userId },
    });
    const answered = await org.members.admin.patch(`${base}/rights-requests/${request.id}`, {
      answeredOn: receivedOn,
      outcome: 'done',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ state: 'answered', outcome: 'done' });
  });

  it('highlights a request past its due date as overdue, first in the list', async () => {
    const created = await org.members.admin.post(`${base}/rights-requests`, {
      participantId: child.id,
      kind: 'rectification',
      receivedOn: '2025-01-31',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ dueOn: '2025-02-28', state: 'overdue' });
    const list = await org.members.admin.get(`${base}/rights-requests`);
    expect(list.status).toBe(200);
    const items = (list.body as { items: RightsRequest[] }).items;
    expect(items[0]).toMatchObject({ kind: 'rectification', state: 'overdue' });
    // Answered requests come after every open one.
    expect(items.map((r) => r.state)).toEqual(['overdue', 'answered']);
    const overdue = await org.members.admin.get(`${base}/rights-requests?state=overdue`);
    expect((overdue.body as { total: number }).total).toBe(1);
    // The export lists the person's requests.
    const data = JSON.parse((await exportOf(child.id)).rawBody.toString()) as PersonDataExport;
    expect(data.rightsRequests.map((r) => r.kind).sort()).toEqual(['access', 'rectification']);
  });

  it('answers 400 naming the field on bad input', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ participantId: child.id, kind: 'forget', receivedOn: '2025-01-01' }, 'body.kind'],
      [{ participantId: child.id, kind: 'access', receivedOn: '2025-02-30' }, 'body.receivedOn'],
      [{ participantId: child.id, kind: 'access', receivedOn: '2099-01-01' }, 'body.receivedOn'],
      [{ participantId: 'x', kind: 'access', receivedOn: '2025-01-01' }, 'body.participantId'],
      [
        { participantId: randomUUID(), kind: 'access', receivedOn: '2025-01-01' },
        'body.participantId',
      ],
      [
        {
          participantId: child.id,
          kind: 'access',
          receivedOn: '2025-01-01',
          receivedBy: other.members.admin.userId,
        },
        'body.receivedBy',
      ],
      [{ participantId: child.id, kind: 'access', receivedOn: '2025-01-01', x: 1 }, 'body.x'],
    ];
    for (const [body, path] of cases) {
      const response = await org.members.admin.post(`${base}/rights-requests`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(
        (response.body as { error: { fields: { path: string }[] } }).error.fields.map(
          (f) => f.path,
        ),
      ).toContain(path);
    }
    const list = (await org.members.admin.get(`${base}/rights-requests`)).body as {
      items: RightsRequest[];
    };
    const id = list.items[0]!.id;
    const halfAnswer = await org.members.admin.patch(`${base}/rights-requests/${id}`, {
      answeredOn: '2025-02-01',
    });
    expect(halfAnswer.status).toBe(400);
    expect(halfAnswer.body).toMatchObject({ error: { fields: [{ path: 'body.outcome' }] } });
    const beforeReceipt = await org.members.admin.patch(`${base}/rights-requests/${id}`, {
      answeredOn: '2025-01-01',
      outcome: 'done',
    });
    expect(beforeReceipt.status).toBe(400);
    expect(beforeReceipt.body).toMatchObject({ error: { fields: [{ path: 'body.answeredOn' }] } });
    const badState = await org.members.admin.get(`${base}/rights-requests?state=late`);
    expect(badState.status).toBe(400);
    expect(badState.body).toMatchObject({ error: { fields: [{ path: 'querystring.state' }] } });
  });

  it('keeps each organisation to its own requests, and refuses writes without the CSRF token', async () => {
    const theirs = await other.members.admin.get(`/api/orgs/${other.id}/rights-requests`);
    expect(theirs.status).toBe(200);
    expect((theirs.body as { total: number }).total).toBe(0);
    const list = (await org.members.admin.get(`${base}/rights-requests`)).body as {
      items: RightsRequest[];
    };
    const id = list.items[0]!.id;
    const patched = await other.members.admin.patch(`/api/orgs/${other.id}/rights-requests/${id}`, {
      note: 'x',
    });
    expect(patched.status).toBe(404);
    const stranger = await other.members.admin.post(`/api/orgs/${other.id}/rights-requests`, {
      participantId: child.id,
      kind: 'access',
      receivedOn: '2025-01-01',
    });
    expect(stranger.status).toBe(400);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: `${base}/rights-requests`,
      headers: { cookie: org.members.admin.authHeaders.cookie! },
      payload: { participantId: child.id, kind: 'access', receivedOn: '2025-01-01' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});

describe('erasure', () => {
  it('shows before what goes and what stays, then erases in one go and leaves no name anywhere', async () => {
    expect(await tablesMentioning(CHILD_LAST)).not.toEqual([]);
    const erasureRequest = await org.members.admin.post(`${base}/rights-requests`, {
      participantId: child.id,
      kind: 'erasure',
      receivedOn: today('Europe/Paris'),
      note: `La mère, ${GUARDIAN}, a appelé`,
    });
    const requestId = (erasureRequest.body as RightsRequest).id;

    const before = await org.members.admin.get(`${base}/participants/${child.id}/erasure`);
    expect(before.status).toBe(200);
    const preview = before.body as ErasureAccount;
    const count = (list: { item: string; count: number }[], item: string) =>
      list.find((entry) => entry.item === item)?.count;
    expect(preview.erased).toBe(false);
    expect(count(preview.removed, 'identity')).toBe(1);
    expect(count(preview.removed, 'guardians')).toBe(2);
    expect(count(preview.removed, 'handovers')).toBe(1);
    expect(count(preview.removed, 'accessNeeds')).toBe(1);
    expect(count(preview.removed, 'surveyLinks')).toBe(1);
    expect(count(preview.removed, 'guestLinks')).toBe(2);
    expect(count(preview.removed, 'messages')).toBe(1);
    expect(count(preview.removed, 'requestNotes')).toBe(2);
    expect(count(preview.removed, 'concertBookings')).toBe(4);
    expect(count(preview.removed, 'supportRequests')).toBe(1);
    expect(preview.kept).toEqual(
      expect.arrayContaining([
        { item: 'attendance', count: 1, reason: 'funderStatistics' },
        { item: 'surveyAnswers', count: 1, reason: 'impactEvaluation' },
        { item: 'requestLog', count: 3, reason: 'proofOfAnswer' },
      ]),
    );

    const notConfirmed = await org.members.admin.post(
      `${base}/participants/${child.id}/erasure`,
      {},
    );
    expect(notConfirmed.status).toBe(400);
    expect(notConfirmed.body).toMatchObject({ error: { fields: [{ path: 'body.confirm' }] } });
    const wrongRequest = await org.members.admin.post(`${base}/participants/${child.id}/erasure`, {
      confirm: true,
      requestId: (
        (await org.members.admin.get(`${base}/rights-requests?state=overdue`)).body as {
          items: RightsRequest[];
        }
      ).items[0]!.id,
    });
    expect(wrongRequest.status).toBe(400);
    expect(wrongRequest.body).toMatchObject({ error: { fields: [{ path: 'body.requestId' }] } });
    // Nothing was done by the refused attempts.
    expect(await tablesMentioning(CHILD_LAST)).not.toEqual([]);

    const erased = await org.members.admin.post(`${base}/participants/${child.id}/erasure`, {
      confirm: true,
      requestId,
    });
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ ...preview, erased: true });

    for (const text of [
      CHILD_LAST,
      'Zéphyrine',
      GUARDIAN,
      GUARDIAN_EMAIL,
      GUARDIAN_PHONE,
      'Zorvex',
    ]) {
      expect(await tablesMentioning(text), text).toEqual([]);
    }
    // What is kept: attendance for the figures, the anonymous answer, the request answered.
    const kept = JSON.parse((await exportOf(child.id)).rawBody.toString()) as PersonDataExport;
    expect(kept.person).toMatchObject({ firstName: 'Anonyme', lastName: null, communeName: null });
    expect(kept.attendance).toHaveLength(1);
    expect(kept.guardians).toEqual([]);
    expect(kept.accessNeeds).toBeNull();
    expect(kept.surveys).toEqual([]);
    // The request for support stays at its commune, for the maps, without the person.
    const [support] = await t.database.db
      .select()
      .from(schema.directorySupportRequests)
      .where(eq(schema.directorySupportRequests.orgId, org.id));
    expect(support).toMatchObject({
      communeName: 'Corbigny',
      name: null,
      contactPhone: null,
      message: null,
      anonymisedAt: expect.any(Date),
    });
    const log = (await org.members.admin.get(`${base}/rights-requests`)).body as {
      items: RightsRequest[];
    };
    const answered = log.items.find((r) => r.id === requestId)!;
    expect(answered).toMatchObject({
      personName: null,
      personErased: true,
      state: 'answered',
      outcome: 'done',
      note: null,
    });
    const after = (await org.members.admin.get(`${base}/participants/${child.id}/erasure`))
      .body as ErasureAccount;
    expect(after.removed.every((entry) => entry.count === 0)).toBe(true);
  });

  it('keeps a guardian’s links while another of their children is still enrolled', async () => {
    const group = (await org.members.coordinator.get(`${base}/groups`)).body as {
      items: { id: string }[];
    };
    const consent = {
      guardianName: 'Gaspard Brunehaut',
      guardianEmail: 'gaspard.b@famille.test',
      givenOn: '2025-09-12',
      method: 'paper',
      purposes: ['participation'],
    };
    const first = await buildParticipant(org.members.coordinator, org.id, group.items[0]!.id, {
      firstName: 'Aubin',
      lastName: 'Brunehaut',
      consent,
    });
    await buildParticipant(org.members.coordinator, org.id, group.items[0]!.id, {
      firstName: 'Capucine',
      lastName: 'Brunehaut',
      consent,
    });
    await askForLink(t, { orgId: org.id, email: consent.guardianEmail });
    await latestLinkToken(t, org.id, consent.guardianEmail);
    const erased = await org.members.admin.post(`${base}/participants/${first.id}/erasure`, {
      confirm: true,
    });
    expect(erased.status).toBe(200);
    const account = erased.body as ErasureAccount;
    expect(account.removed.find((e) => e.item === 'guestLinks')?.count).toBe(0);
    expect(account.kept.find((e) => e.item === 'sharedGuardianAccess')).toEqual({
      item: 'sharedGuardianAccess',
      count: 2,
      reason: 'otherChildren',
    });
    expect(await tablesMentioning('Aubin')).toEqual([]);
    expect(await tablesMentioning('Capucine')).toContain('public.participants');
  });
});

describe('retention of the requests log', () => {
  it('deletes requests three years after their answer, and clears notes of anonymised people', async () => {
    const other = await buildParticipant(org.members.coordinator, org.id, child.group.id, {
      firstName: 'Honorine',
    });
    const record = (receivedOn: string) =>
      org.members.admin.post(`${base}/rights-requests`, {
        participantId: other.id,
        kind: 'objection',
        receivedOn,
        note: 'Honorine ne veut plus de photos',
      });
    const old = (await record('2022-03-01')).body as RightsRequest;
    await org.members.admin.patch(`${base}/rights-requests/${old.id}`, {
      answeredOn: '2022-03-10',
      outcome: 'done',
    });
    const recent = (await record('2026-01-05')).body as RightsRequest;
    await org.members.admin.post(`${base}/participants/${other.id}/anonymise`);
    const counts = await rightsRequestsRetention.purge(
      t.database,
      new Date('2026-06-01T02:00:00Z'),
    );
    expect(counts.get(org.id)).toBe(1);
    const left = (
      (await org.members.admin.get(`${base}/rights-requests?participantId=${other.id}`)).body as {
        items: RightsRequest[];
      }
    ).items;
    expect(left.map((r) => [r.id, r.note])).toEqual([[recent.id, null]]);
    expect(await tablesMentioning('Honorine')).toEqual([]);
  });
});
