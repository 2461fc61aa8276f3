// The demo's box office: every published concert gets tariffs within the 10 € cap, and the next
// three a few orders each (a family of four, a solidarity seat with an access need, two
// supporters), so that a new user sees a concert's "Billetterie" card and public booking at once,
// on the nearly full concert and on the roomy one after it.
import { and, asc, eq } from 'drizzle-orm';
import { newOrderSecret } from '../public-codes';
import * as schema from '../schema/index';
import type { DemoContext, DemoStep } from './demo';

const { concertTariffs, concertOrders, concertOrderLines, concertOrderAccessNeeds, sessions } =
  schema;

type Kind = (typeof concertTariffs.$inferInsert)['kind'];

const TARIFFS: {
  kind: Kind;
  priceCents?: number;
  floorCents?: number;
  ceilingCents?: number;
  conditions?: string;
  seatLimit?: number;
}[] = [
  { kind: 'free', priceCents: 0, conditions: 'Enfants de moins de 12 ans' },
  {
    kind: 'solidarity',
    priceCents: 200,
    conditions: 'Minima sociaux, demandeurs d’emploi, sans justificatif',
  },
  { kind: 'reduced', priceCents: 500, conditions: 'Étudiants, familles nombreuses' },
  { kind: 'full', priceCents: 800 },
  { kind: 'supporter', priceCents: 1000, seatLimit: 30 },
  { kind: 'payWhatYouCan', floorCents: 100, ceilingCents: 1000 },
];

/**
 * The next concerts that get orders: the nearly full one, the roomy one after it, and a journey's
 * concert in a public hall when one comes before them.
 */
const ORDERED_CONCERTS = 3;

/** Orders of the next concerts: who, what, and an access need said once. */
const ORDERS: {
  name: string;
  email?: string;
  phone?: string;
  seats: Partial<Record<Kind, number>>;
  needs?: string;
}[] = [
  { name: 'Famille Girard', email: 'famille.girard@demo.test', seats: { free: 2, full: 2 } },
  {
    name: 'Monique Perrin',
    phone: '+33612345601',
    seats: { solidarity: 1 },
    needs: 'Fauteuil roulant : une place au bord de l’allée, s’il vous plaît.',
  },
  { name: 'Thomas Roux', email: 'thomas.roux@demo.test', seats: { supporter: 2 } },
];

async function addTariffs(context: DemoContext, sessionId: string) {
  const rows = await context.db
    .insert(concertTariffs)
    .values(
      TARIFFS.map((tariff, position) => ({
        orgId: context.orgId,
        sessionId,
        position,
        kind: tariff.kind,
        priceCents: tariff.priceCents ?? null,
        floorCents: tariff.floorCents ?? null,
        ceilingCents: tariff.ceilingCents ?? null,
        conditions: tariff.conditions ?? '',
        seatLimit: tariff.seatLimit ?? null,
      })),
    )
    .returning();
  return new Map(rows.map((row) => [row.kind, row]));
}

export const demoConcertsStep: DemoStep = {
  name: 'concerts',
  async run(context) {
    const { db, orgId } = context;
    const concerts = await db
      .select({ id: sessions.id, startsAt: sessions.startsAt })
      .from(sessions)
      .where(
        and(eq(sessions.orgId, orgId), eq(sessions.kind, 'concert'), eq(sessions.isPublic, true)),
      )
      .orderBy(asc(sessions.startsAt));
    const { now } = context;
    let withOrders = 0;
    for (const concert of concerts) {
      const tariffs = await addTariffs(context, concert.id);
      if (concert.startsAt <= now || withOrders >= ORDERED_CONCERTS) continue;
      withOrders += 1;
      for (const order of ORDERS) {
        const lines = Object.entries(order.seats).map(([kind, quantity]) => {
          const tariff = tariffs.get(kind as Kind)!;
          return { tariffId: tariff.id, quantity, unitPriceCents: tariff.priceCents ?? 0 };
        });
        const [row] = await db
          .insert(concertOrders)
          .values({
            orgId,
            sessionId: concert.id,
            secret: newOrderSecret(),
            name: order.name,
            email: order.email ?? null,
            phone: order.phone ?? null,
            seats: lines.reduce((sum, line) => sum + line.quantity, 0),
          })
          .returning();
        await db
          .insert(concertOrderLines)
          .values(lines.map((line) => ({ orgId, orderId: row!.id, ...line })));
        if (order.needs) {
          await db
            .insert(concertOrderAccessNeeds)
            .values({ orgId, orderId: row!.id, needs: order.needs });
        }
      }
    }
  },
};
