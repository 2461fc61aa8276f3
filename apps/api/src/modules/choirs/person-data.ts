// What person rights read and erase of a participant's choir membership, inside their
// transaction: the part, site and contact kept, RSVPs, attendance, learning statuses,
// recordings, score copies lent and the messages delivered to them. Erasure removes the
// membership, and with it everything the choir held but copies still out (kept unnamed).
import { type Executor, rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';

export type ChoirPersonData = {
  choirName: string;
  partCode: string;
  siteName: string;
  contactBy: string;
  contactEmail: string | null;
  locale: string | null;
  hasAccount: boolean;
  joinedAt: string;
  /** The day they left the choir, if they did. */
  leftOn: string | null;
  rsvps: number;
  attendance: { startsAt: string; status: string }[];
  learning: { piece: string; status: string }[];
  recordings: { piece: string; review: string; comment: string | null; createdAt: string }[];
  /** Printed score copies lent to them, returned or not. */
  scoreLoans: {
    piece: string;
    copies: number;
    lentOn: string;
    returnedOn: string | null;
    note: string | null;
  }[];
  /** The choir's messages sent to them (their page shows them), and how many they opened. */
  messages: { received: number; read: number };
};

export async function choirDataOf(tx: Executor, participantId: string): Promise<ChoirPersonData[]> {
  return rowsOf<ChoirPersonData>(
    tx,
    sql`select c.name as "choirName", p.code as "partCode", s.name as "siteName",
          m.contact_by as "contactBy", m.contact_email as "contactEmail", m.locale,
          m.user_id is not null as "hasAccount",
          to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "joinedAt",
          to_char(m.left_on, 'YYYY-MM-DD') as "leftOn",
          (select count(*)::int from choir_rsvps r where r.member_id = m.id) as rsvps,
          coalesce((select json_agg(json_build_object('startsAt',
              to_char(x.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              'status', x.status) order by x.starts_at)
            from (select distinct on (a.rehearsal_id) h.starts_at, a.status
              from choir_attendance_marks a join choir_rehearsals h on h.id = a.rehearsal_id
              where a.member_id = m.id
              order by a.rehearsal_id, a.recorded_at desc, a.device_id desc, a.op_id desc) x),
            '[]') as attendance,
          coalesce((select json_agg(json_build_object('piece', pc.title, 'status', l.status))
            from choir_learning l join choir_pieces pc on pc.id = l.piece_id
            where l.member_id = m.id), '[]') as learning,
          coalesce((select json_agg(json_build_object('piece', pc.title, 'review', r.review,
              'comment', r.comment, 'createdAt',
              to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))
            from choir_recordings r join choir_pieces pc on pc.id = r.piece_id
            where r.member_id = m.id), '[]') as recordings,
          coalesce((select json_agg(json_build_object('piece', pc.title, 'copies', l.copies,
              'lentOn', to_char(l.lent_on, 'YYYY-MM-DD'),
              'returnedOn', to_char(l.returned_on, 'YYYY-MM-DD'), 'note', l.note)
              order by l.lent_on)
            from choir_score_loans l join choir_pieces pc on pc.id = l.piece_id
            where l.member_id = m.id), '[]') as "scoreLoans",
          (select json_build_object('received', count(*)::int,
              'read', (count(*) filter (where d.read_at is not null))::int)
            from choir_message_deliveries d where d.member_id = m.id) as messages
        from choir_members m
        join choirs c on c.id = m.choir_id
        join choir_parts p on p.id = m.part_id
        join choir_sites s on s.id = m.site_id
        where m.participant_id = ${participantId}
        order by c.name`,
  );
}

/**
 * Removes the participant's choir memberships (RSVPs, marks, statuses, recordings, returned
 * score loans go with them). Copies still out stay counted as out, lent to nobody named and
 * without their note, so the shelf stays true.
 */
export async function eraseChoirData(tx: Executor, participantId: string) {
  await tx.execute(
    sql`update choir_score_loans set member_id = null, note = null
        where returned_on is null and member_id in
          (select id from choir_members where participant_id = ${participantId})`,
  );
  const rows = await rowsOf<{ id: string }>(
    tx,
    sql`delete from choir_members where participant_id = ${participantId} returning id`,
  );
  return rows.length;
}
