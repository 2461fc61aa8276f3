// Printed score copies: how many copies of a piece's edition the choir owns (admins and
// coordinators), loans to singers and their return (also section leaders, for the singers of
// the parts they lead), and what a singer holds. A loan never takes more copies than the shelf
// holds: the piece's row is locked while its copies are counted.
import type {
  ChoirScoreLoanBodySchema,
  ChoirScoreReturnBodySchema,
  ChoirScoreShelf,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { today } from '@tutti/kit/dates';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { organisationTimeZone } from '../organisations';
import * as choirs from './choirs.repository';
import { loadChoir } from './choirs.service';
import { loadPiece } from './repertoire.service';
import * as loans from './score-loans.repository';
import { myMember } from './singers.service';

const conducts = (actor: OrgActor) => ['admin', 'coordinator'].includes(actor.role);

/** The parts whose singers the account lends to: all (null) for conductors, else those it leads. */
async function lentParts(tx: Tx, actor: OrgActor, choirId: string) {
  if (conducts(actor)) return null;
  const member = await myMember(tx, actor, choirId);
  const led = (await choirs.partsLedBy(tx, [member.id])).map((p) => p.id);
  if (led.length === 0)
    throw new AppError('CHOIR.NOT_SECTION_LEADER', 'You lead no part of this choir');
  return led;
}

export function presentLoan(row: loans.LoanRow) {
  return {
    id: row.id,
    pieceId: row.pieceId,
    pieceTitle: row.pieceTitle,
    member:
      row.memberId === null
        ? null
        : {
            id: row.memberId,
            firstName: row.firstName ?? '',
            lastName: row.lastName,
            partCode: row.partCode ?? '',
          },
    copies: row.copies,
    lentOn: row.lentOn,
    returnedOn: row.returnedOn,
    note: row.note,
  };
}

export async function scoreShelf({
  actor,
  choirId,
}: {
  actor: OrgActor;
  choirId: string;
}): Promise<ChoirScoreShelf> {
  requirePermission(actor, 'choirs.lend');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const parts = await lentParts(tx, actor, choirId);
    const pieces = (await loans.shelfOf(tx, choirId)).map((row) => ({
      ...row,
      onShelf: Math.max(0, row.copiesOwned - row.copiesOut),
    }));
    const out = await loans.loansOf(tx, choirId, { open: true, partIds: parts });
    const codes = new Map((await choirs.partsOf(tx, choirId)).map((p) => [p.id, p.code]));
    const singers = (await choirs.membersOf(tx, choirId, null))
      .filter((m) => !parts || parts.includes(m.partId))
      .map((m) => ({
        id: m.id,
        firstName: m.firstName,
        lastName: m.lastName,
        partCode: codes.get(m.partId) ?? '',
      }));
    return {
      canSetCopies: conducts(actor),
      parts,
      pieces,
      singers,
      loans: out.map(presentLoan),
    };
  });
}

/** Copies the choir owns of a piece's edition; never fewer than those out (409 otherwise). */
export async function setScoreCopies({
  actor,
  choirId,
  pieceId,
  copiesOwned,
}: {
  actor: OrgActor;
  choirId: string;
  pieceId: string;
  copiesOwned: number;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadPiece(tx, choirId, pieceId);
    const counted = (await loans.lockedCopies(tx, pieceId))!;
    if (copiesOwned < counted.out) {
      throw new AppError('CHOIR.NOT_ENOUGH_COPIES', 'More copies are lent out than that', {
        fields: [
          { path: 'body.copiesOwned', message: `At least the ${counted.out} copies lent out` },
        ],
        details: { copiesOut: counted.out },
      });
    }
    await loans.setCopies(tx, pieceId, copiesOwned);
    return { id: pieceId };
  });
}

export async function lendScores({
  actor,
  choirId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  input: z.output<typeof ChoirScoreLoanBodySchema>;
}) {
  requirePermission(actor, 'choirs.lend');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const parts = await lentParts(tx, actor, choirId);
    const member = await choirs.findMember(tx, choirId, { memberId: input.memberId });
    if (!member || (parts && !parts.includes(member.partId))) {
      throw new AppError('CHOIR.REFERENCE_NOT_FOUND', 'member not found', {
        fields: [{ path: 'body.memberId', message: 'A singer of the choir (of your parts)' }],
      });
    }
    const found = await loadPiece(tx, choirId, input.pieceId).catch(() => null);
    if (!found) {
      throw new AppError('CHOIR.REFERENCE_NOT_FOUND', 'piece not found', {
        fields: [{ path: 'body.pieceId', message: 'A piece of the choir' }],
      });
    }
    const day = today(await organisationTimeZone(tx, actor.orgId));
    const lentOn = input.lentOn ?? day;
    if (lentOn > day) {
      throw new AppError('CHOIR.INVALID_DATES', 'Copies are lent today or on a past day', {
        fields: [{ path: 'body.lentOn', message: 'Today or a past day' }],
      });
    }
    const counted = (await loans.lockedCopies(tx, input.pieceId))!;
    const onShelf = Math.max(0, counted.owned - counted.out);
    if (input.copies > onShelf) {
      throw new AppError('CHOIR.NOT_ENOUGH_COPIES', `Only ${onShelf} copies on the shelf`, {
        fields: [{ path: 'body.copies', message: `At most the ${onShelf} copies on the shelf` }],
        details: { onShelf },
      });
    }
    const id = await loans.insertLoan(tx, actor.orgId, {
      pieceId: input.pieceId,
      memberId: member.id,
      copies: input.copies,
      lentOn,
      note: input.note || null,
      lentBy: actor.userId,
    });
    return { id };
  });
}

/** Loans brought back together, in one gesture; any unknown or returned one refuses the lot. */
export async function returnScores({
  actor,
  choirId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  input: z.output<typeof ChoirScoreReturnBodySchema>;
}) {
  requirePermission(actor, 'choirs.lend');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const parts = await lentParts(tx, actor, choirId);
    const ids = [...new Set(input.loanIds)];
    const rows = new Map((await loans.findLoans(tx, ids)).map((row) => [row.id, row]));
    const day = today(await organisationTimeZone(tx, actor.orgId));
    const returnedOn = input.returnedOn ?? day;
    input.loanIds.forEach((id, index) => {
      const row = rows.get(id);
      const path = `body.loanIds.${index}`;
      if (!row || row.choirId !== choirId || (parts && !parts.includes(row.partId ?? ''))) {
        throw new AppError('CHOIR.REFERENCE_NOT_FOUND', 'loan not found', {
          fields: [{ path, message: 'A loan of the choir (to a singer of your parts)' }],
        });
      }
      if (row.returnedOn) {
        throw new AppError('CHOIR.LOAN_RETURNED', 'Already returned', {
          fields: [{ path, message: `Returned on ${row.returnedOn}` }],
        });
      }
      if (returnedOn > day || returnedOn < row.lentOn) {
        throw new AppError('CHOIR.INVALID_DATES', 'Returned between the loan and today', {
          fields: [{ path: 'body.returnedOn', message: `From ${row.lentOn} to today` }],
        });
      }
    });
    return { returned: await loans.returnLoans(tx, ids, returnedOn) };
  });
}

/** What the singer holds: the copies lent to them and not returned. */
export async function myScores({ actor, choirId }: { actor: OrgActor; choirId: string }) {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const member = await myMember(tx, actor, choirId);
    const rows = await loans.loansOf(tx, choirId, { open: true, memberId: member.id });
    return { items: rows.map(presentLoan) };
  });
}
