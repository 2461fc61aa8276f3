// What the impact indicators read of choirs: for the concert sessions in their scope, each
// choir that sang (a concert of its season linked to the session, not cancelled), its concerts
// held and to come, and its singers by age band: the season's roster on the concert day
// (guests of that season included, singers who had left before excluded), each singer once
// however many concerts. Counts are raw here; the impact module suppresses them.
import { type Executor, rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';

export type ChoirConcertMix = {
  choirId: string;
  name: string;
  held: number;
  planned: number;
  /** Singers per age band; `null` when their record states none. */
  bands: { ageBand: string | null; singers: number }[];
};

export async function choirConcertMix(
  tx: Executor,
  concerts: readonly { id: string; held: boolean }[],
): Promise<ChoirConcertMix[]> {
  if (concerts.length === 0) return [];
  const values = sql.join(
    concerts.map((c) => sql`(${c.id}::uuid, ${c.held}::boolean)`),
    sql`, `,
  );
  const sang = sql`x(session_id, held) as (values ${values}),
    sang as (
      select distinct on (r.id) r.id, r.season_id, se.choir_id, r.starts_at, x.held
      from choir_rehearsals r
        join x on x.session_id = r.session_id
        join choir_seasons se on se.id = r.season_id
      where r.kind = 'concert' and r.status <> 'cancelled'
    )`;
  const choirs = await rowsOf<{ choirId: string; name: string; held: number; planned: number }>(
    tx,
    sql`with ${sang}
      select c.id as "choirId", c.name,
        (count(*) filter (where s.held))::int as held,
        (count(*) filter (where not s.held))::int as planned
      from sang s join choirs c on c.id = s.choir_id
      group by c.id, c.name order by c.name`,
  );
  const bands = await rowsOf<{ choirId: string; ageBand: string | null; singers: number }>(
    tx,
    sql`with ${sang},
      sung as (
        select distinct s.choir_id, m.id as member_id
        from sang s join choir_members m on m.choir_id = s.choir_id
          and (m.guest_season_id is null or m.guest_season_id = s.season_id)
          and (m.active or m.left_on is not null)
          and (m.left_on is null or m.left_on > (s.starts_at at time zone 'UTC')::date)
      )
      select u.choir_id as "choirId", p.age_band as "ageBand", count(*)::int as singers
      from sung u join choir_members m on m.id = u.member_id
        left join participants p on p.id = m.participant_id
      group by 1, 2`,
  );
  return choirs.map((choir) => ({
    ...choir,
    bands: bands
      .filter((b) => b.choirId === choir.choirId)
      .map(({ ageBand, singers }) => ({ ageBand, singers })),
  }));
}
