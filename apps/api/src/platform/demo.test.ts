import type { MediaList, RightsRequest } from '@tutti/contracts';
import {
  DEMO_GUARDIAN_EMAIL,
  DEMO_NETWORK,
  DEMO_PASSWORD,
  DEMO_PUBLIC_SLUG,
  DemoRefusedError,
  demoAccounts,
  demoPartners,
  schema,
  seedDemo,
} from '@tutti/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDemoMedia, seedDemoMedia } from '../modules/media';
import { signIn, startTestApp, type TestApp } from '../testing/test-app';
import { hashPassword } from './auth/passwords';
import { seedDemoOrganisation } from './demo';
import { fileStorageFor, MissingFileError } from './storage';

let t: TestApp;
// Every test reads the demo as seeded once; only the last one seeds it again.
beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
});
afterAll(() => t.close());

describe('demo organisation', () => {
  it('has one account per role, each able to sign in with the demo password', async () => {
    for (const account of demoAccounts) {
      const client = await signIn(t.app, account.email, DEMO_PASSWORD);
      const me = await client.get('/api/me');
      expect(me.body).toMatchObject({ memberships: [{ role: account.role, isDemo: true }] });
    }
  });

  it('publishes its profile with at least two upcoming public events', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/p/${DEMO_PUBLIC_SLUG}` });
    expect(page.statusCode).toBe(200);
    const links = page.body.match(new RegExp(`/p/${DEMO_PUBLIC_SLUG}/e/[a-z0-9]{8}`, 'g')) ?? [];
    expect(new Set(links).size).toBeGreaterThanOrEqual(2);
  });

  it('sells its next published concert: tariffs on its page, a family of four among its orders', async () => {
    const [concert] = await t.database.db
      .select({ id: schema.sessions.id, code: schema.sessions.publicCode })
      .from(schema.concertOrders)
      .innerJoin(schema.sessions, eq(schema.sessions.id, schema.concertOrders.sessionId))
      .where(eq(schema.concertOrders.name, 'Famille Girard'))
      // The next one: the Girards booked the concerts to come, each paid its own way.
      .orderBy(asc(schema.sessions.startsAt))
      .limit(1);
    const page = await t.app.inject({
      method: 'GET',
      url: `/p/${DEMO_PUBLIC_SLUG}/e/${concert!.code}`,
    });
    expect(page.body).toContain('Tarif solidaire');
    expect(page.body).toContain('/reserver?lang=fr');
    const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const me = (await coordinator.get('/api/me')).body as { memberships: { orgId: string }[] };
    const orgId = me.memberships[0]!.orgId;
    const orders = await coordinator.get(`/api/orgs/${orgId}/sessions/${concert!.id}/orders`);
    expect(orders.body).toMatchObject({
      items: expect.arrayContaining([
        expect.objectContaining({ name: 'Famille Girard', seats: 4 }),
      ]),
    });
    // Some of its orders were paid on site, one in part, one got part back, the rest are to pay.
    const payments = await coordinator.get(`/api/orgs/${orgId}/sessions/${concert!.id}/payments`);
    const statuses = (payments.body as { items: { status: string }[] }).items.map((i) => i.status);
    expect(statuses).toEqual(expect.arrayContaining(['paid', 'partlyPaid']));
    expect(payments.body).toMatchObject({
      byMethod: expect.arrayContaining([expect.objectContaining({ method: 'cash' })]),
    });
    // The Girards got one seat's price back, with its reason.
    const girard = (
      payments.body as {
        items: { refundedCents: number; payments: { kind: string; reason: string | null }[] }[];
      }
    ).items.find((item) => item.refundedCents > 0);
    expect(girard?.payments.find((line) => line.kind === 'refund')?.reason).toContain('malade');
  });

  it('shows a nearly full concert with group orders and a waiting list', async () => {
    const [entry] = await t.database.db
      .select({ sessionId: schema.concertWaitingList.sessionId })
      .from(schema.concertWaitingList)
      .where(eq(schema.concertWaitingList.name, 'Famille Bernard'));
    const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const me = (await coordinator.get('/api/me')).body as { memberships: { orgId: string }[] };
    const base = `/api/orgs/${me.memberships[0]!.orgId}/sessions/${entry!.sessionId}`;
    const list = (await coordinator.get(`${base}/waiting-list`)).body as {
      items: { name: string; status: string; position: number | null }[];
    };
    expect(list.items.map((item) => [item.position, item.status])).toEqual([
      [1, 'offered'],
      [2, 'waiting'],
      [3, 'waiting'],
      [null, 'left'],
      [null, 'lapsed'],
    ]);
    const groups = (await coordinator.get(`${base}/group-orders`)).body as {
      items: { establishmentKind: string; status: string }[];
    };
    expect(groups.items.map((group) => group.status).sort()).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'pending',
    ]);
    expect((await coordinator.get(`${base}/box-office`)).body).toMatchObject({
      held: 16,
      remaining: 11,
    });
    const [concert] = await t.database.db
      .select({ code: schema.sessions.publicCode })
      .from(schema.sessions)
      .where(eq(schema.sessions.id, entry!.sessionId));
    const page = await t.app.inject({
      method: 'GET',
      url: `/p/${DEMO_PUBLIC_SLUG}/e/${concert!.code}`,
    });
    expect(page.body).toContain('11 places restantes');
    expect(page.body).toContain('Liste d’attente');
    expect(page.body).toContain('/reserver?lang=fr');
  });

  it('has a family of two children with upcoming sessions, and a group share link', async () => {
    const family = await t.database.db
      .select({ participantId: schema.participantConsents.participantId })
      .from(schema.participantConsents)
      .where(eq(schema.participantConsents.guardianEmail, DEMO_GUARDIAN_EMAIL));
    expect(new Set(family.map((row) => row.participantId)).size).toBe(2);
    const links = await t.database.db.select().from(schema.groupShareLinks);
    expect(links).toHaveLength(1);
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/shared/groups/${links[0]!.token}`,
    });
    expect(
      (page.json() as { upcomingSessions: unknown[] }).upcomingSessions.length,
    ).toBeGreaterThan(0);
  });

  it('has one answered request about a person’s data and one still open', async () => {
    const admin = await signIn(t.app, 'admin@demo.test', DEMO_PASSWORD);
    const me = await admin.get('/api/me');
    const orgId = (me.body as { memberships: { orgId: string }[] }).memberships[0]!.orgId;
    const log = (await admin.get(`/api/orgs/${orgId}/rights-requests`)).body as {
      items: RightsRequest[];
    };
    expect(log.items.map((r) => [r.kind, r.state])).toEqual([
      ['rectification', 'open'],
      ['access', 'answered'],
    ]);
    expect(log.items.every((r) => r.personName && r.receivedBy)).toBe(true);
  });

  it('fills the Médias page: two recordings and a poster, published by the normal processing', async () => {
    const ids = await seedDemoMedia({ database: t.database, config: t.config });
    expect(ids).toHaveLength(3);
    const admin = await signIn(t.app, 'admin@demo.test', DEMO_PASSWORD);
    const me = await admin.get('/api/me');
    const orgId = (me.body as { memberships: { orgId: string }[] }).memberships[0]!.orgId;
    const list = (await admin.get(`/api/orgs/${orgId}/media`)).body as MediaList;
    const light = list.transcoding ? ['light'] : [];
    expect(
      list.items
        .map((m) => ({
          kind: m.kind,
          status: m.status,
          variants: m.variants.map((v) => v.name),
        }))
        .sort((a, b) => String(a.kind).localeCompare(String(b.kind))),
    ).toEqual([
      { kind: 'audio', status: 'ready', variants: ['original', ...light] },
      { kind: 'audio', status: 'ready', variants: ['original', ...light] },
      { kind: 'image', status: 'ready', variants: ['original', 'w320', 'w960'] },
    ]);
    const melody = list.items.find((m) => m.fileName.startsWith('Au clair'))!;
    expect(melody.durationMs).toBe(5500);

    // Before the demo is made again (npm run seed), its files' bytes are removed with it.
    const keys = await t.database.db
      .select({ key: schema.files.storageKey })
      .from(schema.files)
      .where(eq(schema.files.orgId, orgId));
    expect(await removeDemoMedia({ database: t.database, config: t.config })).toBe(3);
    for (const { key } of keys) {
      await expect(fileStorageFor(t.config).size(key)).rejects.toBeInstanceOf(MissingFileError);
    }
  });

  it('is recreated, not duplicated, by a second seed', async () => {
    // The run's demo database holds the demo once already: seed it a second time.
    await seedDemoOrganisation(t.database);
    const demos = await t.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.isDemo, true));
    // The demo organisation and its two network partners across the border.
    expect(demos).toHaveLength(1 + demoPartners.length);
  });

  it('has a network across a border that its coordinator sees, with a public agenda in the sitemap', async () => {
    const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const me = (await coordinator.get('/api/me')).body as { memberships: { orgId: string }[] };
    const orgId = me.memberships[0]!.orgId;
    const [network] = (await coordinator.get(`/api/orgs/${orgId}/networks`)).body as {
      id: string;
      myRole: string;
    }[];
    expect(network).toMatchObject({ myRole: 'coordinator' });
    const detail = await coordinator.get(`/api/networks/${network!.id}`);
    const countries = (detail.body as { members: { country: string }[] }).members.map(
      (m) => m.country,
    );
    expect(countries.sort()).toEqual(['BE', 'FR', 'LU']);
    const dashboard = await coordinator.get(`/api/networks/${network!.id}/dashboard`);
    expect((dashboard.body as { overlaps: unknown[] }).overlaps.length).toBeGreaterThan(0);
    const agenda = await coordinator.get(`/api/networks/${network!.id}/agenda`);
    expect((agenda.body as { total: number }).total).toBeGreaterThanOrEqual(6);
    const sitemap = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(sitemap.body).toContain(`/p/${DEMO_PUBLIC_SLUG}/reseau/${DEMO_NETWORK.slug}<`);
    // The shared library: entries in French, English and German, copies used by members with
    // people shown from 5 on, and a takedown request waiting for the coordinators.
    const library = await coordinator.get(`/api/orgs/${orgId}/networks/${network!.id}/library`);
    const items = (
      library.body as {
        items: { kind: string; language: string; usage: { people: { state: string } } }[];
      }
    ).items;
    expect(new Set(items.map((i) => i.language))).toEqual(new Set(['fr', 'en', 'de']));
    const template = items.find((i) => i.kind === 'journey_template');
    expect(template?.usage.people).toEqual({ state: 'reported', value: 23 });
    expect(items.some((i) => i.usage.people.state === 'hidden')).toBe(true);
    const takedowns = await coordinator.get(`/api/networks/${network!.id}/library/takedowns`);
    expect(takedowns.body).toMatchObject([{ status: 'open' }]);
    // A training of the network: last week signed in, today still to sign; people from the
    // three members and a partner.
    const trainings = await coordinator.get(`/api/orgs/${orgId}/trainings`);
    const [training] = (trainings.body as { items: { id: string; networkId: string }[] }).items;
    expect(training).toMatchObject({ networkId: network!.id, halfDays: 4, trainees: 5 });
    const detail2 = await coordinator.get(`/api/orgs/${orgId}/trainings/${training!.id}`);
    const people = (detail2.body as { people: { present: string[]; organisationName: string }[] })
      .people;
    expect(people.map((p) => p.present.length).sort()).toEqual([1, 2, 2, 2, 2, 2]);
    expect(new Set(people.map((p) => p.organisationName)).size).toBe(4);
  });

  it('is refused when NODE_ENV=production', async () => {
    await expect(seedDemo(t.database, { hashPassword, env: 'production' })).rejects.toBeInstanceOf(
      DemoRefusedError,
    );
  });
});
