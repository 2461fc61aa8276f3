// The demo shows free seats through relays: its next published concert gives seats to three
// relay partners with guests named, the demo relay finds their allocations and guests, and the
// coordinator reads the concert's layers and ledger in counts.
import { DEMO_PASSWORD, DEMO_PUBLIC_SLUG, schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
});
afterAll(() => t.close());

type View = {
  id: string;
  partnerName: string;
  seats: number;
  open: boolean;
  ledger: { issued: number; claimed: number };
  concert: { id: string };
};

describe('demo free seats', () => {
  it('gives the demo relay seats on the next concert with guests named, and the coordinator the counts', async () => {
    const relay = await signIn(t.app, 'relay@demo.test', DEMO_PASSWORD);
    const me = (await relay.get('/api/me')).body as { memberships: { orgId: string }[] };
    const orgId = me.memberships[0]!.orgId;
    const mine = (await relay.get(`/api/orgs/${orgId}/relay-allocations`)).body as {
      items: View[];
    };
    expect(mine.items.length).toBeGreaterThanOrEqual(2);
    const names = mine.items.map((item) => item.partnerName);
    expect(names).toContain('École maternelle Jean-Jaurès');
    expect(names).not.toContain('Centre social Balzac');
    const school = mine.items.find((item) => item.partnerName === 'École maternelle Jean-Jaurès')!;
    expect(school).toMatchObject({ seats: 8, open: true, ledger: { issued: 8, claimed: 5 } });
    const detail = await relay.get(`/api/orgs/${orgId}/relay-allocations/${school.id}`);
    expect(
      (detail.body as { guests: { firstName: string }[] }).guests.map((g) => g.firstName).sort(),
    ).toEqual(['Awa', 'Mehdi']);
    const orderUrl = (detail.body as { guests: { orderUrl: string }[] }).guests[0]!.orderUrl;
    expect(orderUrl).toContain(`/p/${DEMO_PUBLIC_SLUG}/reservation/`);

    const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const layers = (
      await coordinator.get(`/api/orgs/${orgId}/sessions/${school.concert.id}/seat-layers`)
    ).body as {
      allocations: unknown[];
      groupSeats: number;
      ledger: { issued: number; claimed: number };
      remaining: number;
    };
    expect(layers.allocations).toHaveLength(3);
    expect(layers.ledger).toMatchObject({ issued: 24, claimed: 12 });
    expect(layers.groupSeats).toBeGreaterThan(0);
    expect(JSON.stringify(layers)).not.toContain('Awa');
    // The public page still sells what is left.
    const [concert] = await t.database.db
      .select({ code: schema.sessions.publicCode })
      .from(schema.sessions)
      .where(eq(schema.sessions.id, school.concert.id));
    const page = await t.app.inject({ url: `/p/${DEMO_PUBLIC_SLUG}/e/${concert!.code}` });
    expect(page.body).toContain('/reserver?lang=fr');
  });
});
