// Free seats through relays: a concert's seats in layers (hall, tariffs, groups of the workshops
// before it, relay allocations), relays naming guests on their partners' allocations only, the
// ledger in counts for organisers, and the release of unused seats before the concert.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { checkInOp, sendDoorOperations } from '../../testing/door-fixtures';
import { buildRelay, buildWorkshopBefore } from '../../testing/relay-seats-fixtures';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';
import { releaseClosedAllocations } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'relay']);
  coordinator = org.members.coordinator!;
});
afterAll(() => t.close());

type Layers = {
  capacity: number;
  publicBooked: number;
  groupSeats: number;
  relaySeats: number;
  remaining: number;
  unallocated: number;
  ledger: { issued: number; claimed: number; used: number; released: number };
  allocations: {
    id: string;
    partnerId: string;
    partnerName: string;
    seats: number;
    open: boolean;
    ledger: { issued: number; claimed: number; used: number; released: number };
  }[];
  groups: { groupId: string; name: string; seats: number }[];
};

type ErrorBody = {
  error: {
    code: string;
    fields?: { path: string; message: string }[];
    details?: Record<string, unknown>;
  };
};
const errorOf = (response: { body: unknown }) => (response.body as ErrorBody).error;
const bodyOf = <T>(response: { body: unknown }) => response.body as T;

const base = () => `/api/orgs/${org.id}`;
const layersUrl = (concertId: string) => `${base()}/sessions/${concertId}/seat-layers`;
const allocate = (client: Client, concertId: string, allocations: unknown[]) =>
  client.request('PUT', `${base()}/sessions/${concertId}/relay-allocations`, { allocations });
const nominate = (client: Client, allocationId: string, body: Record<string, unknown>) =>
  client.post(`${base()}/relay-allocations/${allocationId}/guests`, body);

async function concertOf(capacity: number) {
  return buildPublishedConcert(t, org, { capacity, tariffs: [{ kind: 'free', priceCents: 0 }] });
}

describe('capacity in layers', () => {
  it('holds allocated and reserved seats out of the public sale, each seat counted once in the hall', async () => {
    const concert = await concertOf(20);
    const [first, second] = [await buildRelay(t, org), await buildRelay(t, org)];
    await buildWorkshopBefore(t, org, concert.sessionId, [first.groupId]);
    const allocated = await allocate(coordinator, concert.sessionId, [
      { partnerId: first.partnerId, seats: 5 },
      { partnerId: second.partnerId, seats: 3, validUntil: '2099-05-01', releaseDaysBefore: 7 },
    ]);
    expect(allocated.status).toBe(200);
    const reserved = await coordinator.request(
      'PUT',
      `${base()}/sessions/${concert.sessionId}/group-reservations`,
      { groups: [{ groupId: first.groupId, seats: 4 }] },
    );
    expect(reserved.status).toBe(200);
    const booked = await postBooking(t, concert.slug, concert.code, {
      [`q-${concert.tariffIds[0]}`]: '2',
      name: 'Famille Martin',
      email: 'martin@example.org',
    });
    expect(booked.statusCode).toBe(303);
    const layers = (await org.members.viewer!.get(layersUrl(concert.sessionId))).body as Layers;
    expect(layers).toMatchObject({
      capacity: 20,
      publicBooked: 2,
      groupSeats: 4,
      relaySeats: 8,
      remaining: 6,
      unallocated: 6,
      ledger: { issued: 8, claimed: 0, used: 0, released: 0 },
    });
    expect(layers.groups).toEqual([expect.objectContaining({ groupId: first.groupId, seats: 4 })]);
    const box = await coordinator.get(`${base()}/sessions/${concert.sessionId}/box-office`);
    expect(box.body).toMatchObject({ booked: 2, groupSeats: 4, relaySeats: 8, remaining: 6 });
    expect((box.body as { tariffs: { remaining: number }[] }).tariffs[0]!.remaining).toBe(6);
  });

  it('closes the public sale when the layers take the last seats, and refuses more than the hall with 409', async () => {
    const concert = await concertOf(6);
    const relay = await buildRelay(t, org);
    expect(
      (await allocate(coordinator, concert.sessionId, [{ partnerId: relay.partnerId, seats: 6 }]))
        .status,
    ).toBe(200);
    const page = await t.app.inject({ url: `/p/${concert.slug}/e/${concert.code}?lang=fr` });
    expect(page.body).toContain('Complet');
    const refused = await postBooking(t, concert.slug, concert.code, {
      [`q-${concert.tariffIds[0]}`]: '1',
      name: 'Famille Petit',
      email: 'petit@example.org',
    });
    expect(refused.statusCode).toBe(409);
    const other = await buildRelay(t, org);
    const tooMany = await allocate(coordinator, concert.sessionId, [
      { partnerId: relay.partnerId, seats: 6 },
      { partnerId: other.partnerId, seats: 1 },
    ]);
    expect(tooMany.status).toBe(409);
    expect(errorOf(tooMany)).toMatchObject({
      code: 'RELAY_SEATS.NO_SEATS_LEFT',
      fields: [{ path: 'body.allocations' }],
      details: { available: 0 },
    });
  });

  it('refuses an unknown partner, a partner twice and a group not of the workshops with 400 naming the field', async () => {
    const concert = await concertOf(50);
    const relay = await buildRelay(t, org);
    const unknown = await allocate(coordinator, concert.sessionId, [
      { partnerId: relay.partnerId, seats: 2 },
      { partnerId: '00000000-0000-4000-8000-00000000abcd', seats: 2 },
    ]);
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown).fields).toEqual([
      expect.objectContaining({ path: 'body.allocations.1.partnerId' }),
    ]);
    const twice = await allocate(coordinator, concert.sessionId, [
      { partnerId: relay.partnerId, seats: 2 },
      { partnerId: relay.partnerId, seats: 3 },
    ]);
    expect(twice.status).toBe(400);
    expect(JSON.stringify(errorOf(twice).fields)).toContain('allocations.1.partnerId');
    const zero = await allocate(coordinator, concert.sessionId, [
      { partnerId: relay.partnerId, seats: 0 },
    ]);
    expect(zero.status).toBe(400);
    expect(JSON.stringify(errorOf(zero).fields)).toContain('allocations.0.seats');
    const stranger = await coordinator.request(
      'PUT',
      `${base()}/sessions/${concert.sessionId}/group-reservations`,
      { groups: [{ groupId: relay.groupId, seats: 3 }] },
    );
    expect(stranger.status).toBe(400);
    expect(errorOf(stranger)).toMatchObject({
      code: 'RELAY_SEATS.UNKNOWN_GROUP',
      fields: [{ path: 'body.groups.0.groupId' }],
    });
  });

  it('lets viewers read the layers, not change them; relays read neither', async () => {
    const concert = await concertOf(10);
    expect((await org.members.viewer!.get(layersUrl(concert.sessionId))).status).toBe(200);
    expect((await allocate(org.members.viewer!, concert.sessionId, [])).status).toBe(403);
    expect((await org.members.relay!.get(layersUrl(concert.sessionId))).status).toBe(403);
  });
});

describe('relays naming guests', () => {
  it('holds seats under the guest’s first name: an order page with its QR code, the relay’s ledger, counts for the organiser', async () => {
    const concert = await concertOf(30);
    const relay = await buildRelay(t, org, { name: 'Centre social Balzac' });
    const layers = (
      await allocate(coordinator, concert.sessionId, [{ partnerId: relay.partnerId, seats: 4 }])
    ).body as Layers;
    const allocationId = layers.allocations[0]!.id;
    const mine = await relay.client.get(`${base()}/relay-allocations`);
    expect(mine.status).toBe(200);
    expect(bodyOf<{ items: unknown[] }>(mine).items).toEqual([
      expect.objectContaining({
        id: allocationId,
        partnerName: 'Centre social Balzac',
        seats: 4,
        open: true,
        ledger: { issued: 4, claimed: 0, used: 0, released: 0 },
        concert: expect.objectContaining({ id: concert.sessionId }),
      }),
    ]);
    const guest = await nominate(relay.client, allocationId, {
      firstName: 'Awa',
      phone: '+33 6 12 34 56 78',
      seats: 3,
    });
    expect(guest.status).toBe(201);
    expect(guest.body).toMatchObject({
      firstName: 'Awa',
      phone: '+33612345678',
      seats: 3,
      status: 'claimed',
    });
    const orderUrl = new URL(bodyOf<{ orderUrl: string }>(guest).orderUrl);
    const page = await t.app.inject({ url: `${orderUrl.pathname}?lang=fr` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Awa');
    expect(page.body).toContain('3 places offertes');
    expect(page.body).toContain('qr.svg');
    const detail = await relay.client.get(`${base()}/relay-allocations/${allocationId}`);
    expect(detail.body).toMatchObject({
      ledger: { issued: 4, claimed: 3, used: 0, released: 0 },
      guests: [{ firstName: 'Awa', seats: 3 }],
    });
    // The organiser reads counts, never the guest.
    const seen = await coordinator.get(`${base()}/relay-allocations/${allocationId}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ ledger: { claimed: 3 }, guests: [] });
    const orders = await coordinator.get(`${base()}/sessions/${concert.sessionId}/orders`);
    expect(JSON.stringify(orders.body)).not.toContain('Awa');
    const counts = (await coordinator.get(layersUrl(concert.sessionId))).body as Layers;
    expect(counts.ledger).toEqual({ issued: 4, claimed: 3, used: 0, released: 0 });
    expect(JSON.stringify(counts)).not.toContain('Awa');
  });

  it('answers 404 to a relay of another partner, on the allocation, its guests and their cancellation', async () => {
    const concert = await concertOf(30);
    const [owner, other] = [await buildRelay(t, org), await buildRelay(t, org)];
    const layers = (
      await allocate(coordinator, concert.sessionId, [{ partnerId: owner.partnerId, seats: 2 }])
    ).body as Layers;
    const allocationId = layers.allocations[0]!.id;
    const guest = await nominate(owner.client, allocationId, {
      firstName: 'Léa',
      email: 'lea@example.org',
    });
    expect(guest.status).toBe(201);
    expect((await other.client.get(`${base()}/relay-allocations/${allocationId}`)).status).toBe(
      404,
    );
    const intruder = await nominate(other.client, allocationId, {
      firstName: 'Max',
      email: 'max@example.org',
    });
    expect(intruder.status).toBe(404);
    expect(errorOf(intruder).code).toBe('RELAY_SEATS.ALLOCATION_NOT_FOUND');
    const cancel = await other.client.delete(
      `${base()}/relay-allocations/${allocationId}/guests/${bodyOf<{ id: string }>(guest).id}`,
    );
    expect(cancel.status).toBe(404);
    expect(
      bodyOf<{ items: unknown[] }>(await other.client.get(`${base()}/relay-allocations`)).items,
    ).toEqual([]);
  });

  it('refuses more guests than the allocation with 409 naming the seats, then frees a seat on cancelling', async () => {
    const concert = await concertOf(30);
    const relay = await buildRelay(t, org);
    const layers = (
      await allocate(coordinator, concert.sessionId, [{ partnerId: relay.partnerId, seats: 2 }])
    ).body as Layers;
    const allocationId = layers.allocations[0]!.id;
    const first = await nominate(relay.client, allocationId, {
      firstName: 'Jo',
      email: 'jo@example.org',
      seats: 2,
    });
    expect(first.status).toBe(201);
    const full = await nominate(relay.client, allocationId, {
      firstName: 'Sam',
      email: 'sam@example.org',
    });
    expect(full.status).toBe(409);
    expect(errorOf(full)).toMatchObject({
      code: 'RELAY_SEATS.ALLOCATION_FULL',
      fields: [{ path: 'body.seats', message: '0 seats left' }],
    });
    // Shrinking below the named seats, or removing the allocation, is refused.
    const shrink = await allocate(coordinator, concert.sessionId, [
      { partnerId: relay.partnerId, seats: 1 },
    ]);
    expect(shrink.status).toBe(409);
    expect(errorOf(shrink).fields).toEqual([
      expect.objectContaining({ path: 'body.allocations.0.seats' }),
    ]);
    expect((await allocate(coordinator, concert.sessionId, [])).status).toBe(409);
    const cancelled = await relay.client.delete(
      `${base()}/relay-allocations/${allocationId}/guests/${bodyOf<{ id: string }>(first).id}`,
    );
    expect(cancelled.status).toBe(204);
    expect(
      (await nominate(relay.client, allocationId, { firstName: 'Sam', email: 'sam@example.org' }))
        .status,
    ).toBe(201);
    const detail = await relay.client.get(`${base()}/relay-allocations/${allocationId}`);
    expect(
      bodyOf<{ guests: { firstName: string; status: string }[] }>(detail).guests.map((g) => [
        g.firstName,
        g.status,
      ]),
    ).toEqual([
      ['Sam', 'claimed'],
      ['Jo', 'cancelled'],
    ]);
  });

  it('refuses a guest without a contact or with more than six seats with 400 naming the field', async () => {
    const concert = await concertOf(30);
    const relay = await buildRelay(t, org);
    const layers = (
      await allocate(coordinator, concert.sessionId, [{ partnerId: relay.partnerId, seats: 10 }])
    ).body as Layers;
    const allocationId = layers.allocations[0]!.id;
    const noContact = await nominate(relay.client, allocationId, { firstName: 'Nour' });
    expect(noContact.status).toBe(400);
    expect(JSON.stringify(errorOf(noContact).fields)).toContain('body.email');
    const tooMany = await nominate(relay.client, allocationId, {
      firstName: 'Nour',
      email: 'n@example.org',
      seats: 7,
    });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(errorOf(tooMany).fields)).toContain('body.seats');
    const extra = await nominate(relay.client, allocationId, {
      firstName: 'Nour',
      email: 'n@example.org',
      lastName: 'X',
    });
    expect(extra.status).toBe(400);
  });
});

describe('guests at the door', () => {
  it('counts the seats the door let in as used, in the relay’s ledger and the organiser’s counts', async () => {
    const concert = await concertOf(30);
    const relay = await buildRelay(t, org);
    const layers = bodyOf<Layers>(
      await allocate(coordinator, concert.sessionId, [{ partnerId: relay.partnerId, seats: 5 }]),
    );
    const allocationId = layers.allocations[0]!.id;
    const family = await nominate(relay.client, allocationId, {
      firstName: 'Rose',
      email: 'rose@example.org',
      seats: 3,
    });
    await nominate(relay.client, allocationId, { firstName: 'Yan', email: 'yan@example.org' });
    // Two of Rose's three seats come in (a phone scans her QR code).
    await sendDoorOperations(coordinator, org.id, [
      checkInOp(concert.sessionId, bodyOf<{ id: string }>(family).id, 2),
    ]);
    const detail = bodyOf<{
      ledger: Layers['ledger'];
      guests: { firstName: string; status: string }[];
    }>(await relay.client.get(`${base()}/relay-allocations/${allocationId}`));
    expect(detail.ledger).toEqual({ issued: 5, claimed: 4, used: 2, released: 0 });
    expect(detail.guests.map((guest) => [guest.firstName, guest.status])).toEqual([
      ['Yan', 'claimed'],
      ['Rose', 'used'],
    ]);
    const counts = bodyOf<Layers>(await coordinator.get(layersUrl(concert.sessionId)));
    expect(counts.ledger.used).toBe(2);
  });
});

describe('release of unused seats', () => {
  it('gives unnamed seats back to the public once the allocation closes, keeps the named ones, and takes no more names', async () => {
    const concert = await concertOf(10);
    const relay = await buildRelay(t, org);
    const layers = (
      await allocate(coordinator, concert.sessionId, [{ partnerId: relay.partnerId, seats: 6 }])
    ).body as Layers;
    const allocationId = layers.allocations[0]!.id;
    expect(
      (
        await nominate(relay.client, allocationId, {
          firstName: 'Lina',
          email: 'l@example.org',
          seats: 2,
        })
      ).status,
    ).toBe(201);
    expect(((await coordinator.get(layersUrl(concert.sessionId))).body as Layers).remaining).toBe(
      4,
    );
    // The validity date passes (written straight: the API refuses nothing about the past here).
    await t.database.db
      .update(schema.concertRelayAllocations)
      .set({ validUntil: '2020-01-01' })
      .where(eq(schema.concertRelayAllocations.id, allocationId));
    const after = (await coordinator.get(layersUrl(concert.sessionId))).body as Layers;
    expect(after).toMatchObject({
      relaySeats: 2,
      remaining: 8,
      ledger: { issued: 6, claimed: 2, released: 4 },
    });
    expect(after.allocations[0]!.open).toBe(false);
    const late = await nominate(relay.client, allocationId, {
      firstName: 'Tom',
      email: 't@example.org',
    });
    expect(late.status).toBe(409);
    expect(errorOf(late).code).toBe('RELAY_SEATS.ALLOCATION_CLOSED');
    // The job stamps it, so that cached pages notice; once, whatever the number of runs.
    const first = await releaseClosedAllocations(t.database);
    expect(first.released).toBeGreaterThanOrEqual(1);
    const [row] = await t.database.db
      .select()
      .from(schema.concertRelayAllocations)
      .where(eq(schema.concertRelayAllocations.id, allocationId));
    expect(row!.releasedAt).not.toBeNull();
    const again = await releaseClosedAllocations(t.database);
    expect(again.released).toBe(0);
  });

  it('closes N days before the concert at its hour on the venue’s clocks', async () => {
    const concert = await concertOf(10);
    const relay = await buildRelay(t, org);
    const layers = (
      await allocate(coordinator, concert.sessionId, [
        { partnerId: relay.partnerId, seats: 2, releaseDaysBefore: 3 },
      ])
    ).body as Layers & { allocations: { closesAt: string }[] };
    const [session] = await t.database.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.id, concert.sessionId));
    const closes = new Date(layers.allocations[0]!.closesAt);
    expect(session!.startsAt.getTime() - closes.getTime()).toBe(3 * 24 * 3600_000);
  });
});

describe('suggested split', () => {
  it('splits the seats across relays in proportion to their weight, adding up to the seats asked', async () => {
    const concert = await concertOf(100);
    const relays = [
      await buildRelay(t, org, { communeCode: '58086' }),
      await buildRelay(t, org, { communeCode: '75056' }),
      await buildRelay(t, org, { communeCode: null }),
    ];
    const response = await coordinator.post(
      `${base()}/sessions/${concert.sessionId}/relay-allocations/suggestion`,
      { seats: 25, partnerIds: relays.map((relay) => relay.partnerId) },
    );
    expect(response.status).toBe(200);
    const items = (response.body as { items: unknown }).items as {
      partnerId: string;
      seats: number;
      weight: number;
      communes: number;
      accessScore: number | null;
    }[];
    expect(items.map((item) => item.partnerId)).toEqual(relays.map((relay) => relay.partnerId));
    expect(items.reduce((sum, item) => sum + item.seats, 0)).toBe(25);
    // A relay whose groups name no commune weighs nothing.
    expect(items[2]).toMatchObject({ communes: 0, accessScore: null, weight: 0, seats: 0 });
    for (const item of items.slice(0, 2)) {
      expect(item.communes).toBe(1);
      expect(item.weight).toBeGreaterThan(0);
    }
    const total = items[0]!.weight + items[1]!.weight;
    expect(Math.abs(items[0]!.seats - (25 * items[0]!.weight) / total)).toBeLessThan(1);
  });

  it('refuses an unknown partner with 400 naming it', async () => {
    const concert = await concertOf(100);
    const response = await coordinator.post(
      `${base()}/sessions/${concert.sessionId}/relay-allocations/suggestion`,
      { seats: 10, partnerIds: ['00000000-0000-4000-8000-00000000abcd'] },
    );
    expect(response.status).toBe(400);
    expect(errorOf(response).fields).toEqual([
      expect.objectContaining({ path: 'body.partnerIds.0' }),
    ]);
  });
});
