// A concert ready for its door in tests: an artist linked to the artist member, one tariff, and
// orders written straight into the database (the public booking has tests of its own), with
// helpers that record door operations as a phone would.
import type { DoorOperation, OperationResult } from '@tutti/contracts';
import { newOrderSecret, schema } from '@tutti/db';
import { buildArtist, buildSession } from './programme-factory';
import type { buildOrganisation, Client, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

export async function buildDoorScene(
  t: TestApp,
  org: BuiltOrganisation,
  options: { orders: number[]; artist?: boolean },
) {
  const artist =
    options.artist === false ? null : await buildArtist(t, org.id, org.members.artist!.userId);
  const concert = await buildSession(t, org.id, {
    kind: 'concert',
    ...(artist ? { artistIds: [artist.id] } : {}),
  });
  const db = t.database.db;
  const [tariff] = await db
    .insert(schema.concertTariffs)
    .values({ orgId: org.id, sessionId: concert.id, kind: 'full', priceCents: 800, position: 0 })
    .returning();
  const orders: { id: string; seats: number; secret: string; name: string }[] = [];
  for (const [n, seats] of options.orders.entries()) {
    const secret = newOrderSecret();
    const name = `Famille ${String.fromCharCode(65 + (n % 26))}${n}`;
    const [order] = await db
      .insert(schema.concertOrders)
      .values({ orgId: org.id, sessionId: concert.id, secret, name, email: null, seats })
      .returning();
    await db.insert(schema.concertOrderLines).values({
      orgId: org.id,
      orderId: order!.id,
      tariffId: tariff!.id,
      quantity: seats,
      unitPriceCents: 800,
    });
    orders.push({ id: order!.id, seats, secret, name });
  }
  return { concert, orders, artist };
}

const envelope = (overrides: { deviceId?: string; recordedAt?: string; opId?: string } = {}) => ({
  opId: overrides.opId ?? crypto.randomUUID(),
  deviceId: overrides.deviceId ?? 'door-phone-a',
  recordedAt: overrides.recordedAt ?? '2026-03-10T19:05:00.000Z',
});

export function checkInOp(
  concertId: string,
  orderId: string,
  seats: number,
  overrides: { deviceId?: string; recordedAt?: string; opId?: string } = {},
): DoorOperation {
  return {
    ...envelope(overrides),
    kind: 'door.checkIn',
    concertId,
    orderId,
    seats,
    method: 'scan',
  };
}

export function walkInOp(
  concertId: string,
  people: number,
  overrides: { deviceId?: string; recordedAt?: string; opId?: string } = {},
): DoorOperation {
  return { ...envelope(overrides), kind: 'door.walkIn', concertId, people };
}

export function travelOp(
  concertId: string,
  entryOpId: string,
  people: number,
  mode: 'walk' | 'bike' | 'car' | 'bus' | 'shuttle',
  carPeople: number | null = null,
  overrides: { deviceId?: string; recordedAt?: string; opId?: string } = {},
): DoorOperation {
  return {
    ...envelope(overrides),
    kind: 'door.travel',
    concertId,
    entryOpId,
    people,
    mode,
    carPeople,
  };
}

export async function sendDoorOperations(client: Client, orgId: string, operations: unknown[]) {
  const response = await client.post(`/api/orgs/${orgId}/offline/operations`, { operations });
  if (response.status !== 200) throw new Error(`operations: ${JSON.stringify(response.body)}`);
  return (response.body as { results: OperationResult[] }).results;
}
