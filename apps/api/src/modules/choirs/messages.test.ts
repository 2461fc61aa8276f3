import { schema } from '@tutti/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChoir } from '../../testing/choir-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { choirMessagesRetention } from './messages.retention';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let choir: Awaited<ReturnType<typeof seedChoir>>;
let base: string;

/** A singer added through the API; a minor's guardian consents to `participation` if asked. */
async function singer(body: Record<string, unknown>, consent = false) {
  const response = await org.members.coordinator.post(`${base}/members`, {
    siteId: choir.sites[0],
    partId: choir.part('S1'),
    ageBand: '26-64',
    ...body,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const id = (response.body as { id: string }).id;
  if (consent) {
    const roster = (await org.members.coordinator.get(base)).body as {
      members: { id: string; participantId: string }[];
    };
    const { participantId } = roster.members.find((m) => m.id === id)!;
    const given = await org.members.coordinator.post(
      `/api/orgs/${org.id}/participants/${participantId}/consents`,
      {
        guardianName: 'Mme Roux',
        givenOn: '2026-09-01',
        method: 'paper',
        purposes: ['participation'],
      },
    );
    expect(given.status, JSON.stringify(given.body)).toBe(201);
  }
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'viewer']);
  choir = await seedChoir(org, { singers: 0 });
  base = `/api/orgs/${org.id}/choirs/${choir.choirId}`;
  // Sophie (artist, leads A1) takes no e-mail; Nadia (viewer, A1) takes it, in French.
  await singer({
    firstName: 'Hans',
    contactBy: 'email',
    contactEmail: 'hans@example.test',
    locale: 'de',
  });
  const family = { ageBand: '11-14', contactBy: 'email', contactEmail: 'roux@example.test' };
  await singer({ firstName: 'Léa', ...family }, true);
  await singer({ firstName: 'Tom', ...family, partId: choir.part('T1') }, true);
  await singer({ firstName: 'Zoé', ...family, contactEmail: 'zoe@example.test' });
  await singer({ firstName: 'Marc', contactBy: 'none' });
  // Starting the app alone took 48 s at load 34 on two cores.
}, 180_000);
afterAll(() => t.close());

const outbox = () =>
  t.database.db
    .select()
    .from(schema.outboxMessages)
    .where(
      and(eq(schema.outboxMessages.orgId, org.id), eq(schema.outboxMessages.kind, 'choir-message')),
    );

describe('messages to the choir', () => {
  it('tells who a message would reach and why the others are left out', async () => {
    const response = await org.members.coordinator.get(`${base}/messages/audience?audience=choir`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({
      members: 7,
      reachable: 4,
      addresses: 3,
      skipped: { noContact: 2, noConsent: 1 },
      byLocale: { fr: 2, en: 0, de: 1 },
    });
  });

  it('writes one e-mail per address, in its language, and none to who asked for none', async () => {
    const response = await org.members.coordinator.post(`${base}/messages`, {
      audience: 'choir',
      subject: { fr: 'Répétition déplacée', de: 'Probe verschoben' },
      text: { fr: 'Mardi, nous chantons à 20 h.', de: 'Am Dienstag singen wir um 20 Uhr.' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    // Everyone but Zoé (a minor without consent) finds it on their page, e-mail or not.
    expect(response.body).toMatchObject({ queued: 3, reachable: 4, delivered: 6 });
    const mails = await outbox();
    expect(mails.map((m) => m.toAddress).sort()).toEqual([
      'hans@example.test',
      'nadia@example.test',
      'roux@example.test',
    ]);
    const hans = mails.find((m) => m.toAddress === 'hans@example.test')!;
    expect(hans.subject).toBe('Chœur des Deux Rives – Probe verschoben');
    expect(hans.bodyText).toContain('Hallo Hans,');
    expect(hans.bodyText).toContain('Am Dienstag singen wir um 20 Uhr.');
    const family = mails.find((m) => m.toAddress === 'roux@example.test')!;
    expect(family.bodyText).toContain('Bonjour Léa et Tom,');
    expect(family.bodyText).toContain('Mardi, nous chantons à 20 h.');
    expect(family.bodyText).toContain('Léa (Soprano 1, Nevers) et Tom (Ténor 1, Nevers)');
    expect(mails.some((m) => m.bodyText.includes('Zoé') || m.bodyText.includes('Marc'))).toBe(
      false,
    );
  });

  it('lets a section leader write to the part they lead only', async () => {
    const leader = org.members.artist;
    const toA1 = await leader.post(`${base}/messages`, {
      audience: 'part',
      partId: choir.part('A1'),
      subject: { fr: 'Altos 1' },
      text: { fr: 'Travaillez la mesure 12.' },
    });
    expect(toA1.status, JSON.stringify(toA1.body)).toBe(201);
    expect(toA1.body).toMatchObject({ members: 2, queued: 1, delivered: 2 });
    const toS1 = await leader.post(`${base}/messages`, {
      audience: 'part',
      partId: choir.part('S1'),
      subject: { fr: 'Sopranes' },
      text: { fr: '…' },
    });
    expect(toS1.status).toBe(404);
    expect(toS1.body).toMatchObject({
      error: { code: 'CHOIR.NOT_SECTION_LEADER', fields: [{ path: 'body.partId' }] },
    });
    const singer = await org.members.viewer.get(`${base}/messages/audience?audience=choir`);
    expect(singer.status).toBe(404);
  });

  it('names the missing part, and refuses a message nobody takes', async () => {
    const incomplete = await org.members.coordinator.get(`${base}/messages/audience?audience=part`);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body).toMatchObject({
      error: { code: 'CHOIR.AUDIENCE_INCOMPLETE', fields: [{ path: 'query.partId' }] },
    });
    const nobody = await org.members.coordinator.post(`${base}/messages`, {
      audience: 'part',
      partId: choir.part('B2'),
      subject: { fr: 'Basses 2' },
      text: { fr: '…' },
    });
    expect(nobody.status).toBe(409);
    expect(nobody.body).toMatchObject({ error: { code: 'CHOIR.NO_RECIPIENT' } });
  });
});

describe('contact preferences', () => {
  it('lets a singer choose hers, and asks for an address with e-mail', async () => {
    const url = `${base}/me/contact`;
    const bad = await org.members.viewer.request('PUT', url, { contactBy: 'email' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'CHOIR.CONTACT_EMAIL_REQUIRED', fields: [{ path: 'body.contactEmail' }] },
    });
    const set = await org.members.viewer.request('PUT', url, {
      contactBy: 'email',
      contactEmail: 'Nadia.H@example.test',
      locale: 'en',
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const page = (await org.members.viewer.get(`${base}/me`)).body as { member: unknown };
    expect(page.member).toMatchObject({ contactEmail: 'nadia.h@example.test', locale: 'en' });
    const audience = await org.members.coordinator.get(`${base}/messages/audience?audience=choir`);
    expect(audience.body).toMatchObject({ byLocale: { fr: 1, en: 1, de: 1 } });
  });

  it('lets the conductor stop a singer’s e-mails', async () => {
    const set = await org.members.coordinator.request(
      'PUT',
      `${base}/members/${choir.myMemberId}/contact`,
      { contactBy: 'none' },
    );
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const roster = (await org.members.coordinator.get(base)).body as {
      members: { id: string; contactBy: string }[];
    };
    expect(roster.members.find((m) => m.id === choir.myMemberId)?.contactBy).toBe('none');
    const missing = await org.members.coordinator.request(
      'PUT',
      `${base}/members/${choir.pieceId}/contact`,
      { contactBy: 'none' },
    );
    expect(missing.status).toBe(404);
  });
});

type Inbox = {
  items: {
    id: string;
    audience: string;
    partName: string | null;
    subject: { fr: string; de?: string };
    readAt: string | null;
  }[];
  total: number;
  unread: number;
};

describe('messages on the singer’s page', () => {
  const inboxUrl = () => `${base}/me/messages`;
  const inbox = async (client = org.members.viewer, query = '') => {
    const response = await client.get(`${inboxUrl()}${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Inbox;
  };

  it('shows a singer what was sent to their part and the whole choir, not to another site, newest first', async () => {
    const nevers = await org.members.coordinator.post(`${base}/messages`, {
      audience: 'site',
      siteId: choir.sites[0],
      subject: { fr: 'Nevers seulement' },
      text: { fr: 'La salle change.' },
    });
    expect(nevers.status, JSON.stringify(nevers.body)).toBe(201);
    // Nadia (the viewer) sings first alto at Clamecy.
    const mine = await inbox();
    expect(mine.items.map((m) => m.subject.fr)).toEqual(['Altos 1', 'Répétition déplacée']);
    expect(mine).toMatchObject({ total: 2, unread: 2 });
    expect(mine.items[0]).toMatchObject({ audience: 'part', partName: 'Alto 1', readAt: null });
    expect(mine.items[1]!.subject.de).toBe('Probe verschoben');
    // Sophie (the artist) sings at Nevers: she has the three.
    expect((await inbox(org.members.artist)).total).toBe(3);
    // One delivery per singer of the audience with consent: Zoé has none.
    const [choirMessage] = await t.database.db
      .select({ id: schema.choirMessages.id })
      .from(schema.choirMessages)
      .where(eq(schema.choirMessages.audience, 'choir'));
    const deliveries = await t.database.db
      .select()
      .from(schema.choirMessageDeliveries)
      .where(eq(schema.choirMessageDeliveries.messageId, choirMessage!.id));
    expect(deliveries).toHaveLength(6);
    // A page at a time.
    const first = await inbox(org.members.viewer, '?limit=1');
    expect(first.items.map((m) => m.subject.fr)).toEqual(['Altos 1']);
    expect(first.total).toBe(2);
    const second = await inbox(org.members.viewer, '?limit=1&offset=1');
    expect(second.items.map((m) => m.subject.fr)).toEqual(['Répétition déplacée']);
  });

  it('marks a message read once, keeping the first reading', async () => {
    const [latest] = (await inbox()).items;
    const url = `${inboxUrl()}/${latest!.id}/read`;
    expect((await org.members.viewer.request('PUT', url)).status).toBe(200);
    const after = await inbox();
    expect(after.unread).toBe(1);
    const readAt = after.items[0]!.readAt;
    expect(readAt).not.toBeNull();
    expect((await org.members.viewer.request('PUT', url)).status).toBe(200);
    expect((await inbox()).items[0]!.readAt).toBe(readAt);
    // Sophie's copy of the same message is still unread.
    expect((await inbox(org.members.artist)).unread).toBe(3);
  });

  it('refuses a message not sent to the singer, and the page to who does not sing (404), and a bad page (400)', async () => {
    const nevers = (await inbox(org.members.artist)).items.find(
      (m) => m.subject.fr === 'Nevers seulement',
    )!;
    const notMine = await org.members.viewer.request('PUT', `${inboxUrl()}/${nevers.id}/read`);
    expect(notMine.status).toBe(404);
    expect(notMine.body).toMatchObject({ error: { code: 'CHOIR.NOT_FOUND' } });
    const unknown = await org.members.viewer.request(
      'PUT',
      `${inboxUrl()}/00000000-0000-4000-8000-000000000009/read`,
    );
    expect(unknown.status).toBe(404);
    // The admin sings in no choir.
    const outsider = await org.members.admin.get(inboxUrl());
    expect(outsider.status).toBe(404);
    expect(outsider.body).toMatchObject({ error: { code: 'CHOIR.NOT_A_MEMBER' } });
    const bad = await org.members.viewer.get(`${inboxUrl()}?limit=0`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('querystring.limit');
  });
});

describe('leaving the choir, and how long messages are kept', () => {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 24 * 3600 * 1000).toISOString().slice(0, 10);
  it('deletes a message and its deliveries a year after it was sent, and only those', async () => {
    const db = t.database.db;
    const olds = await db
      .update(schema.choirMessages)
      .set({ createdAt: new Date(Date.now() - 366 * 24 * 3600 * 1000) })
      .where(eq(schema.choirMessages.audience, 'choir'))
      .returning({ id: schema.choirMessages.id });
    const old = olds[0];
    const counts = await choirMessagesRetention.purge(t.database, new Date());
    expect(counts.get(org.id)).toBe(olds.length);
    const left = await db
      .select()
      .from(schema.choirMessageDeliveries)
      .where(eq(schema.choirMessageDeliveries.messageId, old!.id));
    expect(left).toEqual([]);
    const inbox = (await org.members.viewer.get(`${base}/me/messages`)).body as Inbox;
    expect(inbox.items.map((m) => m.subject.fr)).toEqual(['Altos 1']);
  });

  it('records the day a singer left: no page, no message, kept in the roster’s history; refuses a later day', async () => {
    const url = `${base}/members/${choir.myMemberId}`;
    const coordinator = org.members.coordinator;
    const later = await coordinator.patch(url, { active: false, leftOn: day(3) });
    expect(later.status).toBe(400);
    expect(later.body).toMatchObject({ error: { fields: [{ path: 'body.leftOn' }] } });
    const alone = await coordinator.patch(url, { leftOn: day(-1) });
    expect(alone.status).toBe(400);
    expect(JSON.stringify(alone.body)).toContain('body.leftOn');

    const left = await coordinator.patch(url, { active: false, leftOn: day(-1) });
    expect(left.status, JSON.stringify(left.body)).toBe(200);
    expect((await org.members.viewer.get(`${base}/me/messages`)).status).toBe(404);
    const sent = await coordinator.post(`${base}/messages`, {
      audience: 'part',
      partId: choir.part('A1'),
      subject: { fr: 'Après son départ' },
      text: { fr: 'Bonjour.' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const hers = await t.database.db
      .select()
      .from(schema.choirMessageDeliveries)
      .where(eq(schema.choirMessageDeliveries.memberId, choir.myMemberId));
    expect(hers).toHaveLength(1); // Altos 1, sent before she left
    const roster = (await coordinator.get(base)).body as {
      members: { id: string }[];
      left: { id: string; firstName: string; leftOn: string }[];
    };
    expect(roster.members.map((m) => m.id)).not.toContain(choir.myMemberId);
    expect(roster.left).toEqual([
      expect.objectContaining({ id: choir.myMemberId, firstName: 'Nadia', leftOn: day(-1) }),
    ]);

    const back = await coordinator.patch(url, { active: true });
    expect(back.status).toBe(200);
    const again = (await coordinator.get(base)).body as { left: unknown[] };
    expect(again.left).toEqual([]);
    expect((await org.members.viewer.get(`${base}/me/messages`)).status).toBe(200);
  });
});
