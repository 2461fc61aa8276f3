// The last seats of a concert raced for across every layer at once: families booking from the
// public page, two relays naming guests on their allocations, and a coordinator enlarging an
// allocation. Whatever the order, the hall is never oversold and no allocation gives more than
// it holds (bookings, nominations and layer changes all lock the concert's session row).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { buildRelay, buildWorkshopBefore } from '../../testing/relay-seats-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

const ROUNDS = 4;

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
});
afterAll(() => t.close());

type Layers = {
  capacity: number;
  publicBooked: number;
  groupSeats: number;
  relaySeats: number;
  remaining: number;
  allocations: { id: string; partnerId: string; seats: number; ledger: { claimed: number } }[];
};

describe('racing for the last seats across layers', () => {
  it('never oversells the hall nor an allocation: 3 public seats, 3 + 2 relay seats, one enlargement', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const coordinator = org.members.coordinator!;
      const concert = await buildPublishedConcert(t, org, {
        capacity: 10,
        tariffs: [{ kind: 'free', priceCents: 0 }],
      });
      const [first, second] = [await buildRelay(t, org), await buildRelay(t, org)];
      await buildWorkshopBefore(t, org, concert.sessionId, [first.groupId]);
      const base = `/api/orgs/${org.id}`;
      const allocations = (seatsOfSecond: number) => ({
        allocations: [
          { partnerId: first.partnerId, seats: 3 },
          { partnerId: second.partnerId, seats: seatsOfSecond },
        ],
      });
      const set = await coordinator.request(
        'PUT',
        `${base}/sessions/${concert.sessionId}/relay-allocations`,
        allocations(2),
      );
      expect(set.status).toBe(200);
      const reserved = await coordinator.request(
        'PUT',
        `${base}/sessions/${concert.sessionId}/group-reservations`,
        { groups: [{ groupId: first.groupId, seats: 2 }] },
      );
      expect((reserved.body as Layers).remaining).toBe(3);
      const ids = new Map(
        (reserved.body as Layers).allocations.map((allocation) => [
          allocation.partnerId,
          allocation.id,
        ]),
      );
      const field = `q-${concert.tariffIds[0]}`;
      const racers = [
        ...Array.from({ length: 6 }, (_, i) => async () => {
          const response = await postBooking(t, concert.slug, concert.code, {
            [field]: '1',
            name: `Famille ${i}`,
            email: `famille${i}@example.org`,
          });
          return { kind: 'public', status: response.statusCode };
        }),
        ...Array.from({ length: 5 }, (_, i) => async () => {
          const response = await first.client.post(
            `${base}/relay-allocations/${ids.get(first.partnerId)}/guests`,
            { firstName: `Invité ${i}`, email: `a${i}@example.org` },
          );
          return { kind: 'first', status: response.status };
        }),
        ...Array.from({ length: 4 }, (_, i) => async () => {
          const response = await second.client.post(
            `${base}/relay-allocations/${ids.get(second.partnerId)}/guests`,
            { firstName: `Invitée ${i}`, phone: '+33612345678' },
          );
          return { kind: 'second', status: response.status };
        }),
        async () => {
          // Two more seats for the second relay, taken from what the public can still book.
          const response = await coordinator.request(
            'PUT',
            `${base}/sessions/${concert.sessionId}/relay-allocations`,
            allocations(4),
          );
          return { kind: 'enlarge', status: response.status };
        },
      ];
      // Interleave the kinds, then fire everything at once.
      const shuffled = racers
        .map((racer, index) => ({ racer, key: (index * 7 + round * 3) % racers.length }))
        .sort((a, b) => a.key - b.key)
        .map(({ racer }) => racer);
      const results = await Promise.all(shuffled.map((racer) => racer()));
      const ok = (kind: string) =>
        results.filter((result) => result.kind === kind && [201, 303, 200].includes(result.status))
          .length;
      for (const result of results) expect([200, 201, 303, 409]).toContain(result.status);
      const enlarged = ok('enlarge') === 1;
      expect(ok('first')).toBe(3);
      // The second relay's guests fill its 2 seats, and those of the enlargement they came after.
      expect(ok('second')).toBeGreaterThanOrEqual(2);
      expect(ok('second')).toBeLessThanOrEqual(enlarged ? 4 : 2);
      // The public and the enlargement shared the 3 seats left: all of them, never more.
      expect(ok('public') + (enlarged ? 2 : 0)).toBe(3);
      const layers = (await coordinator.get(`${base}/sessions/${concert.sessionId}/seat-layers`))
        .body as Layers;
      expect(layers.publicBooked + layers.groupSeats + layers.relaySeats).toBe(10);
      expect(layers.remaining).toBe(0);
      for (const allocation of layers.allocations) {
        expect(allocation.ledger.claimed).toBeLessThanOrEqual(allocation.seats);
      }
    }
  });
});
