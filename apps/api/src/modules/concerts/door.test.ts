// A concert's door: the list phones download, check-ins of whole orders or some of their seats,
// people without a ticket, how people came, and check-ins from two phones that meet at sync.
import { createHash } from 'node:crypto';
import type { DoorList, DoorSummary } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDoorScene,
  checkInOp,
  sendDoorOperations,
  travelOp,
  walkInOp,
} from '../../testing/door-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'viewer', 'relay']);
});
afterAll(() => t.close());

const doorUrl = (concertId: string) => `/api/orgs/${org.id}/sessions/${concertId}/door`;
const summaryOf = async (concertId: string, client = org.members.coordinator!) => {
  const response = await client.get(`${doorUrl(concertId)}/summary`);
  expect(response.status).toBe(200);
  return response.body as DoorSummary;
};
const at = (minute: number, deviceId = 'door-phone-a') => ({
  deviceId,
  recordedAt: new Date(Date.UTC(2026, 2, 10, 19, minute)).toISOString(),
});

describe('the door list', () => {
  it('gives the artist of the concert names, seats per tariff and the hash of each QR code, no contact', async () => {
    const scene = await buildDoorScene(t, org, { orders: [4, 1] });
    const response = await org.members.artist!.get(doorUrl(scene.concert.id));
    expect(response.status).toBe(200);
    const list = response.body as DoorList;
    expect(list.concert.id).toBe(scene.concert.id);
    const family = list.orders.find((order) => order.id === scene.orders[0]!.id)!;
    expect(family).toEqual({
      id: scene.orders[0]!.id,
      name: scene.orders[0]!.name,
      seats: 4,
      lines: [{ kind: 'full', quantity: 4 }],
      secretHash: createHash('sha256').update(scene.orders[0]!.secret).digest('hex'),
      status: 'booked',
    });
    expect(JSON.stringify(list)).not.toContain(scene.orders[0]!.secret);
    expect(list.entries).toEqual([]);
  });

  it('refuses the list to an artist who does not play the concert (403) and to viewers and relays', async () => {
    const scene = await buildDoorScene(t, org, { orders: [2], artist: false });
    const artist = await org.members.artist!.get(doorUrl(scene.concert.id));
    expect(artist.status).toBe(403);
    expect((artist.body as { error: { code: string } }).error.code).toBe('DOOR.NOT_CONCERT_ARTIST');
    expect((await org.members.viewer!.get(doorUrl(scene.concert.id))).status).toBe(403);
    expect((await org.members.relay!.get(doorUrl(scene.concert.id))).status).toBe(403);
    const workshop = await buildDoorScene(t, org, { orders: [] });
    await t.database.db
      .update(schema.sessions)
      .set({ kind: 'workshop_singing' })
      .where(eq(schema.sessions.id, workshop.concert.id));
    expect((await org.members.coordinator!.get(doorUrl(workshop.concert.id))).status).toBe(404);
  });
});

describe('check-ins at the door', () => {
  it('lets in a whole order, part of another then the rest, and counts each seat once on a replay', async () => {
    const scene = await buildDoorScene(t, org, { orders: [4, 3] });
    const [family, friends] = scene.orders;
    const ops = [
      checkInOp(scene.concert.id, family!.id, 4, at(1)),
      checkInOp(scene.concert.id, friends!.id, 2, at(2)),
      checkInOp(scene.concert.id, friends!.id, 1, at(9)),
    ];
    const results = await sendDoorOperations(org.members.artist!, org.id, ops);
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied']);
    const replay = await sendDoorOperations(org.members.artist!, org.id, [...ops].reverse());
    expect(replay.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    const summary = await summaryOf(scene.concert.id);
    expect(summary).toMatchObject({
      bookedSeats: 7,
      checkedInSeats: 7,
      ordersComplete: 2,
      ordersPartly: 0,
      conflicts: [],
    });
    const list = (await org.members.artist!.get(doorUrl(scene.concert.id))).body as DoorList;
    expect(list.entries.map((entry) => entry.opId).sort()).toEqual(ops.map((op) => op.opId).sort());
  });

  it('lists for the organiser a ticket used on two phones, whatever phone syncs first', async () => {
    const scene = await buildDoorScene(t, org, { orders: [4] });
    const [order] = scene.orders;
    const first = checkInOp(scene.concert.id, order!.id, 4, at(1, 'door-phone-a'));
    const second = checkInOp(scene.concert.id, order!.id, 2, at(3, 'door-phone-b'));
    // The later check-in reaches the server first: it is settled again when the earlier arrives.
    const [later] = await sendDoorOperations(org.members.coordinator!, org.id, [second]);
    expect(later!.outcome).toBe('applied');
    const [earlier] = await sendDoorOperations(org.members.artist!, org.id, [first]);
    expect(earlier!.outcome).toBe('applied');
    const summary = await summaryOf(scene.concert.id);
    expect(summary.checkedInSeats).toBe(4);
    expect(summary.conflicts).toEqual([
      expect.objectContaining({
        opId: second.opId,
        name: order!.name,
        orderSeats: 4,
        seats: 2,
        granted: 0,
        deviceId: 'door-phone-b',
        before: [{ deviceId: 'door-phone-a', recordedAt: first.recordedAt, seats: 4, granted: 4 }],
      }),
    ]);
    // The answer to a check-in that arrives after the seats were given is `superseded`.
    const third = checkInOp(scene.concert.id, order!.id, 1, at(5, 'door-phone-c'));
    const [late] = await sendDoorOperations(org.members.coordinator!, org.id, [third]);
    expect(late!.outcome).toBe('superseded');
    // Names are for the roles that read orders: a viewer gets the figures only.
    const seen = await summaryOf(scene.concert.id, org.members.viewer!);
    expect(seen.conflicts).toBeNull();
    expect(seen.checkedInSeats).toBe(4);
  });

  it('lists a check-in of a cancelled order as a conflict and refuses an order of another concert', async () => {
    const scene = await buildDoorScene(t, org, { orders: [2] });
    const other = await buildDoorScene(t, org, { orders: [3] });
    await t.database.db
      .update(schema.concertOrders)
      .set({ status: 'cancelled' })
      .where(eq(schema.concertOrders.id, scene.orders[0]!.id));
    const results = await sendDoorOperations(org.members.artist!, org.id, [
      checkInOp(scene.concert.id, scene.orders[0]!.id, 2, at(1)),
      checkInOp(scene.concert.id, other.orders[0]!.id, 3, at(2)),
    ]);
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ['superseded', undefined],
      ['refused', 'DOOR.ORDER_NOT_OF_CONCERT'],
    ]);
    const summary = await summaryOf(scene.concert.id);
    expect(summary.checkedInSeats).toBe(0);
    expect(summary.conflicts?.[0]).toMatchObject({ orderStatus: 'cancelled', granted: 0 });
  });

  it('refuses the operations of an artist at a concert they do not play, and a car without its people (400)', async () => {
    const scene = await buildDoorScene(t, org, { orders: [2], artist: false });
    const [refused] = await sendDoorOperations(org.members.artist!, org.id, [
      walkInOp(scene.concert.id, 1, at(1)),
    ]);
    expect(refused).toMatchObject({ outcome: 'refused', reason: 'DOOR.NOT_CONCERT_ARTIST' });
    const walkIn = walkInOp(scene.concert.id, 1, at(1));
    const response = await org.members.coordinator!.post(`/api/orgs/${org.id}/offline/operations`, {
      operations: [
        walkIn,
        { ...travelOp(scene.concert.id, walkIn.opId, 1, 'car'), carPeople: null },
      ],
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('body.operations.1.carPeople');
    expect((await summaryOf(scene.concert.id)).walkIns).toBe(0);
    const viewer = await org.members.viewer!.post(`/api/orgs/${org.id}/offline/operations`, {
      operations: [walkIn],
    });
    expect(viewer.status).toBe(403);
  });
});

describe('people without a ticket and how people came', () => {
  it('adds up walk-ins from two phones with a correction, and keeps the latest answer per entry', async () => {
    const scene = await buildDoorScene(t, org, { orders: [4] });
    const checkIn = checkInOp(scene.concert.id, scene.orders[0]!.id, 4, at(1));
    const walkA = walkInOp(scene.concert.id, 2, at(2, 'door-phone-a'));
    const walkB = walkInOp(scene.concert.id, 3, at(2, 'door-phone-b'));
    const undo = walkInOp(scene.concert.id, -1, at(4, 'door-phone-b'));
    const results = await sendDoorOperations(org.members.artist!, org.id, [
      checkIn,
      walkA,
      walkB,
      undo,
      travelOp(scene.concert.id, checkIn.opId, 4, 'walk', null, at(1)),
      // Changed on second thought: they came by car, four in it.
      travelOp(scene.concert.id, checkIn.opId, 4, 'car', 4, at(2)),
      travelOp(scene.concert.id, walkA.opId, 2, 'bike', null, at(3)),
      travelOp(scene.concert.id, walkB.opId, 2, 'car', 1, at(3, 'door-phone-b')),
    ]);
    expect(results.map((r) => r.outcome)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'superseded',
      'applied',
      'applied',
      'applied',
    ]);
    const summary = await summaryOf(scene.concert.id);
    expect(summary.walkIns).toBe(4);
    expect(summary.travel).toEqual({
      people: 8,
      byMode: [
        { mode: 'bike', people: 2 },
        { mode: 'car', people: 6 },
      ],
      cars: 3,
    });
  });
});
