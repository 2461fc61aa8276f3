// The only place with queries on a concert's door: its entries (check-ins and walk-ins), the
// travel answers, and what the door's checks read of concerts and orders.
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

const { concertDoorEntries, concertDoorTravel, concertOrders, concertOrderLines, concertTariffs } =
  schema;

export type EntryRow = typeof concertDoorEntries.$inferInsert;
export type TravelRow = typeof concertDoorTravel.$inferInsert;

/** Ids as one text parameter: validated UUIDs, turned into an array by the server. */
const uuids = (ids: string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

export type DoorFacts = {
  /** Concert id → its status and whether the user is one of its artists. */
  concerts: Map<string, { status: string; playedByUser: boolean }>;
  /** Order id → its concert. */
  orders: Map<string, { sessionId: string }>;
};

/** What the door's checks need for a batch, in one round trip. */
export async function doorFacts(
  tx: Executor,
  ref: { userId: string; concertIds: string[]; orderIds: string[] },
): Promise<DoorFacts> {
  const [row] = await rowsOf<{
    concerts: { id: string; status: string; played: boolean }[] | null;
    orders: { id: string; session_id: string }[] | null;
  }>(
    tx,
    sql`select
      (select json_agg(json_build_object('id', s.id, 'status', s.status, 'played', exists(
          select 1 from session_artists sa join artists a on a.id = sa.artist_id
           where sa.session_id = s.id and a.user_id = ${ref.userId})))
         from sessions s where s.id = any(${uuids(ref.concertIds)}) and s.kind = 'concert') as concerts,
      (select json_agg(json_build_object('id', o.id, 'session_id', o.session_id))
         from concert_orders o where o.id = any(${uuids(ref.orderIds)})) as orders`,
  );
  return {
    concerts: new Map(
      (row?.concerts ?? []).map((c) => [c.id, { status: c.status, playedByUser: c.played }]),
    ),
    orders: new Map((row?.orders ?? []).map((o) => [o.id, { sessionId: o.session_id }])),
  };
}

/** Whether the user is one of the concert's artists. */
export async function playsConcert(tx: Executor, userId: string, sessionId: string) {
  const [row] = await rowsOf<{ played: boolean }>(
    tx,
    sql`select exists(select 1 from session_artists sa join artists a on a.id = sa.artist_id
          where sa.session_id = ${sessionId} and a.user_id = ${userId}) as played`,
  );
  return row?.played ?? false;
}

/**
 * Locks the orders a batch checks in, in id order (batches of one concert then wait for each
 * other, so each answer is settled against every check-in before it).
 */
export async function lockOrders(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return;
  await rowsOf(
    tx,
    sql`select id from concert_orders where id = any(${uuids(orderIds)})
        order by id for no key update`,
  );
}

export async function insertEntries(tx: Executor, rows: EntryRow[]) {
  if (rows.length === 0) return;
  await tx.insert(concertDoorEntries).values(rows).onConflictDoNothing();
}

export async function insertTravel(tx: Executor, rows: TravelRow[]) {
  if (rows.length === 0) return;
  await tx.insert(concertDoorTravel).values(rows).onConflictDoNothing();
}

/** The orders asked with their seats and status, and every check-in of theirs. */
export async function checkInsOfOrders(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return { orders: [], entries: [] };
  const orders = await tx
    .select({ id: concertOrders.id, seats: concertOrders.seats, status: concertOrders.status })
    .from(concertOrders)
    .where(sql`${concertOrders.id} = any(${uuids(orderIds)})`);
  const entries = await tx
    .select()
    .from(concertDoorEntries)
    .where(sql`${concertDoorEntries.orderId} = any(${uuids(orderIds)})`);
  return { orders, entries };
}

/** The travel answers to the entries asked (every answer, settled by the caller). */
export function travelOfEntries(tx: Executor, sessionId: string, entryOpIds: string[]) {
  if (entryOpIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(concertDoorTravel)
    .where(
      and(
        eq(concertDoorTravel.sessionId, sessionId),
        inArray(concertDoorTravel.entryOpId, entryOpIds),
      ),
    );
}

/** Every entry of the concerts asked. */
export function entriesOfConcerts(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(concertDoorEntries)
    .where(inArray(concertDoorEntries.sessionId, sessionIds))
    .orderBy(asc(concertDoorEntries.recordedAt), asc(concertDoorEntries.opId));
}

/** Every travel answer of the concerts asked. */
export function travelOfConcerts(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(concertDoorTravel)
    .where(inArray(concertDoorTravel.sessionId, sessionIds));
}

/** The concert's orders as the door needs them: name, seats, status, secret (hashed by the caller). */
export function ordersForDoor(tx: Executor, sessionId: string) {
  return tx
    .select({
      id: concertOrders.id,
      name: concertOrders.name,
      seats: concertOrders.seats,
      status: concertOrders.status,
      secret: concertOrders.secret,
    })
    .from(concertOrders)
    .where(eq(concertOrders.sessionId, sessionId))
    .orderBy(asc(concertOrders.name), asc(concertOrders.id));
}

/** Seats per tariff kind of the concert's orders. */
export function linesForDoor(tx: Executor, sessionId: string) {
  return tx
    .select({
      orderId: concertOrderLines.orderId,
      kind: concertTariffs.kind,
      quantity: concertOrderLines.quantity,
    })
    .from(concertOrderLines)
    .innerJoin(concertOrders, eq(concertOrders.id, concertOrderLines.orderId))
    .innerJoin(concertTariffs, eq(concertTariffs.id, concertOrderLines.tariffId))
    .where(eq(concertOrders.sessionId, sessionId))
    .orderBy(asc(concertTariffs.position));
}
