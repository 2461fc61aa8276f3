// The readiness view's one heavy read: every singer of the season on every piece, in the part they
// sing it in (divisi first), counted per piece × part × site in the database, so that a choir of
// 250 singers and 12 pieces sends back a few hundred cells instead of thousands of rows.
import { type Executor, rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';

export type ReadinessCellRow = {
  pieceId: string;
  partId: string;
  siteId: string;
  singers: number;
  /** Singers with an approved recording (they count as ready). */
  checked: number;
  ready: number;
  readyForCheck: number;
  learning: number;
  /** Rehearsals of the season the cell's singers were marked present at, and absent from. */
  present: number;
  absent: number;
};

export async function readinessCells(
  tx: Executor,
  choirId: string,
  seasonId: string,
): Promise<ReadinessCellRow[]> {
  return rowsOf<ReadinessCellRow>(
    tx,
    sql`
    with roster as (
      select id, part_id, site_id from choir_members
      where choir_id = ${choirId} and active
        and (guest_season_id is null or guest_season_id = ${seasonId})
    ),
    pieces as (select id from choir_pieces where season_id = ${seasonId}),
    settled as (
      select distinct on (k.rehearsal_id, k.member_id) k.member_id, k.status
      from choir_attendance_marks k join choir_rehearsals r on r.id = k.rehearsal_id
      where r.season_id = ${seasonId}
      order by k.rehearsal_id, k.member_id, k.recorded_at desc, k.device_id desc, k.op_id desc
    ),
    tallies as (
      select member_id,
        count(*) filter (where status = 'present') as present,
        count(*) filter (where status = 'absent') as absent
      from settled group by member_id
    ),
    approved as (
      select distinct piece_id, member_id from choir_recordings
      where review = 'approved' and piece_id in (select id from pieces)
    ),
    grid as (
      select p.id as piece_id, coalesce(d.part_id, m.part_id) as part_id, m.site_id, l.status,
        a.member_id is not null as checked,
        coalesce(t.present, 0) as present, coalesce(t.absent, 0) as absent
      from pieces p cross join roster m
      left join choir_divisi d on d.piece_id = p.id and d.member_id = m.id
      left join choir_learning l on l.piece_id = p.id and l.member_id = m.id
      left join approved a on a.piece_id = p.id and a.member_id = m.id
      left join tallies t on t.member_id = m.id
    )
    select piece_id as "pieceId", part_id as "partId", site_id as "siteId",
      count(*)::int as singers,
      count(*) filter (where checked)::int as checked,
      count(*) filter (where checked or status = 'ready')::int as ready,
      count(*) filter (where not checked and status = 'ready_for_check')::int as "readyForCheck",
      count(*) filter (where not checked and status = 'learning')::int as learning,
      sum(present)::int as present,
      sum(absent)::int as absent
    from grid group by piece_id, part_id, site_id`,
  );
}
