// The demo shows the door: its latest concert held has entries from two phones (whole orders,
// one in part, a family that did not come, a ticket scanned twice), people without a ticket and
// travel answers, and its carbon footprint's audience travels by the modes people gave.
import type { ConcertFigures, DoorSummary, SessionFootprint } from '@tutti/contracts';
import { DEMO_PASSWORD, schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
});
afterAll(() => t.close());

describe('the demo door', () => {
  it('shows a concert held with its entries, a ticket used twice and how people came', async () => {
    const [bernard] = await t.database.db
      .select({ sessionId: schema.concertOrders.sessionId, orgId: schema.concertOrders.orgId })
      .from(schema.concertOrders)
      .where(eq(schema.concertOrders.name, 'Famille Bernard'));
    expect(bernard).toBeDefined();
    const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const base = `/api/orgs/${bernard!.orgId}/sessions/${bernard!.sessionId}`;
    const summary = (await coordinator.get(`${base}/door/summary`)).body as DoorSummary;
    expect(summary).toMatchObject({
      bookedSeats: 35,
      checkedInSeats: 29,
      ordersComplete: 12,
      ordersPartly: 1,
      walkIns: 7,
      travel: { people: 34, cars: 6 },
    });
    expect(summary.conflicts?.map((c) => [c.name, c.granted, c.before.length])).toEqual([
      ['Famille Bernard', 0, 1],
    ]);
    // After the concert, its Billetterie card and the impact page read the same door.
    const figures = (await coordinator.get(`${base}/figures`)).body as ConcertFigures;
    expect(figures).toMatchObject({ held: true, doorUsed: true });
    expect(figures.byChannel.find((c) => c.channel === 'public')).toMatchObject({
      booked: 35,
      present: 29,
    });
    expect(figures.byChannel.find((c) => c.channel === 'door')).toMatchObject({ present: 7 });
    const carbon = (await coordinator.get(`${base}/carbon`)).body as SessionFootprint;
    const audience = carbon.lines.filter((line) => line.kind === 'audience');
    expect(audience.length).toBeGreaterThan(0);
    expect(audience.map((line) => line.notes[0]?.code)).toContain('mode-split-door');
  });
});
