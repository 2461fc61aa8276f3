// The only place with SQL on printed score copies: the copies a piece's edition counts, the
// loans to singers and their return.
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, eq, inArray, sql } from 'drizzle-orm';

const { choirPieces, choirScoreLoans } = schema;

export type ShelfRow = {
  pieceId: string;
  title: string;
  edition: string | null;
  seasonName: string;
  copiesOwned: number;
  copiesOut: number;
};

/** Every piece of the choir's seasons (latest season first) with its copies owned and out. */
export function shelfOf(tx: Executor, choirId: string) {
  return rowsOf<ShelfRow>(
    tx,
    sql`select p.id as "pieceId", p.title, p.edition, s.name as "seasonName",
          p.score_copies as "copiesOwned",
          coalesce((select sum(l.copies) from choir_score_loans l
            where l.piece_id = p.id and l.returned_on is null), 0)::int as "copiesOut"
        from choir_pieces p join choir_seasons s on s.id = p.season_id
        where s.choir_id = ${choirId}
        order by s.starts_on desc, p.position`,
  );
}

export type LoanRow = {
  id: string;
  pieceId: string;
  pieceTitle: string;
  memberId: string | null;
  firstName: string | null;
  lastName: string | null;
  partId: string | null;
  partCode: string | null;
  copies: number;
  lentOn: string;
  returnedOn: string | null;
  note: string | null;
};

/**
 * Loans of the choir's pieces: open ones (or all), of the singers of some parts, or of one
 * member; by piece, then singer.
 */
export function loansOf(
  tx: Executor,
  choirId: string,
  where: { open: boolean; partIds?: string[] | null; memberId?: string },
) {
  const parts = where.partIds
    ? sql`and m.part_id in (${sql.join(
        where.partIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  return rowsOf<LoanRow>(
    tx,
    sql`select l.id, l.piece_id as "pieceId", p.title as "pieceTitle", l.member_id as "memberId",
          pa.first_name as "firstName", pa.last_name as "lastName", m.part_id as "partId",
          cp.code as "partCode", l.copies, to_char(l.lent_on, 'YYYY-MM-DD') as "lentOn",
          to_char(l.returned_on, 'YYYY-MM-DD') as "returnedOn", l.note
        from choir_score_loans l
          join choir_pieces p on p.id = l.piece_id
          join choir_seasons s on s.id = p.season_id
          left join choir_members m on m.id = l.member_id
          left join participants pa on pa.id = m.participant_id
          left join choir_parts cp on cp.id = m.part_id
        where s.choir_id = ${choirId}
          ${where.open ? sql`and l.returned_on is null` : sql``}
          ${where.memberId ? sql`and l.member_id = ${where.memberId}` : sql``}
          ${parts}
        order by s.starts_on desc, p.position, pa.first_name, pa.last_name, l.lent_on`,
  );
}

/**
 * Locks the piece's row (two lendings of its last copies wait for each other), then counts in a
 * statement of its own: one taken after the wait sees the loan the other lending committed (a
 * count in the locking statement would read the snapshot from before the wait).
 */
export async function lockedCopies(tx: Executor, pieceId: string) {
  const locked = await rowsOf<{ id: string }>(
    tx,
    sql`select id from choir_pieces where id = ${pieceId} for update`,
  );
  if (locked.length === 0) return null;
  const [row] = await rowsOf<{ owned: number; out: number }>(
    tx,
    sql`select p.score_copies as owned,
          coalesce((select sum(l.copies) from choir_score_loans l
            where l.piece_id = p.id and l.returned_on is null), 0)::int as out
        from choir_pieces p where p.id = ${pieceId}`,
  );
  return row ?? null;
}

export async function setCopies(tx: Executor, pieceId: string, copies: number) {
  await tx.update(choirPieces).set({ scoreCopies: copies }).where(eq(choirPieces.id, pieceId));
}

export async function insertLoan(
  tx: Executor,
  orgId: string,
  values: Omit<typeof choirScoreLoans.$inferInsert, 'id' | 'orgId' | 'createdAt'>,
) {
  const [row] = await tx
    .insert(choirScoreLoans)
    .values({ ...values, orgId })
    .returning({ id: choirScoreLoans.id });
  return row!.id;
}

/** The loans with their choir and their singer's part, locked for the return. */
export function findLoans(tx: Executor, loanIds: string[]) {
  return rowsOf<{
    id: string;
    choirId: string;
    partId: string | null;
    lentOn: string;
    returnedOn: string | null;
  }>(
    tx,
    sql`select l.id, s.choir_id as "choirId", m.part_id as "partId",
          to_char(l.lent_on, 'YYYY-MM-DD') as "lentOn", to_char(l.returned_on, 'YYYY-MM-DD') as "returnedOn"
        from choir_score_loans l
          join choir_pieces p on p.id = l.piece_id
          join choir_seasons s on s.id = p.season_id
          left join choir_members m on m.id = l.member_id
        where l.id in (${sql.join(
          loanIds.map((id) => sql`${id}`),
          sql`, `,
        )})
        for update of l`,
  );
}

export async function returnLoans(tx: Executor, loanIds: string[], returnedOn: string) {
  const rows = await tx
    .update(choirScoreLoans)
    .set({ returnedOn })
    .where(and(inArray(choirScoreLoans.id, loanIds), sql`${choirScoreLoans.returnedOn} is null`))
    .returning({ id: choirScoreLoans.id });
  return rows.length;
}

/**
 * Retention: up to `limit` loans returned before `before` are deleted, and the note of a loan
 * to a singer whose record was anonymised is cleared (it may name them); their organisations.
 */
export async function purgeLoansBefore(tx: Executor, before: Date, limit: number) {
  const day = before.toISOString().slice(0, 10);
  const deleted = await rowsOf<{ orgId: string }>(
    tx,
    sql`delete from choir_score_loans where id in (
          select id from choir_score_loans where returned_on < ${day}::date
          limit ${limit} for update skip locked)
        returning org_id as "orgId"`,
  );
  const cleared = await rowsOf<{ orgId: string }>(
    tx,
    sql`update choir_score_loans set note = null where id in (
          select l.id from choir_score_loans l
            join choir_members m on m.id = l.member_id
            join participants p on p.id = m.participant_id
          where l.note is not null and p.anonymised_at is not null
          limit ${limit} for update of l skip locked)
        returning org_id as "orgId"`,
  );
  return [...deleted, ...cleared];
}
