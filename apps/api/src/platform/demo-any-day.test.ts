// The demo holds whatever the day it is seeded on: seeded as if today were 60 days later (and
// on the first days of the next school year), it still has what the browser tests and a new user
// rely on: a concert held weeks before with its door, a concert taking bookings with room left
// (no waiting list) holding the Girard family's order, the nearly full concert with its waiting
// list, and seats for relays on both.
import { DEMO_ORGANISATION_NAME, DEMO_PASSWORD, schema } from '@tutti/db';
import { and, eq, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../testing/test-app';
import { seedDemoOrganisation } from './demo';

const DAY = 86_400_000;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 240_000);
afterAll(() => t.close());

/** The first of August after `from`: the demo's school year turns over then. */
function nextAugust(from: Date) {
  const year = from.getUTCMonth() >= 7 ? from.getUTCFullYear() + 1 : from.getUTCFullYear();
  return new Date(Date.UTC(year, 7, 1, 9));
}

/** What the browser tests find, as they find it: pages in the sitemap, then the organisers' API. */
async function demoAsTestsFindIt(now: Date) {
  const sitemap = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
  const pages = [...sitemap.body.matchAll(/<loc>[^<]*(\/p\/[^<]+\/e\/[a-z0-9]+)<\/loc>/g)].map(
    (m) => m[1]!,
  );
  // The tests that book use a concert with room left: no waiting list offered on its page.
  const roomy: { code: string; body: string }[] = [];
  for (const url of pages) {
    const page = await t.app.inject({ method: 'GET', url });
    if (page.body.includes('/reserver?lang=') && !page.body.includes('/liste-attente')) {
      roomy.push({ code: url.split('/').pop()!, body: page.body });
    }
  }
  const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  const me = (await coordinator.get('/api/me')).body as { memberships: { orgId: string }[] };
  const orgId = me.memberships[0]!.orgId;
  const concertOf = async (name: string, table: 'orders' | 'waiting') => {
    const source = table === 'orders' ? schema.concertOrders : schema.concertWaitingList;
    const rows = await t.database.db
      .select({
        id: schema.sessions.id,
        startsAt: schema.sessions.startsAt,
        code: schema.sessions.publicCode,
      })
      .from(source)
      .innerJoin(schema.sessions, eq(schema.sessions.id, source.sessionId))
      .where(eq(source.name, name));
    return rows;
  };
  const held = await t.database.db
    .selectDistinct({ id: schema.sessions.id })
    .from(schema.concertDoorEntries)
    .innerJoin(schema.sessions, eq(schema.sessions.id, schema.concertDoorEntries.sessionId))
    .where(and(eq(schema.sessions.orgId, orgId), lt(schema.sessions.startsAt, now)));
  const [waiting] = await concertOf('Famille Bernard', 'waiting');
  const box = waiting
    ? (await coordinator.get(`/api/orgs/${orgId}/sessions/${waiting.id}/box-office`)).body
    : null;
  const relay = await signIn(t.app, 'relay@demo.test', DEMO_PASSWORD);
  const allocations = (await relay.get(`/api/orgs/${orgId}/relay-allocations`)).body as {
    items: { partnerName: string; seats: number; ledger: { claimed: number } }[];
  };
  const girard = await concertOf('Famille Girard', 'orders');
  const roomyWithGirard = roomy.filter((page) => girard.some((c) => c.code === page.code));
  const organisers = (await coordinator.get(`/api/orgs/${orgId}/relay-allocations`)).body as {
    items: { concert: { id: string } }[];
  };
  return {
    firstRoomy: roomy[0]?.body ?? '',
    roomyWithGirard: roomyWithGirard.length,
    waitingIsRoomy: roomy.some((page) => page.code === waiting?.code),
    concertsWithRelaySeats: new Set(organisers.items.map((item) => item.concert.id)).size,
    girard: girard.map((c) => c.startsAt > now),
    held: held.length,
    waitingAfterNow: waiting ? waiting.startsAt > now : false,
    box,
    school: allocations.items.find((a) => a.partnerName === 'École maternelle Jean-Jaurès'),
  };
}

describe.each([
  ['60 days after today', new Date(Date.now() + 60 * DAY)],
  [
    'on the first days of the next school year',
    new Date(nextAugust(new Date()).getTime() + 3 * DAY),
  ],
])('the demo seeded %s', (_, now) => {
  it('has a concert held with its door, one taking bookings, the nearly full one and relays’ seats', async () => {
    await seedDemoOrganisation(t.database, { now });
    const demo = await demoAsTestsFindIt(now);
    // The page the booking tests open first: its tariffs, and room for their 11 seats and more.
    expect(demo.firstRoomy).toContain('Plein tarif (8 €)');
    expect(demo.firstRoomy).toContain('Gratuit');
    expect(demo.firstRoomy).toMatch(/([3-9]\d|\d{3}) places restantes/);
    expect(demo.roomyWithGirard).toBeGreaterThan(0);
    expect(demo.waitingIsRoomy).toBe(false);
    expect(demo.concertsWithRelaySeats).toBeGreaterThanOrEqual(2);
    expect(demo.girard.length).toBeGreaterThan(0);
    expect(demo.girard.every(Boolean)).toBe(true);
    expect(demo.held).toBe(1);
    expect(demo.waitingAfterNow).toBe(true);
    expect(demo.box).toMatchObject({ held: 16, remaining: 11 });
    expect(demo.school).toMatchObject({ seats: 8, ledger: { claimed: 5 } });
  }, 600_000);
});

it('places the concert outside the journeys around the seed day, the December one for Christmas', async () => {
  const now = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 1, 9));
  await seedDemoOrganisation(t.database, { now });
  const concerts = await t.database.db
    .select({ title: schema.sessions.title, startsAt: schema.sessions.startsAt })
    .from(schema.sessions)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.sessions.orgId))
    .where(
      and(
        eq(schema.sessions.kind, 'concert'),
        eq(schema.organisations.name, DEMO_ORGANISATION_NAME),
      ),
    );
  const around = (title: string) => concerts.find((c) => c.title === title)!.startsAt.getTime();
  const days = (title: string) => Math.round((around(title) - now.getTime()) / DAY);
  expect(days('Concert de poche — violoncelle seul')).toBeLessThan(-20);
  expect(days('Concert de Noël à la collégiale')).toBeGreaterThanOrEqual(6);
}, 600_000);
