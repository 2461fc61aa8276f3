// The only queries behind a concert's figures after it took place: its orders with their channel
// and relay, their lines, the money received, and the workshops' participants marked at it.

import type { OrderChannel, OrderStatus, PaymentMethod, TariffKind } from '@tutti/contracts';
import { type Executor, rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';

/** Ids as one text parameter: validated UUIDs, turned into an array by the server. */
const uuids = (ids: string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

export type FigureConcertRow = { id: string; held: boolean };

export function concertsOf(tx: Executor, sessionIds: string[]) {
  return rowsOf<FigureConcertRow>(
    tx,
    sql`select id, starts_at <= now() as held from sessions
        where id = any(${uuids(sessionIds)}) and kind = 'concert' order by starts_at, id`,
  );
}

export type FigureOrderRow = {
  id: string;
  session_id: string;
  seats: number;
  status: OrderStatus;
  channel: OrderChannel;
  is_group: boolean;
  partner_id: string | null;
  partner_name: string | null;
};

export function ordersOf(tx: Executor, sessionIds: string[]) {
  return rowsOf<FigureOrderRow>(
    tx,
    sql`select o.id, o.session_id, o.seats, o.status, o.channel,
          g.order_id is not null as is_group, a.partner_id, p.name as partner_name
        from concert_orders o
          left join concert_group_orders g on g.order_id = o.id
          left join concert_relay_allocations a on a.id = o.allocation_id
          left join partners p on p.id = a.partner_id
        where o.session_id = any(${uuids(sessionIds)})`,
  );
}

export type FigureLineRow = {
  order_id: string;
  tariff_id: string;
  kind: TariffKind;
  position: number;
  quantity: number;
  unit_price_cents: number;
};

export function linesOf(tx: Executor, sessionIds: string[]) {
  return rowsOf<FigureLineRow>(
    tx,
    sql`select l.order_id, l.tariff_id, t.kind, t.position, l.quantity, l.unit_price_cents
        from concert_order_lines l
          join concert_orders o on o.id = l.order_id
          join concert_tariffs t on t.id = l.tariff_id
        where o.session_id = any(${uuids(sessionIds)})
        order by t.position`,
  );
}

export type FigureReceiptRow = { session_id: string; method: PaymentMethod; cents: number };

export function receiptsOf(tx: Executor, sessionIds: string[]) {
  return rowsOf<FigureReceiptRow>(
    tx,
    sql`select o.session_id, p.method, sum(p.amount_cents)::int as cents
        from concert_payments p join concert_orders o on o.id = p.order_id
        where o.session_id = any(${uuids(sessionIds)})
        group by 1, 2`,
  );
}

export type WorkshopFigureRow = { concert_id: string; participants: number; came: number };

/**
 * Per concert with a journey and a roster taken at it: the participants present at one of the
 * journey's workshops before it, and those of them marked present at the concert.
 */
export function workshopParticipantsAt(tx: Executor, sessionIds: string[]) {
  return rowsOf<WorkshopFigureRow>(
    tx,
    sql`with concerts as (
          select c.id, c.journey_id, c.starts_at from sessions c
          where c.id = any(${uuids(sessionIds)}) and c.journey_id is not null
            and exists (select 1 from attendance_marks m where m.session_id = c.id)
        ), before as (
          select distinct c.id as concert_id, m.participant_id
          from concerts c
            join sessions w on w.journey_id = c.journey_id and w.kind like 'workshop%'
              and w.status <> 'cancelled' and w.starts_at < c.starts_at
            join attendance_marks m on m.session_id = w.id and m.status = 'present'
        )
        select b.concert_id, count(*)::int as participants,
          (count(*) filter (where exists (select 1 from attendance_marks cm
            where cm.session_id = b.concert_id and cm.participant_id = b.participant_id
              and cm.status = 'present')))::int as came
        from before b group by 1`,
  );
}

/** The names of the artists who play the concert, for its declaration. */
export async function artistNamesOf(tx: Executor, sessionId: string) {
  const rows = await rowsOf<{ name: string }>(
    tx,
    sql`select a.display_name as name from session_artists sa join artists a on a.id = sa.artist_id
        where sa.session_id = ${sessionId} order by a.display_name`,
  );
  return rows.map((row) => row.name);
}
