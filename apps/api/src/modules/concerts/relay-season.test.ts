// The season's list of allocations as organisers and relays read it: one page at a time, how many
// there are and the ledger of all of them counted in the database, with the same "used" as the
// door's rule gives (the allocation's own page settles its guests' check-ins in the process).
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert } from '../../testing/concert-fixtures';
import { checkInOp, sendDoorOperations } from '../../testing/door-fixtures';
import { buildRelay } from '../../testing/relay-seats-fixtures';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'relay']);
  coordinator = org.members.coordinator!;
});
afterAll(() => t.close());

type Ledger = { issued: number; claimed: number; used: number; released: number };
type Allocation = { id: string; partnerId: string; open: boolean; ledger: Ledger };
type Season = { items: Allocation[]; total: number; ledger: Ledger };

const base = () => `/api/orgs/${org.id}`;
const bodyOf = <T>(response: { body: unknown }) => response.body as T;
const season = async (client: Client, query: string) =>
  bodyOf<Season>(await client.get(`${base()}/relay-allocations?${query}`));

function sumOf(items: Allocation[]): Ledger {
  return items.reduce(
    (sum, item) => ({
      issued: sum.issued + item.ledger.issued,
      claimed: sum.claimed + item.ledger.claimed,
      used: sum.used + item.ledger.used,
      released: sum.released + item.ledger.released,
    }),
    { issued: 0, claimed: 0, used: 0, released: 0 },
  );
}

describe('the season list', () => {
  it('pages the allocations and counts all of them: total and ledger, used as the door settles it', async () => {
    const relays = [await buildRelay(t, org), await buildRelay(t, org), await buildRelay(t, org)];
    const concerts = [];
    for (let n = 0; n < 2; n++) {
      const concert = await buildPublishedConcert(t, org, {
        capacity: 60,
        tariffs: [{ kind: 'free', priceCents: 0 }],
      });
      concerts.push(concert);
      const allocated = await coordinator.request(
        'PUT',
        `${base()}/sessions/${concert.sessionId}/relay-allocations`,
        { allocations: relays.map((relay) => ({ partnerId: relay.partnerId, seats: 6 })) },
      );
      expect(allocated.status).toBe(200);
    }
    const all = await season(coordinator, 'limit=200');
    expect(all.total).toBe(6);
    const [first, second, third] = all.items;
    const guest = async (allocation: Allocation, seats: number) => {
      const relay = relays.find((r) => r.partnerId === allocation.partnerId)!;
      const response = await relay.client.post(
        `${base()}/relay-allocations/${allocation.id}/guests`,
        { firstName: `Invité ${seats}`, email: 'invite@example.org', seats },
      );
      expect(response.status).toBe(201);
      return { ...bodyOf<{ id: string }>(response), relay, allocation };
    };
    const rose = await guest(first!, 3);
    const yan = await guest(first!, 2);
    const lina = await guest(second!, 4);
    const tom = await guest(third!, 1);
    // Rose's order is scanned on two phones (3 + 2 asked, 3 seats); Yan's 1 of 2; Lina's order
    // is cancelled after a scan (no seat to give); Tom's is not scanned.
    const sessionId = async (allocationId: string) =>
      (
        await t.database.db
          .select({ sessionId: schema.concertRelayAllocations.sessionId })
          .from(schema.concertRelayAllocations)
          .where(eq(schema.concertRelayAllocations.id, allocationId))
      )[0]!.sessionId;
    await sendDoorOperations(coordinator, org.id, [
      checkInOp(await sessionId(first!.id), rose.id, 3, { deviceId: 'phone-a' }),
      checkInOp(await sessionId(first!.id), rose.id, 2, { deviceId: 'phone-b' }),
      checkInOp(await sessionId(first!.id), yan.id, 1),
      checkInOp(await sessionId(second!.id), lina.id, 2),
    ]);
    const cancelled = await lina.relay.client.request(
      'DELETE',
      `${base()}/relay-allocations/${second!.id}/guests/${lina.id}`,
    );
    expect(cancelled.status).toBe(204);
    // One allocation has closed: its unnamed seats go back to the public.
    await t.database.db
      .update(schema.concertRelayAllocations)
      .set({ validUntil: '2020-01-01' })
      .where(eq(schema.concertRelayAllocations.id, third!.id));

    const whole = await season(coordinator, 'limit=200');
    const pages = [
      await season(coordinator, 'limit=4&offset=0'),
      await season(coordinator, 'limit=4&offset=4'),
    ];
    expect(pages.map((page) => page.items.length)).toEqual([4, 2]);
    expect(pages.flatMap((page) => page.items)).toEqual(whole.items);
    for (const page of pages) {
      expect(page.total).toBe(6);
      // The ledger is the season's, not the page's.
      expect(page.ledger).toEqual(whole.ledger);
    }
    expect(whole.ledger).toEqual(sumOf(whole.items));
    expect(whole.ledger).toEqual({ issued: 36, claimed: 6, used: 4, released: 5 });
    // Each allocation's "used" is the one its own page settles with the door's rule.
    for (const item of whole.items) {
      const relay = relays.find((r) => r.partnerId === item.partnerId)!;
      const detail = bodyOf<{ ledger: Ledger }>(
        await relay.client.get(`${base()}/relay-allocations/${item.id}`),
      );
      expect(item.ledger).toEqual(detail.ledger);
    }
    expect(whole.items.find((item) => item.id === first!.id)!.ledger).toEqual({
      issued: 6,
      claimed: 5,
      used: 4,
      released: 0,
    });
    expect(tom.allocation.id).toBe(third!.id);

    // A relay reads their partners' allocations only, counted alike.
    const mine = await season(relays[0]!.client, 'limit=1');
    expect(mine.total).toBe(2);
    expect(mine.items).toHaveLength(1);
    expect(mine.ledger).toEqual(
      sumOf(whole.items.filter((item) => item.partnerId === relays[0]!.partnerId)),
    );
  });

  it('refuses a page size out of bounds with 400 naming the query field', async () => {
    for (const [query, field] of [
      ['limit=0', 'querystring.limit'],
      ['limit=201', 'querystring.limit'],
      ['offset=-1', 'querystring.offset'],
    ] as const) {
      const response = await coordinator.get(`${base()}/relay-allocations?${query}`);
      expect(response.status).toBe(400);
      const fields = bodyOf<{ error: { fields: { path: string }[] } }>(response).error.fields;
      expect(fields.map((entry) => entry.path)).toContain(field);
    }
  });
});
