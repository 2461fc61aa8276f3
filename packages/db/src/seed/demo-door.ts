// The demo's door: the latest concert held (the one its pocket-concert audience came to, if any)
// had its bookings, and two phones at the door let people in: whole orders and one in part, a
// family that did not come, a ticket scanned on both phones (listed to the organiser), people
// without a ticket, and "how did you come?" answered by most, so that the box office shows the
// door and the concert's carbon footprint uses the modes people gave.
import { and, asc, desc, eq, inArray, lt, ne } from 'drizzle-orm';
import { newOrderSecret } from '../public-codes';
import * as schema from '../schema/index';
import type { DemoContext, DemoStep } from './demo';
import { DEMO_GROUPS } from './demo-participants-data';

const {
  concertTariffs,
  concertOrders,
  concertOrderLines,
  concertDoorEntries,
  concertDoorTravel,
  offlineOperations,
  sessions,
  sessionGroups,
  groups,
} = schema;

type Mode = 'walk' | 'bike' | 'car' | 'bus' | 'shuttle';

/**
 * Who booked, and what happened at the door: the minute each came before the start, on which
 * phone, how many seats let in (fewer: in part; 0: did not come) and how they came.
 */
const BOOKINGS: {
  name: string;
  free?: number;
  full?: number;
  solidarity?: number;
  at: number;
  phone: 1 | 2;
  let?: number;
  travel?: [Mode, number?];
}[] = [
  { name: 'Famille Bernard', free: 2, full: 2, at: 28, phone: 1, travel: ['car', 4] },
  { name: 'Jeanne Moreau', solidarity: 1, at: 27, phone: 2, travel: ['walk'] },
  { name: 'Famille Petitjean', free: 1, full: 2, at: 25, phone: 1, travel: ['car', 3] },
  { name: 'Lucien Garnier', full: 1, at: 24, phone: 2, travel: ['bike'] },
  { name: 'Famille Mercier', free: 2, full: 2, at: 22, phone: 1, let: 2, travel: ['car', 2] },
  { name: 'Odile et Marc Faure', full: 2, at: 20, phone: 2, travel: ['shuttle'] },
  { name: 'Rose Chevalier', solidarity: 1, at: 18, phone: 1, travel: ['bus'] },
  { name: 'Famille Lefèvre', free: 3, full: 2, at: 15, phone: 2, travel: ['car', 5] },
  { name: 'Henri Blanc', full: 1, at: 14, phone: 1 },
  { name: 'Famille Rousseau', free: 1, solidarity: 2, at: 12, phone: 2, travel: ['walk'] },
  { name: 'Claire Dumont', full: 2, at: 10, phone: 1, travel: ['car', 2] },
  { name: 'Famille Gauthier', free: 2, full: 1, at: 8, phone: 2, travel: ['shuttle'] },
  { name: 'Paulette Roy', solidarity: 1, at: 6, phone: 1, travel: ['walk'] },
  { name: 'Famille Andre', free: 2, full: 2, at: 0, phone: 1, let: 0 },
];

/** People let in without a ticket, per phone and minute before the start, and how they came. */
const WALK_INS: { at: number; phone: 1 | 2; people: number; travel?: [Mode, number?] }[] = [
  { at: 21, phone: 2, people: 2, travel: ['walk'] },
  { at: 16, phone: 1, people: 1, travel: ['bike'] },
  { at: 9, phone: 2, people: 3, travel: ['car', 3] },
  { at: 4, phone: 1, people: 1 },
];

/** The latest concert held, the one its audience group came to first. */
async function latestConcertHeld(context: DemoContext, now: Date) {
  const { db, orgId } = context;
  const [audience] = await db
    .select({ id: groups.id })
    .from(groups)
    .where(and(eq(groups.orgId, orgId), eq(groups.name, DEMO_GROUPS.publicConcerts)));
  const held = await db
    .select({ id: sessions.id, startsAt: sessions.startsAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.orgId, orgId),
        eq(sessions.kind, 'concert'),
        lt(sessions.startsAt, now),
        ne(sessions.status, 'cancelled'),
      ),
    )
    .orderBy(desc(sessions.startsAt));
  if (held.length === 0) return null;
  const withAudience = audience
    ? await db
        .select({ sessionId: sessionGroups.sessionId })
        .from(sessionGroups)
        .where(
          and(
            eq(sessionGroups.groupId, audience.id),
            inArray(
              sessionGroups.sessionId,
              held.map((s) => s.id),
            ),
          ),
        )
    : [];
  const ids = new Set(withAudience.map((row) => row.sessionId));
  return held.find((s) => ids.has(s.id)) ?? held[0]!;
}

async function tariffsOf(context: DemoContext, sessionId: string) {
  const { db, orgId } = context;
  let rows = await db
    .select()
    .from(concertTariffs)
    .where(eq(concertTariffs.sessionId, sessionId))
    .orderBy(asc(concertTariffs.position));
  if (rows.length === 0) {
    rows = await db
      .insert(concertTariffs)
      .values([
        { orgId, sessionId, kind: 'free', priceCents: 0, position: 0 },
        { orgId, sessionId, kind: 'solidarity', priceCents: 200, position: 1 },
        { orgId, sessionId, kind: 'full', priceCents: 800, position: 2 },
      ])
      .returning();
  }
  return new Map(rows.map((row) => [row.kind, row]));
}

export const demoDoorStep: DemoStep = {
  name: 'door',
  async run(context) {
    const { db, orgId, userIds } = context;
    const concert = await latestConcertHeld(context, context.now);
    if (!concert) return;
    const tariffs = await tariffsOf(context, concert.id);
    const minutesBefore = (minutes: number, seconds = 0) =>
      new Date(concert.startsAt.getTime() - minutes * 60_000 + seconds * 1000);
    const phone = (n: 1 | 2) => `demo-porte-${n}`;
    const entries: (typeof concertDoorEntries.$inferInsert)[] = [];
    const answers: (typeof concertDoorTravel.$inferInsert)[] = [];
    const userId = userIds.coordinator;
    const answer = (entry: (typeof entries)[number], people: number, travel?: [Mode, number?]) => {
      if (!travel) return;
      const [mode, inCar] = travel;
      answers.push({
        opId: crypto.randomUUID(),
        orgId,
        sessionId: concert.id,
        entryOpId: entry.opId,
        people,
        mode,
        carPeople: mode === 'car' ? (inCar ?? people) : null,
        deviceId: entry.deviceId,
        userId,
        recordedAt: new Date(entry.recordedAt.getTime() + 20_000),
      });
    };
    let family: { id: string; seats: number } | null = null;
    for (const booking of BOOKINGS) {
      const lines = (['free', 'solidarity', 'full'] as const).flatMap((kind) => {
        const quantity = booking[kind] ?? 0;
        const tariff = tariffs.get(kind) ?? [...tariffs.values()][0]!;
        return quantity > 0
          ? [{ tariffId: tariff.id, quantity, unitPriceCents: tariff.priceCents ?? 0 }]
          : [];
      });
      const merged = [...new Map(lines.map((line) => [line.tariffId, line])).values()].map(
        (line) => ({
          ...line,
          quantity: lines
            .filter((other) => other.tariffId === line.tariffId)
            .reduce((sum, other) => sum + other.quantity, 0),
        }),
      );
      const seats = merged.reduce((sum, line) => sum + line.quantity, 0);
      const [order] = await db
        .insert(concertOrders)
        .values({
          orgId,
          sessionId: concert.id,
          secret: newOrderSecret(),
          name: booking.name,
          seats,
          createdAt: minutesBefore(60 * 24 * 9),
        })
        .returning();
      await db
        .insert(concertOrderLines)
        .values(merged.map((line) => ({ orgId, orderId: order!.id, ...line })));
      const let_ = booking.let ?? seats;
      if (let_ === 0) continue;
      const entry = {
        opId: crypto.randomUUID(),
        orgId,
        sessionId: concert.id,
        orderId: order!.id,
        people: let_,
        method: booking.name === 'Henri Blanc' ? ('search' as const) : ('scan' as const),
        deviceId: phone(booking.phone),
        userId,
        recordedAt: minutesBefore(booking.at),
      };
      entries.push(entry);
      answer(entry, let_, booking.travel);
      if (booking.name === 'Famille Bernard') family = { id: order!.id, seats };
    }
    // The Bernard family's QR code, shown again at the other door a little later (a screenshot
    // passed on): listed to the organiser as a ticket used twice.
    if (family) {
      entries.push({
        opId: crypto.randomUUID(),
        orgId,
        sessionId: concert.id,
        orderId: family.id,
        people: family.seats,
        method: 'scan',
        deviceId: phone(2),
        userId,
        recordedAt: minutesBefore(19, 30),
      });
    }
    for (const walkIn of WALK_INS) {
      const entry = {
        opId: crypto.randomUUID(),
        orgId,
        sessionId: concert.id,
        orderId: null,
        people: walkIn.people,
        method: 'count' as const,
        deviceId: phone(walkIn.phone),
        userId,
        recordedAt: minutesBefore(walkIn.at, 40),
      };
      entries.push(entry);
      answer(entry, walkIn.people, walkIn.travel);
    }
    await db.insert(concertDoorEntries).values(entries);
    await db.insert(concertDoorTravel).values(answers);
    // Every operation the phones sent has its receipt in the offline log, as a sync leaves it.
    await db.insert(offlineOperations).values(
      [
        ...entries.map((e) => ({ ...e, kind: e.orderId ? 'door.checkIn' : 'door.walkIn' })),
        ...answers.map((a) => ({ ...a, kind: 'door.travel' })),
      ].map((op) => ({
        opId: op.opId,
        orgId,
        kind: op.kind,
        deviceId: op.deviceId,
        userId,
        recordedAt: op.recordedAt,
        receivedAt: concert.startsAt,
      })),
    );
  },
};
