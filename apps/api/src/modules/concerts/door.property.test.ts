// Property: scans from four door phones, each sent in batches of any size, some 2-3 times, in any
// interleaving of the phones' syncs, end with nothing lost and nothing counted twice: every op id
// held once, each order's seats let in as the rule settles them from all the scans, every seat
// at most once, people without a ticket and travel answers as the phones recorded them.
import { type DoorOperation, type DoorSummary, settleCheckIns } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDoorScene,
  checkInOp,
  sendDoorOperations,
  travelOp,
  walkInOp,
} from '../../testing/door-fixtures';
import { deliveryBatches, deliveryPlan } from '../../testing/sync-deliveries';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist']);
});
afterAll(() => t.close());

const ORDER_SEATS = [4, 2, 1, 3];
const DEVICES = ['door-a', 'door-b', 'door-c', 'door-d'] as const;
const modes = ['walk', 'bike', 'car', 'bus', 'shuttle'] as const;

/** One gesture at the door: some seats of an order, or people without a ticket. */
const gesture = fc.record({
  order: fc.integer({ min: -1, max: ORDER_SEATS.length - 1 }),
  seats: fc.integer({ min: 1, max: 4 }),
  walkIns: fc.integer({ min: -1, max: 3 }).filter((n) => n !== 0),
  // Few distinct minutes, so that equal device times (ties) happen often.
  minute: fc.nat(3),
  travel: fc.option(
    fc.record({ mode: fc.constantFrom(...modes), carPeople: fc.integer({ min: 1, max: 5 }) }),
  ),
});

/** One phone: its gestures, then how they reach the server. */
const phone = fc
  .array(gesture, { minLength: 1, maxLength: 8 })
  .chain((gestures) =>
    fc.record({ gestures: fc.constant(gestures), delivery: deliveryPlan(16, 6) }),
  );

const scenario = fc.record({
  phones: fc.tuple(phone, phone, phone, phone),
  // Which phone syncs next.
  turns: fc.array(fc.nat(DEVICES.length - 1), { minLength: 80, maxLength: 80 }),
});

type Phone = typeof phone extends fc.Arbitrary<infer T> ? T : never;

function operationsOf(p: Phone, concertId: string, orderIds: string[], deviceId: string) {
  return p.gestures.flatMap((g): DoorOperation[] => {
    const at = {
      deviceId,
      recordedAt: new Date(Date.UTC(2026, 2, 10, 19, g.minute)).toISOString(),
    };
    const entry =
      g.order >= 0
        ? checkInOp(concertId, orderIds[g.order]!, g.seats, at)
        : walkInOp(concertId, g.walkIns, at);
    if (!g.travel) return [entry];
    const people = Math.max(1, 'seats' in entry ? entry.seats : Math.abs(entry.people));
    const carPeople = g.travel.mode === 'car' ? g.travel.carPeople : null;
    return [entry, travelOp(concertId, entry.opId, people, g.travel.mode, carPeople, at)];
  });
}

describe('door scans from four phones', () => {
  it('lose nothing and count nothing twice, whatever the interleaving of their syncs', async () => {
    const clients: Client[] = [
      org.members.artist!,
      org.members.coordinator!,
      org.members.admin!,
      org.members.artist!,
    ];
    await fc.assert(
      fc.asyncProperty(scenario, async ({ phones, turns }) => {
        const scene = await buildDoorScene(t, org, { orders: ORDER_SEATS });
        const concertId = scene.concert.id;
        const orderIds = scene.orders.map((order) => order.id);
        const ops = phones.map((p, d) => operationsOf(p, concertId, orderIds, DEVICES[d]!));
        const queues = phones.map((p, d) => deliveryBatches(p.delivery, ops[d]!));
        const answers = new Map<string, string[]>();
        for (let turn = 0; queues.some((q) => q.length > 0); turn++) {
          let d = turns[turn % turns.length]!;
          if (queues[d]!.length === 0) d = queues.findIndex((q) => q.length > 0);
          const results = await sendDoorOperations(clients[d]!, org.id, queues[d]!.shift()!);
          for (const r of results) answers.set(r.opId, [...(answers.get(r.opId) ?? []), r.outcome]);
        }

        const all = ops.flat();
        // Nothing lost, nothing twice: each op id held exactly once, in its own table.
        const entries = await t.database.db
          .select()
          .from(schema.concertDoorEntries)
          .where(eq(schema.concertDoorEntries.sessionId, concertId));
        const travel = await t.database.db
          .select()
          .from(schema.concertDoorTravel)
          .where(eq(schema.concertDoorTravel.sessionId, concertId));
        const held = [...entries, ...travel].map((row) => row.opId).sort();
        expect(held).toEqual(all.map((op) => op.opId).sort());
        for (const op of all) {
          const [first, ...rest] = answers.get(op.opId)!;
          expect(['applied', 'superseded']).toContain(first);
          expect(rest.every((outcome) => outcome === 'duplicate')).toBe(true);
        }

        // The figures the rule defines from every scan, whatever reached the server first.
        const checkIns = all.filter((op) => op.kind === 'door.checkIn');
        let expectedSeats = 0;
        const expectedConflicts: string[] = [];
        for (const [n, orderId] of orderIds.entries()) {
          const settled = settleCheckIns(
            ORDER_SEATS[n]!,
            checkIns.filter((op) => op.orderId === orderId),
          );
          expectedSeats += settled.reduce((sum, entry) => sum + entry.granted, 0);
          expectedConflicts.push(...settled.filter((e) => e.excess > 0).map((e) => e.opId));
        }
        const walkIns = all
          .filter((op) => op.kind === 'door.walkIn')
          .reduce((sum, op) => sum + op.people, 0);
        const summary = (
          await org.members.coordinator!.get(
            `/api/orgs/${org.id}/sessions/${concertId}/door/summary`,
          )
        ).body as DoorSummary;
        expect(summary.checkedInSeats).toBe(expectedSeats);
        // Every seat at most once.
        expect(summary.checkedInSeats).toBeLessThanOrEqual(summary.bookedSeats);
        expect(summary.conflicts!.map((c) => c.opId).sort()).toEqual(expectedConflicts.sort());
        expect(summary.walkIns).toBe(Math.max(0, walkIns));
        // One travel answer per entry (each gesture answers its own), all counted.
        const answered = all
          .filter((op) => op.kind === 'door.travel')
          .reduce((sum, op) => sum + op.people, 0);
        expect(summary.travel.people).toBe(answered);
      }),
      { numRuns: 25, seed: 20260310 },
    );
  }, 300_000);
});
