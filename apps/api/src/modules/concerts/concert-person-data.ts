// What a person's rights reach in concerts, by the person's addresses (e-mail or phone): their
// bookings (with access needs when the caller's transaction is sensitive), waiting-list entries
// and the group orders they head. Called by person-rights inside its own transaction (the caller
// checks access); erasure clears names and contacts and keeps seats for the figures.
import { type Executor, rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';

const texts = (values: string[]) => sql`string_to_array(${values.join('\u001f')}, ${'\u001f'})`;

export type PersonConcertData = {
  orders: {
    concertTitle: string;
    startsAt: string;
    timeZone: string;
    name: string | null;
    email: string | null;
    phone: string | null;
    seats: number;
    status: string;
    channel: string;
    /** Undefined when the transaction does not read access needs. */
    accessNeeds?: string | null;
    createdAt: string;
  }[];
  waitingList: {
    concertTitle: string;
    startsAt: string;
    name: string | null;
    email: string | null;
    phone: string | null;
    partySize: number;
    status: string;
    createdAt: string;
  }[];
  groupOrders: {
    concertTitle: string;
    startsAt: string;
    establishmentName: string;
    groupName: string | null;
    headEmail: string | null;
    children: number;
    adults: number;
  }[];
};

type OrderRow = {
  id: string;
  title: string | null;
  starts_at: Date | string;
  time_zone: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  seats: number;
  status: string;
  channel: string;
  created_at: Date | string;
};

const iso = (value: Date | string) => new Date(value).toISOString();

function ordersOf(tx: Executor, addresses: string[]) {
  return rowsOf<OrderRow>(
    tx,
    sql`select o.id, s.title, s.starts_at, s.time_zone, o.name, o.email, o.phone, o.seats,
          o.status, o.channel, o.created_at
        from concert_orders o join sessions s on s.id = o.session_id
        where o.email = any(${texts(addresses)}) or o.phone = any(${texts(addresses)})
        order by s.starts_at, o.created_at`,
  );
}

function waitingOf(tx: Executor, addresses: string[]) {
  return rowsOf<{
    id: string;
    title: string | null;
    starts_at: Date | string;
    name: string | null;
    email: string | null;
    phone: string | null;
    party_size: number;
    status: string;
    created_at: Date | string;
  }>(
    tx,
    sql`select w.id, s.title, s.starts_at, w.name, w.email, w.phone, w.party_size, w.status,
          w.created_at
        from concert_waiting_list w join sessions s on s.id = w.session_id
        where w.email = any(${texts(addresses)}) or w.phone = any(${texts(addresses)})
        order by s.starts_at, w.created_at`,
  );
}

function headedOf(tx: Executor, addresses: string[]) {
  return rowsOf<{
    order_id: string;
    title: string | null;
    starts_at: Date | string;
    establishment_name: string;
    group_name: string | null;
    head_email: string | null;
    children: number;
    adults: number;
  }>(
    tx,
    sql`select g.order_id, s.title, s.starts_at, g.establishment_name, g.group_name, g.head_email,
          g.children, g.adults
        from concert_group_orders g join concert_orders o on o.id = g.order_id
          join sessions s on s.id = o.session_id
        where g.head_email = any(${texts(addresses)})
        order by s.starts_at`,
  );
}

/** The person's concert data; access needs only with `sensitive` (a sensitive transaction). */
export async function readPersonConcertData(
  tx: Executor,
  addresses: string[],
  sensitive: boolean,
): Promise<PersonConcertData> {
  if (addresses.length === 0) return { orders: [], waitingList: [], groupOrders: [] };
  const orders = await ordersOf(tx, addresses);
  const needs = new Map<string, string>();
  if (sensitive && orders.length > 0) {
    const rows = await rowsOf<{ order_id: string; needs: string }>(
      tx,
      sql`select order_id, needs from concert_order_access_needs
          where order_id = any(${texts(orders.map((o) => o.id))}::uuid[])`,
    );
    for (const row of rows) needs.set(row.order_id, row.needs);
  }
  const waiting = await waitingOf(tx, addresses);
  const headed = await headedOf(tx, addresses);
  return {
    orders: orders.map((o) => ({
      concertTitle: o.title ?? '',
      startsAt: iso(o.starts_at),
      timeZone: o.time_zone,
      name: o.name,
      email: o.email,
      phone: o.phone,
      seats: o.seats,
      status: o.status,
      channel: o.channel,
      ...(sensitive ? { accessNeeds: needs.get(o.id) ?? null } : {}),
      createdAt: iso(o.created_at),
    })),
    waitingList: waiting.map((w) => ({
      concertTitle: w.title ?? '',
      startsAt: iso(w.starts_at),
      name: w.name,
      email: w.email,
      phone: w.phone,
      partySize: w.party_size,
      status: w.status,
      createdAt: iso(w.created_at),
    })),
    groupOrders: headed.map((g) => ({
      concertTitle: g.title ?? '',
      startsAt: iso(g.starts_at),
      establishmentName: g.establishment_name,
      groupName: g.group_name,
      headEmail: g.head_email,
      children: g.children,
      adults: g.adults,
    })),
  };
}

/** How many records erasing the addresses would clear: bookings, entries, group heads. */
export async function countPersonConcertData(tx: Executor, addresses: string[]) {
  if (addresses.length === 0) return 0;
  return (
    (await ordersOf(tx, addresses)).length +
    (await waitingOf(tx, addresses)).length +
    (await headedOf(tx, addresses)).length
  );
}

/**
 * Clears the addresses' names and contacts from bookings (and their access needs), waiting-list
 * entries (a party still waiting leaves the list) and group orders' heads; seats stay.
 */
export async function erasePersonConcertData(tx: Executor, addresses: string[]) {
  if (addresses.length === 0) return;
  const list = texts(addresses);
  await tx.execute(
    sql`delete from concert_order_access_needs where order_id in (
          select id from concert_orders where email = any(${list}) or phone = any(${list}))`,
  );
  await tx.execute(
    sql`update concert_orders set name = null, email = null, phone = null,
          anonymised_at = coalesce(anonymised_at, now()), updated_at = now()
        where email = any(${list}) or phone = any(${list})`,
  );
  await tx.execute(
    sql`update concert_waiting_list set name = null, email = null, phone = null,
          anonymised_at = coalesce(anonymised_at, now()), updated_at = now(),
          status = case when status in ('waiting', 'offered') then 'left' else status end,
          ended_at = coalesce(ended_at, now())
        where email = any(${list}) or phone = any(${list})`,
  );
  await tx.execute(
    sql`update concert_group_orders set head_email = null where head_email = any(${list})`,
  );
}
