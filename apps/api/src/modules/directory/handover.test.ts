import { schema } from '@tutti/db';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup } from '../../testing/programme-rows';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { runHandoverDay } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let ensembleId: string;
let groupId: string;
const publicUrl = 'https://tutti.example.test';
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'relay', 'viewer', 'artist']);
  const created = await org.members.coordinator.post(`/api/orgs/${org.id}/ensembles`, {
    name: 'Chœur du Morvan',
    kind: 'choir',
    places: [{ communeCode: '58145', communeName: 'Lormes' }],
    rehearsals: [{ rule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '20:00', durationMin: 120 }],
    contactEmail: 'choeur.morvan@example.test',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  ensembleId = (created.body as { id: string }).id;
  groupId = (
    await buildGroup(t, org.id, {
      name: 'Chorale du foyer rural',
      kind: 'choir',
      relayUserId: org.members.relay.userId,
      communeCode: '58145',
    })
  ).id;
});
afterAll(() => t.close());

async function participant(firstName: string, ageBand: '26-64' | '11-14' = '26-64') {
  const [row] = await t.database.db
    .insert(schema.participants)
    .values({
      orgId: org.id,
      groupId,
      firstName,
      ageBand,
      searchName: firstName.toLowerCase(),
      retainUntil: '2030-08-31',
    })
    .returning();
  return row!.id;
}

const consent = (name: string) => ({
  guardianName: name,
  givenOn: '2026-06-20',
  method: 'paper',
  purposes: ['handover'],
});

const mails = (kind: string) =>
  t.database.db
    .select()
    .from(schema.outboxMessages)
    .where(and(eq(schema.outboxMessages.orgId, org.id), eq(schema.outboxMessages.kind, kind)))
    .orderBy(desc(schema.outboxMessages.createdAt));

const linkIn = (text: string, path: string) =>
  new RegExp(`https?://[^/\\s]+(/p/_/${path}/[A-Za-z0-9_-]{43})`).exec(text)![1]!;

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

const day = (handoverCreatedAt: string, days: number) =>
  new Date(Date.parse(handoverCreatedAt) + days * DAY + 60_000);
const run = (now: Date) =>
  runHandoverDay({ database: t.database, publicUrl, smtpConfigured: false, now });

describe('the warm handover', () => {
  it('introduces an adult with the consent given now: the consent is recorded, the ensemble e-mailed with a one-time link', async () => {
    const id = await participant('Joséphine');
    const response = await org.members.relay.post(
      `/api/orgs/${org.id}/participants/${id}/handovers`,
      {
        ensembleId,
        part: 'alto',
        sang: 'Le chant des canuts, un canon à trois voix',
        message: 'Une voix grave, très juste.',
        consent: consent('Joséphine Martin'),
        contactEmail: 'josephine@example.test',
        followUp: true,
      },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      participant: { id, firstName: 'Joséphine' },
      ensemble: { id: ensembleId, name: 'Chœur du Morvan' },
      status: 'awaiting',
      part: 'alto',
      remindersSent: 0,
      followUp: true,
    });
    const consents = await t.database.db
      .select()
      .from(schema.participantConsents)
      .where(eq(schema.participantConsents.participantId, id));
    expect(consents.map((c) => c.purposes)).toEqual([['handover', 'follow_up']]);
    const [mail] = await mails('directory-handover');
    expect(mail).toMatchObject({ toAddress: 'choeur.morvan@example.test', status: 'kept' });
    expect(mail!.bodyText).toContain('Joséphine');
    expect(mail!.bodyText).toContain('Pupitre\u00a0: Altos.');
    // The ensemble hears the first name, never the participant's address.
    expect(mail!.bodyText).not.toContain('josephine@example.test');
    expect(linkIn(mail!.bodyText, 'accueil')).toMatch(/^\/p\/_\/accueil\//);
    const list = await org.members.coordinator.get(`/api/orgs/${org.id}/handovers`);
    expect((list.body as { total: number }).total).toBeGreaterThanOrEqual(1);
  });

  it('writes to an ensemble in its own language: a German choir gets its introduction, reminder and page in German', async () => {
    const created = await org.members.coordinator.post(`/api/orgs/${org.id}/ensembles`, {
      name: 'Deutsch-französischer Chor',
      kind: 'choir',
      places: [{ communeCode: '58145', communeName: 'Lormes' }],
      contactEmail: 'chor@example.test',
      language: 'de',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ language: 'de' });
    const id = await participant('Friedrich');
    const introduced = await org.members.relay.post(
      `/api/orgs/${org.id}/participants/${id}/handovers`,
      {
        ensembleId: (created.body as { id: string }).id,
        part: 'tenor',
        sang: 'Le chant des canuts',
        consent: consent('Friedrich Weber'),
      },
    );
    expect(introduced.status, JSON.stringify(introduced.body)).toBe(201);
    const [mail] = (await mails('directory-handover')).filter(
      (m) => m.toAddress === 'chor@example.test',
    );
    expect(mail!.subject).toContain('stellt Ihnen Friedrich vor');
    expect(mail!.bodyText).toContain('Stimme: Tenöre.');
    expect(mail!.bodyText).toMatch(/bis zum \d{1,2}\. [A-Za-zä]+ \d{4}/);
    expect(mail!.bodyText).toMatch(/\/p\/_\/accueil\/[A-Za-z0-9_-]{43}\?lang=de/);
    const page = await t.app.inject({
      method: 'GET',
      url: /\/p\/_\/accueil\/[A-Za-z0-9_-]{43}\?lang=de/.exec(mail!.bodyText)![0],
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('lang="de"');
    const at = (introduced.body as { createdAt: string }).createdAt;
    await run(day(at, 3));
    const [reminder] = (await mails('directory-handover-reminder')).filter(
      (m) => m.toAddress === 'chor@example.test',
    );
    expect(reminder!.subject).toBe('Erinnerung: Friedrich wartet auf Ihre Antwort');
    expect(reminder!.bodyText).toContain('?lang=de');
    // The French ensemble of the other tests still reads French.
    const french = (await mails('directory-handover')).filter(
      (m) => m.toAddress === 'choeur.morvan@example.test',
    );
    expect(french.every((m) => m.bodyText.startsWith('Bonjour'))).toBe(true);
  });

  it('refuses a minor without their guardian’s consent, naming the field, and hides other groups from a relay', async () => {
    const child = await participant('Malo', '11-14');
    const refused = await org.members.coordinator.post(
      `/api/orgs/${org.id}/participants/${child}/handovers`,
      { ensembleId, sang: 'Vive le vent' },
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { code: 'HANDOVER.CONSENT_REQUIRED', fields: [{ path: 'body.consent' }] },
    });
    const other = await buildGroup(t, org.id, { name: 'Autre groupe' });
    const [stranger] = await t.database.db
      .insert(schema.participants)
      .values({
        orgId: org.id,
        groupId: other.id,
        firstName: 'Inès',
        ageBand: '26-64',
        searchName: 'ines',
        retainUntil: '2030-08-31',
      })
      .returning();
    const hidden = await org.members.relay.post(
      `/api/orgs/${org.id}/participants/${stranger!.id}/handovers`,
      { ensembleId, sang: 'Un canon', consent: consent('Inès') },
    );
    expect(hidden.status).toBe(404);
    const viewer = await org.members.viewer.post(
      `/api/orgs/${org.id}/participants/${stranger!.id}/handovers`,
      { ensembleId, sang: 'Un canon', consent: consent('Inès') },
    );
    expect(viewer.status).toBe(403);
  });

  it('reminds the ensemble at D+3 and D+10 and tells the coordinators at D+21, each once', async () => {
    const id = await participant('Gaston');
    const created = await org.members.coordinator.post(
      `/api/orgs/${org.id}/participants/${id}/handovers`,
      { ensembleId, sang: 'Le temps des cerises', consent: consent('Gaston Petit') },
    );
    expect(created.status).toBe(201);
    const at = (created.body as { createdAt: string }).createdAt;
    const reminders = async () =>
      (await mails('directory-handover-reminder')).filter((m) => m.bodyText.includes('Gaston'));
    const escalations = async () =>
      (await mails('directory-handover-escalation')).filter((m) => m.bodyText.includes('Gaston'));
    await run(day(at, 2));
    expect(await reminders()).toHaveLength(0);
    await run(day(at, 3));
    await run(day(at, 3));
    expect(await reminders()).toHaveLength(1);
    await run(day(at, 10));
    await run(day(at, 11));
    expect(await reminders()).toHaveLength(2);
    // The reminder's new link works; the first one no longer does.
    const link = linkIn((await reminders())[0]!.bodyText, 'accueil');
    expect((await t.app.inject({ method: 'GET', url: link })).statusCode).toBe(200);
    // The admin uses Tutti in German: told in German; the coordinator in French.
    await t.database.db
      .update(schema.users)
      .set({ locale: 'de' })
      .where(eq(schema.users.id, org.members.admin.userId!));
    await run(day(at, 21));
    await run(day(at, 22));
    const told = await escalations();
    // The admin and the coordinator, once each.
    expect(told).toHaveLength(2);
    expect(told[0]!.subject).toContain('Chœur du Morvan');
    const [admin] = await t.database.db
      .select({ email: schema.users.email })
      .from(schema.users)
      .where(eq(schema.users.id, org.members.admin.userId!));
    const toAdmin = told.find((m) => m.toAddress === admin!.email)!;
    const toCoordinator = told.find((m) => m.toAddress !== admin!.email)!;
    expect(toAdmin.subject).toContain('Seit 21 Tagen keine Antwort');
    expect(toCoordinator.subject).toContain('Sans réponse depuis 21 jours');
    expect(await reminders()).toHaveLength(2);
  });

  it('lets the ensemble accept with a trial date on its page, tells the participant, then asks the follow-up questions', async () => {
    const id = await participant('Albertine');
    const created = await org.members.coordinator.post(
      `/api/orgs/${org.id}/participants/${id}/handovers`,
      {
        ensembleId,
        sang: 'Une berceuse du Morvan',
        consent: { ...consent('Albertine Roy'), purposes: ['handover', 'follow_up'] },
        contactEmail: 'albertine@example.test',
        followUp: true,
      },
    );
    expect(created.status).toBe(201);
    const at = (created.body as { createdAt: string }).createdAt;
    const intro = (await mails('directory-handover')).find((m) => m.bodyText.includes('Albertine'));
    const link = linkIn(intro!.bodyText, 'accueil');
    const page = await t.app.inject({ method: 'GET', url: `${link}?lang=fr` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Albertine');
    expect(page.body).toContain('Une berceuse du Morvan');
    const past = await postForm(link, { answer: 'accept', trialDate: '2020-01-01', note: '' });
    expect(past.statusCode).toBe(400);
    const trialDate = new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10);
    const accepted = await postForm(link, {
      answer: 'accept',
      trialDate,
      note: 'Salle des fêtes, 20 h',
    });
    expect(accepted.statusCode).toBe(200);
    const again = await postForm(link, { answer: 'decline', note: '' });
    expect(again.body).toContain('déjà répondu');
    const [told] = await mails('directory-handover-answer');
    expect(told).toMatchObject({ toAddress: 'albertine@example.test' });
    expect(told!.bodyText).toContain('Salle des fêtes, 20 h');

    const followUps = async () =>
      (await mails('directory-follow-up')).filter((m) => m.bodyText.includes('Albertine'));
    // No reminder once answered, and "did you go?" the day after the trial.
    await run(new Date(Date.parse(`${trialDate}T12:00:00Z`)));
    expect(await followUps()).toHaveLength(0);
    await run(new Date(Date.parse(`${trialDate}T12:00:00Z`) + DAY));
    await run(new Date(Date.parse(`${trialDate}T12:00:00Z`) + DAY));
    expect(await followUps()).toHaveLength(1);
    const threeMonths = new Date(at);
    threeMonths.setUTCMonth(threeMonths.getUTCMonth() + 3);
    threeMonths.setUTCHours(threeMonths.getUTCHours() + 1);
    await run(threeMonths);
    await run(threeMonths);
    const sent = await followUps();
    expect(sent).toHaveLength(2);
    const checkIn = linkIn(sent[0]!.bodyText, 'suivi');
    const form = await t.app.inject({ method: 'GET', url: `${checkIn}?lang=fr` });
    expect(form.body).toContain('je chante ou je joue dans un ensemble');
    expect((await postForm(checkIn, { answer: 'went' })).statusCode).toBe(400);
    expect((await postForm(checkIn, { answer: 'joined' })).statusCode).toBe(200);
    const list = await org.members.coordinator.get(`/api/orgs/${org.id}/handovers?status=accepted`);
    const mine = (
      list.body as { items: { participant: { id: string }; followUps: unknown[] }[] }
    ).items.find((h) => h.participant.id === id);
    expect(mine!.followUps).toEqual([
      expect.objectContaining({ kind: 'trial', answer: null }),
      expect.objectContaining({ kind: 'month_3', answer: 'joined' }),
    ]);
  });

  it('stops the follow-up when its consent is withdrawn', async () => {
    const id = await participant('Hortense');
    const created = await org.members.coordinator.post(
      `/api/orgs/${org.id}/participants/${id}/handovers`,
      {
        ensembleId,
        sang: 'Des chants de marins',
        consent: consent('Hortense Blanc'),
        contactEmail: 'hortense@example.test',
        followUp: true,
      },
    );
    expect(created.status).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(schema.participantConsents)
      .where(eq(schema.participantConsents.participantId, id));
    const withdrawn = await org.members.coordinator.post(
      `/api/orgs/${org.id}/participants/${id}/consents/${row!.id}/withdraw`,
      { withdrawnOn: '2026-07-01' },
    );
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    const later = new Date((created.body as { createdAt: string }).createdAt);
    later.setUTCMonth(later.getUTCMonth() + 3);
    later.setUTCHours(later.getUTCHours() + 1);
    await run(later);
    const sent = (await mails('directory-follow-up')).filter((m) =>
      m.bodyText.includes('Hortense'),
    );
    expect(sent).toHaveLength(0);
  });
});
