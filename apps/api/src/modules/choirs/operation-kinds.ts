// Choir attendance as a kind of offline operation: a singer marked present, absent or excused at
// a rehearsal, from any of the phones in the room, applied exactly once through the operation log.
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import {
  type AppliedOutcome,
  defineOperationKind,
  type OperationOf,
  type Refusal,
} from '../../platform/offline/index';
import * as choirs from './choirs.repository';
import * as rehearsals from './rehearsals.repository';

type Op = OperationOf<'choirs.attend'>;
type Facts = Awaited<ReturnType<typeof rehearsals.markFacts>> & { myChoirs: Set<string> };

export const choirAttendanceOperationKind = defineOperationKind({
  kind: 'choirs.attend',
  permission: 'choirs.attend',
  conflictRule:
    'the latest device time wins per singer and rehearsal (ties: the greater device id, then ' +
    'op id); every mark stays in the log and an earlier one is answered `superseded`. A singer ' +
    "of another site marked at a site's rehearsal counts as a make-up",
  targetOf: (op) => `${op.rehearsalId}|${op.memberId}`,
  async readFacts(tx: Tx, actor: OrgActor, ops: Op[]): Promise<Facts> {
    const facts = await rehearsals.markFacts(
      tx,
      [...new Set(ops.map((op) => op.rehearsalId))],
      [...new Set(ops.map((op) => op.memberId))],
    );
    const mine = actor.role === 'artist' ? await choirs.membersOfUser(tx, actor.userId) : [];
    return { ...facts, myChoirs: new Set(mine.map((member) => member.choirId)) };
  },
  refusalOf(op: Op, facts: Facts, actor: OrgActor): Refusal | null {
    const rehearsal = facts.rehearsals.get(op.rehearsalId);
    if (!rehearsal) return { reason: 'CHOIR.REFERENCE_NOT_FOUND', message: 'No such rehearsal' };
    // Artists (section leaders, accompanists) take attendance in the choirs they belong to.
    if (actor.role === 'artist' && !facts.myChoirs.has(rehearsal.choirId)) {
      return { reason: 'CHOIR.NOT_A_MEMBER', message: 'You are not a member of this choir' };
    }
    if (rehearsal.status === 'cancelled') {
      return { reason: 'CHOIR.REHEARSAL_CANCELLED', message: 'The rehearsal was cancelled' };
    }
    const member = facts.members.get(op.memberId);
    if (
      !member ||
      member.choirId !== rehearsal.choirId ||
      (member.guestSeasonId !== null && member.guestSeasonId !== rehearsal.seasonId)
    ) {
      return { reason: 'CHOIR.MEMBER_NOT_EXPECTED', message: 'Not a singer of this season' };
    }
    return null;
  },
  async apply(tx: Tx, actor: OrgActor, ops: Op[]): Promise<AppliedOutcome[]> {
    await rehearsals.insertMarks(
      tx,
      ops.map((op) => ({
        opId: op.opId,
        orgId: actor.orgId,
        rehearsalId: op.rehearsalId,
        memberId: op.memberId,
        status: op.status,
        deviceId: op.deviceId,
        userId: actor.userId,
        recordedAt: new Date(op.recordedAt),
      })),
    );
    const settled = await rehearsals.settledMarkOps(tx, [
      ...new Set(ops.map((op) => op.rehearsalId)),
    ]);
    return ops.map(
      (op): AppliedOutcome =>
        settled.get(`${op.rehearsalId}|${op.memberId}`) === op.opId ? 'applied' : 'superseded',
    );
  },
});

export const choirOperationKinds = [choirAttendanceOperationKind];
