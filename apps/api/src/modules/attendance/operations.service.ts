// The one way to write attendance: batches of operations, each applied exactly once, in any order.
import type { AttendanceOperationsBodySchema, ErrorCode, OperationResult } from '@tutti/contracts';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { MAX_CLOCK_AHEAD_MS } from './attendance.rules';
import * as operations from './operations.repository';

type Operation = z.output<typeof AttendanceOperationsBodySchema>['operations'][number];

type Context = {
  facts: operations.OperationFacts;
  /** False when the actor may write on any session of the organisation. */
  onlyLedSessions: boolean;
  now: number;
};

type Refusal = { reason: ErrorCode; message: string };

/**
 * Applies a batch from a device (or a desktop). Every operation gets its own answer: `applied`,
 * `superseded` (logged, but a later edit wins), `duplicate` (its op id was seen before, nothing
 * changes) or `refused` with the reason (not logged, so it can be sent again once fixed).
 */
export async function applyOperations(request: {
  actor: OrgActor;
  batch: Operation[];
}): Promise<OperationResult[]> {
  requirePermission(request.actor, 'attendance.record');
  return applyBatch(request.actor, request.batch);
}

function applyBatch(actor: OrgActor, batch: Operation[]): Promise<OperationResult[]> {
  return retryOnLockConflict(() =>
    actor.inTenant(async (tx) => {
      const context: Context = {
        facts: await operations.operationFacts(tx, {
          userId: actor.userId,
          sessionIds: [...new Set(batch.map((op) => op.sessionId))],
          participantIds: [
            ...new Set(batch.flatMap((op) => (op.kind === 'mark' ? [op.participantId] : []))),
          ],
          opIds: batch.map((op) => op.opId),
        }),
        onlyLedSessions: actor.role === 'artist',
        now: Date.now(),
      };
      const results: OperationResult[] = new Array(batch.length);
      const accepted: number[] = [];
      // Every batch takes its locks in the same order, so concurrent batches never deadlock.
      for (const index of lockOrder(batch)) {
        const op = batch[index]!;
        if (context.facts.seen.has(op.opId)) {
          results[index] = { opId: op.opId, outcome: 'duplicate' };
          continue;
        }
        const refusal = refusalOf(op, context);
        if (refusal) results[index] = { opId: op.opId, outcome: 'refused', ...refusal };
        else accepted.push(index);
      }
      const outcomes = await operations.applyEdits(
        tx,
        accepted.map((index) => editOf(actor, batch[index]!)),
      );
      accepted.forEach((index, n) => {
        results[index] = { opId: batch[index]!.opId, outcome: outcomes[n]! };
      });
      return results;
    }),
  );
}

function editOf(actor: OrgActor, op: Operation): operations.Edit {
  return {
    op_id: op.opId,
    org_id: actor.orgId,
    device_id: op.deviceId,
    user_id: actor.userId,
    session_id: op.sessionId,
    kind: op.kind,
    participant_id: op.kind === 'mark' ? op.participantId : null,
    group_id: op.kind === 'headcount' ? op.groupId : null,
    status: op.kind === 'mark' ? op.status : null,
    count: op.kind === 'headcount' ? op.count : null,
    recorded_at: new Date(op.recordedAt).toISOString(),
  };
}

/** Attempts when PostgreSQL aborts a transaction for a deadlock or a serialisation failure. */
const LOCK_CONFLICT_ATTEMPTS = 3;

/**
 * Runs the whole batch again when PostgreSQL gave up on it (it rolled everything back): the
 * batch is idempotent, so a retry is safe, and the client gets an answer rather than a 500.
 */
async function retryOnLockConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { cause?: { code?: string }; code?: string }).cause?.code;
      if (attempt >= LOCK_CONFLICT_ATTEMPTS || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}

function lockOrder(batch: Operation[]) {
  const keyOf = (op: Operation) =>
    `${op.sessionId}|${op.kind}|${op.kind === 'mark' ? op.participantId : (op.groupId ?? '')}|${op.opId}`;
  const keys = batch.map(keyOf);
  return batch.map((_, index) => index).sort((a, b) => keys[a]!.localeCompare(keys[b]!) || a - b);
}

function refusalOf(op: Operation, context: Context): Refusal | null {
  const session = context.facts.sessions.get(op.sessionId);
  if (!session) return { reason: 'ATTENDANCE.SESSION_NOT_FOUND', message: 'No such session' };
  if (context.onlyLedSessions && !context.facts.ledSessions.has(op.sessionId)) {
    return { reason: 'ATTENDANCE.NOT_SESSION_ARTIST', message: 'You are not an artist of it' };
  }
  if (session.status === 'cancelled') {
    return { reason: 'ATTENDANCE.SESSION_CANCELLED', message: 'The session was cancelled' };
  }
  if (new Date(op.recordedAt).getTime() > context.now + MAX_CLOCK_AHEAD_MS) {
    return {
      reason: 'ATTENDANCE.RECORDED_IN_FUTURE',
      message: "Recorded more than a day ahead of the server's clock; check the device's date",
    };
  }
  if (op.kind === 'mark') {
    const groupId = context.facts.participantGroups.get(op.participantId);
    if (!groupId) {
      return { reason: 'ATTENDANCE.PARTICIPANT_NOT_FOUND', message: 'No such participant' };
    }
    if (!session.groups.has(groupId)) {
      return {
        reason: 'ATTENDANCE.PARTICIPANT_NOT_IN_SESSION',
        message: "The participant's group is not in this session",
      };
    }
    return null;
  }
  if (op.groupId === null) return null;
  const listed = session.groups.get(op.groupId);
  if (listed === undefined) {
    return { reason: 'ATTENDANCE.GROUP_NOT_IN_SESSION', message: 'The group is not in it' };
  }
  if (listed) {
    return {
      reason: 'ATTENDANCE.GROUP_LISTED_INDIVIDUALLY',
      message: 'This group lists its members: mark each of them instead',
    };
  }
  return null;
}
