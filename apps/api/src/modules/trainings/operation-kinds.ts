// A training's half-day sign-in as a kind of offline operation: a trainee or trainer signed in
// (or marked absent) from any phone in the room, applied exactly once through the operation log.
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import {
  type AppliedOutcome,
  defineOperationKind,
  type OperationOf,
  type Refusal,
} from '../../platform/offline/index';
import * as repository from './trainings.repository';

type Op = OperationOf<'trainings.sign'>;
type Facts = Awaited<ReturnType<typeof repository.signFacts>>;

export const trainingSignOperationKind = defineOperationKind({
  kind: 'trainings.sign',
  permission: 'trainings.sign',
  conflictRule:
    'the latest device time wins per person and half-day (ties: the greater device id, then op ' +
    'id); every sign-in stays in the log and an earlier one is answered `superseded`',
  targetOf: (op) => `${op.trainingId}|${op.personId}|${op.halfDay}`,
  async readFacts(tx: Tx, _actor: OrgActor, ops: Op[]): Promise<Facts> {
    return repository.signFacts(
      tx,
      [...new Set(ops.map((op) => op.trainingId))],
      [...new Set(ops.map((op) => op.personId))],
    );
  },
  refusalOf(op: Op, facts: Facts): Refusal | null {
    const halfDays = facts.trainings.get(op.trainingId);
    if (!halfDays) return { reason: 'TRAINING.NOT_FOUND', message: 'No such training' };
    if (facts.people.get(op.personId) !== op.trainingId) {
      return { reason: 'TRAINING.PERSON_NOT_FOUND', message: 'Not enrolled in this training' };
    }
    if (!halfDays.has(op.halfDay)) {
      return { reason: 'TRAINING.HALF_DAY_NOT_FOUND', message: 'Not a half-day of the training' };
    }
    return null;
  },
  async apply(tx: Tx, actor: OrgActor, ops: Op[]): Promise<AppliedOutcome[]> {
    await repository.insertSignatures(
      tx,
      ops.map((op) => ({
        opId: op.opId,
        orgId: actor.orgId,
        trainingId: op.trainingId,
        personId: op.personId,
        halfDay: op.halfDay,
        present: op.present,
        deviceId: op.deviceId,
        userId: actor.userId,
        recordedAt: new Date(op.recordedAt),
      })),
    );
    const settled = await repository.settledSignatures(tx, [
      ...new Set(ops.map((op) => op.trainingId)),
    ]);
    const winners = new Map(settled.map((row) => [`${row.personId}|${row.halfDay}`, row.opId]));
    return ops.map(
      (op): AppliedOutcome =>
        winners.get(`${op.personId}|${op.halfDay}`) === op.opId ? 'applied' : 'superseded',
    );
  },
});

export const trainingOperationKinds = [trainingSignOperationKind];
