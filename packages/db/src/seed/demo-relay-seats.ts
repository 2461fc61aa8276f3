// The demo's free seats through relays ("places offertes"): the next published concert gives
// seats to three relay partners (the two schools relay@demo.test follows and the Balzac social
// centre) with a few guests named, and holds seats for the groups of the workshops before it;
// the concert after it gives seats to a school, a secondary school and a leisure centre nearby.
// So a relay signing in finds seats to hand out, and the coordinator the concert's layers and
// ledger.
import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { newOrderSecret } from '../public-codes';
import * as schema from '../schema/index';
import type { DemoContext, DemoStep } from './demo';
import { DEMO_PARTNERS } from './demo-places-data';

const {
  concertGroupReservations,
  concertOrders,
  concertRelayAllocations,
  groups,
  partners,
  sessionGroups,
  sessions,
  venues,
} = schema;

type Guest = { firstName: string; email?: string; phone?: string; seats: number };

/** Seats per relay on the next concert, and the guests already named on them. */
const NEXT_CONCERT: { partner: string; seats: number; guests: Guest[] }[] = [
  {
    partner: DEMO_PARTNERS.ecoleMaternelleClamecy,
    seats: 8,
    guests: [
      { firstName: 'Awa', phone: '+33612345611', seats: 3 },
      { firstName: 'Mehdi', email: 'mehdi.parent@demo.test', seats: 2 },
    ],
  },
  {
    partner: DEMO_PARTNERS.ecolePrimaireCorbigny,
    seats: 6,
    guests: [{ firstName: 'Sandrine', phone: '+33612345612', seats: 2 }],
  },
  {
    partner: DEMO_PARTNERS.centreSocialVitry,
    seats: 10,
    guests: [
      { firstName: 'Fatou', phone: '+33612345613', seats: 1 },
      { firstName: 'Kevin', email: 'kevin.b@demo.test', seats: 4 },
    ],
  },
];

/** Seats per relay on the concert after it (a Saturday family ball), and the guests named. */
const CONCERT_AFTER: { partner: string; seats: number; guests: Guest[] }[] = [
  {
    partner: DEMO_PARTNERS.ecolePrimaireCorbigny,
    seats: 4,
    guests: [{ firstName: 'Lucie', phone: '+33612345614', seats: 1 }],
  },
  {
    partner: DEMO_PARTNERS.collegeCorbigny,
    seats: 6,
    guests: [{ firstName: 'Yanis', email: 'yanis.parent@demo.test', seats: 2 }],
  },
  { partner: DEMO_PARTNERS.accueilDeLoisirsDecize, seats: 8, guests: [] },
];

/** Allocates each relay its seats on the concert, within the seats the hall has left. */
async function allocateAll(
  context: DemoContext,
  concert: { id: string; capacity: number | null },
  relays: { partner: string; seats: number; guests: Guest[] }[],
) {
  const ids = await partnerIds(
    context,
    relays.map((relay) => relay.partner),
  );
  let free = await freeSeats(context, concert);
  for (const relay of relays) {
    const partnerId = ids.get(relay.partner);
    if (!partnerId) continue;
    const seats = free === null ? relay.seats : Math.min(relay.seats, free);
    if (seats <= 0) break;
    const named = relay.guests.filter(
      (_, index) =>
        relay.guests.slice(0, index + 1).reduce((sum, guest) => sum + guest.seats, 0) <= seats,
    );
    await allocate(context, concert.id, partnerId, seats, named);
    if (free !== null) free -= seats;
  }
  return free;
}

async function partnerIds(context: DemoContext, names: string[]) {
  const rows = await context.db
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(and(eq(partners.orgId, context.orgId), inArray(partners.name, names)));
  return new Map(rows.map((row) => [row.name, row.id]));
}

/** Seats free in the hall (capacity less the seats booked), or null without a capacity. */
async function freeSeats(context: DemoContext, concert: { id: string; capacity: number | null }) {
  if (concert.capacity === null) return null;
  const [row] = await context.db
    .select({ seats: sql<number>`coalesce(sum(${concertOrders.seats}), 0)::int` })
    .from(concertOrders)
    .where(and(eq(concertOrders.sessionId, concert.id), eq(concertOrders.status, 'booked')));
  return concert.capacity - (row?.seats ?? 0);
}

async function allocate(
  context: DemoContext,
  sessionId: string,
  partnerId: string,
  seats: number,
  guests: Guest[],
) {
  const { db, orgId } = context;
  const [allocation] = await db
    .insert(concertRelayAllocations)
    .values({ orgId, sessionId, partnerId, seats, validUntil: null, releaseDaysBefore: 2 })
    .returning();
  for (const guest of guests) {
    await db.insert(concertOrders).values({
      orgId,
      sessionId,
      allocationId: allocation!.id,
      channel: 'relay',
      secret: newOrderSecret(),
      name: guest.firstName,
      email: guest.email ?? null,
      phone: guest.phone ?? null,
      seats: guest.seats,
    });
  }
}

/** The groups of the workshops of the concert's project held before it, largest first. */
async function groupsBefore(context: DemoContext, concert: { projectId: string; startsAt: Date }) {
  return context.db
    .selectDistinct({ id: groups.id, expectedSize: groups.expectedSize, name: groups.name })
    .from(sessionGroups)
    .innerJoin(sessions, eq(sessions.id, sessionGroups.sessionId))
    .innerJoin(groups, eq(groups.id, sessionGroups.groupId))
    .where(
      and(
        eq(sessions.orgId, context.orgId),
        eq(sessions.projectId, concert.projectId),
        lt(sessions.startsAt, concert.startsAt),
        sql`${sessions.kind} like 'workshop%'`,
      ),
    )
    .orderBy(asc(groups.name));
}

export const demoRelaySeatsStep: DemoStep = {
  name: 'relay seats',
  async run(context) {
    const { db, orgId } = context;
    const concerts = await db
      .select({
        id: sessions.id,
        projectId: sessions.projectId,
        startsAt: sessions.startsAt,
        capacity: sql<number | null>`coalesce(${sessions.capacity}, ${venues.capacity})`,
      })
      .from(sessions)
      .leftJoin(venues, eq(venues.id, sessions.venueId))
      .where(
        and(
          eq(sessions.orgId, orgId),
          eq(sessions.kind, 'concert'),
          eq(sessions.isPublic, true),
          gt(sessions.startsAt, context.now),
        ),
      )
      .orderBy(asc(sessions.startsAt))
      .limit(2);
    const [next, after] = concerts;
    if (!next) return;
    let free = await allocateAll(context, next, NEXT_CONCERT);
    // Seats held for the groups of the workshops before it: two groups, up to 12 seats each.
    for (const group of (await groupsBefore(context, next)).slice(0, 2)) {
      const seats = Math.min(group.expectedSize ?? 10, 12, free ?? 12);
      if (seats <= 0) break;
      await db
        .insert(concertGroupReservations)
        .values({ orgId, sessionId: next.id, groupId: group.id, seats });
      if (free !== null) free -= seats;
    }
    if (after) await allocateAll(context, after, CONCERT_AFTER);
  },
};
