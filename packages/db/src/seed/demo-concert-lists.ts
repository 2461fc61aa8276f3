// The demo's group orders and waiting list, on the next concert that takes bookings: classes
// confirmed by their heads, a nursery waiting for its head's confirmation, families filling the
// hall but for a few seats, a party offered two seats that freed up, and bigger parties waiting
// (one left the list, one let its offer lapse), so that the coordinator sees every case and a
// family can still book, or join the waiting list, from the public page.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { newOrderSecret } from '../public-codes';
import * as schema from '../schema/index';
import type { DemoContext, DemoStep } from './demo';

const {
  concertGroupOrders,
  concertGroupReservations,
  concertOrderLines,
  concertOrders,
  concertRelayAllocations,
  concertTariffs,
  concertWaitingList,
} = schema;
const { sessions, venues } = schema;

const HOUR = 3_600_000;

type Group = {
  kind: 'school' | 'nursery';
  name: string;
  group: string;
  children: number;
  adults: number;
  contact: string;
  email: string;
  head: string;
};

const NURSERY: Group = {
  kind: 'nursery',
  name: 'Crèche Les Petits Loups',
  group: 'section des grands',
  children: 10,
  adults: 4,
  contact: 'Claire Mercier',
  email: 'claire.mercier@demo.test',
  head: 'direction.petitsloups@demo.test',
};

const CLASSES: Group[] = [
  {
    kind: 'school',
    name: 'École Romain-Rolland',
    group: 'CP',
    children: 22,
    adults: 3,
    contact: 'Sandrine Marchand',
    email: 'sandrine.marchand@demo.test',
    head: 'direction.romain-rolland@demo.test',
  },
  {
    kind: 'school',
    name: 'École Romain-Rolland',
    group: 'CE1',
    children: 25,
    adults: 2,
    contact: 'Sandrine Marchand',
    email: 'sandrine.marchand@demo.test',
    head: 'direction.romain-rolland@demo.test',
  },
  {
    kind: 'school',
    name: 'École de Pousseaux',
    group: 'classe unique',
    children: 18,
    adults: 3,
    contact: 'Marc Lefebvre',
    email: 'marc.lefebvre@demo.test',
    head: 'direction.pousseaux@demo.test',
  },
  {
    kind: 'school',
    name: 'École Jules-Renard',
    group: 'CE2',
    children: 24,
    adults: 3,
    contact: 'Julien Robin',
    email: 'julien.robin@demo.test',
    head: 'direction.jules-renard@demo.test',
  },
  {
    kind: 'school',
    name: 'École élémentaire du Bourg',
    group: 'CM1-CM2',
    children: 46,
    adults: 5,
    contact: 'Nadia Benali',
    email: 'nadia.benali@demo.test',
    head: 'direction.bourg@demo.test',
  },
];

/** Families who booked the sold-out concert, in turn, 2 to 5 seats each. */
const FAMILIES = [
  'Lemoine',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guerin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clement',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Fontaine',
  'Chevallier',
  'Robert',
];

/** Seats the demo leaves for families to book from the public page. */
const SEATS_LEFT = 11;

/** The waiting list, in its order: the parties waiting are bigger than the seats left. */
const WAITING: {
  name: string;
  email: string;
  seats: number;
  status: 'waiting' | 'offered' | 'left' | 'lapsed';
}[] = [
  { name: 'Famille Perret', email: 'famille.perret@demo.test', seats: 2, status: 'lapsed' },
  { name: 'Famille Chevalier', email: 'famille.chevalier@demo.test', seats: 3, status: 'left' },
  { name: 'Famille Moreau', email: 'famille.moreau@demo.test', seats: 2, status: 'offered' },
  { name: 'Famille Bernard', email: 'famille.bernard@demo.test', seats: 12, status: 'waiting' },
  { name: 'Amis de la chorale', email: 'chorale.amis@demo.test', seats: 12, status: 'waiting' },
];

async function addGroup(
  context: DemoContext,
  concert: { id: string; startsAt: Date },
  group: Group,
  confirmed: boolean,
  now: Date,
) {
  const [order] = await context.db
    .insert(concertOrders)
    .values({
      orgId: context.orgId,
      sessionId: concert.id,
      secret: newOrderSecret(),
      name: group.contact,
      email: group.email,
      seats: group.children + group.adults,
      status: confirmed ? 'booked' : 'pending',
    })
    .returning();
  await context.db.insert(concertGroupOrders).values({
    orderId: order!.id,
    orgId: context.orgId,
    establishmentKind: group.kind,
    establishmentName: group.name,
    groupName: group.group,
    children: group.children,
    adults: group.adults,
    headEmail: group.head,
    confirmSecret: newOrderSecret(),
    holdExpiresAt: new Date(
      Math.min(now.getTime() + (confirmed ? -24 : 48) * HOUR, concert.startsAt.getTime()),
    ),
    confirmedAt: confirmed ? new Date(now.getTime() - 30 * HOUR) : null,
  });
  return group.children + group.adults;
}

/**
 * Seats already taken at the concert: public orders (families and groups), the relays'
 * allocations (whole while open, as the demo's are) and the seats held for workshop groups.
 */
async function takenSeats(context: DemoContext, sessionId: string) {
  const { db } = context;
  const sum = (rows: { seats: number }[]) => rows.reduce((total, row) => total + row.seats, 0);
  const orders = await db
    .select({ seats: concertOrders.seats, allocationId: concertOrders.allocationId })
    .from(concertOrders)
    .where(
      and(
        eq(concertOrders.sessionId, sessionId),
        inArray(concertOrders.status, ['booked', 'pending']),
      ),
    );
  const allocations = await db
    .select({ id: concertRelayAllocations.id, seats: concertRelayAllocations.seats })
    .from(concertRelayAllocations)
    .where(eq(concertRelayAllocations.sessionId, sessionId));
  const reservations = await db
    .select({ seats: concertGroupReservations.seats })
    .from(concertGroupReservations)
    .where(eq(concertGroupReservations.sessionId, sessionId));
  const relayHeld = allocations.map((allocation) => ({
    seats: Math.max(
      allocation.seats,
      sum(orders.filter((order) => order.allocationId === allocation.id)),
    ),
  }));
  return (
    sum(orders.filter((order) => order.allocationId === null)) + sum(relayHeld) + sum(reservations)
  );
}

export const demoConcertListsStep: DemoStep = {
  name: 'concert-lists',
  async run(context) {
    const { db, orgId } = context;
    const { now } = context;
    const concerts = await db
      .selectDistinct({
        id: sessions.id,
        startsAt: sessions.startsAt,
        capacity: sql<number | null>`coalesce(${sessions.capacity}, ${venues.capacity})`,
      })
      .from(sessions)
      .innerJoin(concertTariffs, eq(concertTariffs.sessionId, sessions.id))
      .leftJoin(venues, eq(venues.id, sessions.venueId))
      .where(
        and(
          eq(sessions.orgId, orgId),
          eq(sessions.kind, 'concert'),
          eq(sessions.isPublic, true),
          gt(sessions.startsAt, now),
        ),
      )
      .orderBy(asc(sessions.startsAt));
    const offered = WAITING.find((entry) => entry.status === 'offered')!.seats;
    const groups = CLASSES.reduce((sum, group) => sum + group.children + group.adults, 0);
    const nursery = NURSERY.children + NURSERY.adults;
    // The next hall large enough for the scene: a journey's small hall may come first.
    let concert: (typeof concerts)[number] | undefined;
    let left = -1;
    for (const one of concerts) {
      if (one.capacity === null) continue;
      const taken = await takenSeats(context, one.id);
      left = one.capacity - taken - groups - nursery - offered - SEATS_LEFT;
      if (left >= 0) {
        concert = one;
        break;
      }
    }
    if (!concert) return;
    for (const group of CLASSES) await addGroup(context, concert, group, true, now);
    await addGroup(context, concert, NURSERY, false, now);
    const tariffs = await db
      .select()
      .from(concertTariffs)
      .where(eq(concertTariffs.sessionId, concert.id))
      .orderBy(asc(concertTariffs.position));
    const free = tariffs.find((tariff) => tariff.kind === 'free') ?? tariffs[0]!;
    const paid = tariffs.find((tariff) => tariff.kind === 'full') ?? free;
    for (let index = 0; left > 0; index++) {
      const seats = Math.min(left, 2 + (index % 4));
      const name = FAMILIES[index % FAMILIES.length]!;
      // Children come free, their parents pay the full price.
      const children = paid.id === free.id ? 0 : Math.floor(seats / 2);
      const [order] = await db
        .insert(concertOrders)
        .values({
          orgId,
          sessionId: concert.id,
          secret: newOrderSecret(),
          name: index < FAMILIES.length ? `Famille ${name}` : `${name} et amis`,
          email: `${name.toLowerCase()}.${index}@demo.test`,
          seats,
        })
        .returning();
      const lines = [
        { tariffId: paid.id, quantity: seats - children, unitPriceCents: paid.priceCents ?? 0 },
        ...(children > 0 ? [{ tariffId: free.id, quantity: children, unitPriceCents: 0 }] : []),
      ];
      await db
        .insert(concertOrderLines)
        .values(lines.map((line) => ({ orgId, orderId: order!.id, ...line })));
      left -= seats;
    }
    for (const [index, entry] of WAITING.entries()) {
      const created = new Date(now.getTime() - (90 - index * 10) * HOUR);
      const ended = entry.status === 'left' || entry.status === 'lapsed';
      await db.insert(concertWaitingList).values({
        orgId,
        sessionId: concert.id,
        secret: newOrderSecret(),
        name: entry.name,
        email: entry.email,
        partySize: entry.seats,
        position: index + 1,
        status: entry.status,
        offeredAt:
          entry.status === 'offered' || entry.status === 'lapsed'
            ? new Date(now.getTime() - (entry.status === 'offered' ? 4 : 30) * HOUR)
            : null,
        offerExpiresAt:
          entry.status === 'offered'
            ? new Date(Math.min(now.getTime() + 20 * HOUR, concert.startsAt.getTime()))
            : entry.status === 'lapsed'
              ? new Date(now.getTime() - 6 * HOUR)
              : null,
        endedAt: ended ? new Date(now.getTime() - (entry.status === 'left' ? 3 : 6) * HOUR) : null,
        createdAt: created,
        updatedAt: created,
      });
    }
  },
};
