// Attendance's two kinds of offline operation: a participant's mark and a head count.
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import { defineOperationKind, type OperationOf, type Refusal } from '../../platform/offline/index';
import * as operations from './operations.repository';

const conflictRule =
  'the latest device time wins per mark or head count (ties: the greater device id, then op id); ' +
  'every edit is logged, and coordinators see the losing values next to the winner on the ' +
  'attendance conflicts page';

type Op = OperationOf<'attendance.mark'> | OperationOf<'attendance.headcount'>;

async function readFacts(tx: Tx, actor: OrgActor, ops: Op[]) {
  return operations.operationFacts(tx, {
    userId: actor.userId,
    sessionIds: [...new Set(ops.map((op) => op.sessionId))],
    participantIds: [
      ...new Set(ops.flatMap((op) => (op.kind === 'attendance.mark' ? [op.participantId] : []))),
    ],
  });
}

function apply(tx: Tx, actor: OrgActor, ops: Op[]) {
  return operations.applyEdits(
    tx,
    ops.map((op) => editOf(actor, op)),
  );
}

export const markOperationKind = defineOperationKind({
  kind: 'attendance.mark',
  permission: 'attendance.record',
  conflictRule,
  targetOf: (op) => `${op.sessionId}|${op.participantId}`,
  readFacts,
  refusalOf: (op, facts, actor) => sessionRefusal(op, facts, actor) ?? markRefusal(op, facts),
  apply,
});

export const headcountOperationKind = defineOperationKind({
  kind: 'attendance.headcount',
  permission: 'attendance.record',
  conflictRule,
  targetOf: (op) => `${op.sessionId}|${op.groupId ?? ''}`,
  readFacts,
  refusalOf: (op, facts, actor) => sessionRefusal(op, facts, actor) ?? headcountRefusal(op, facts),
  apply,
});

function editOf(actor: OrgActor, op: Op): operations.Edit {
  return {
    op_id: op.opId,
    org_id: actor.orgId,
    device_id: op.deviceId,
    user_id: actor.userId,
    session_id: op.sessionId,
    kind: op.kind === 'attendance.mark' ? 'mark' : 'headcount',
    participant_id: op.kind === 'attendance.mark' ? op.participantId : null,
    group_id: op.kind === 'attendance.headcount' ? op.groupId : null,
    status: op.kind === 'attendance.mark' ? op.status : null,
    count: op.kind === 'attendance.headcount' ? op.count : null,
    recorded_at: new Date(op.recordedAt).toISOString(),
  };
}

type Facts = operations.OperationFacts;

function sessionRefusal(op: Op, facts: Facts, actor: OrgActor): Refusal | null {
  const session = facts.sessions.get(op.sessionId);
  if (!session) return { reason: 'ATTENDANCE.SESSION_NOT_FOUND', message: 'No such session' };
  // Artists write only on the sessions they lead.
  if (actor.role === 'artist' && !facts.ledSessions.has(op.sessionId)) {
    return { reason: 'ATTENDANCE.NOT_SESSION_ARTIST', message: 'You are not an artist of it' };
  }
  if (session.status === 'cancelled') {
    return { reason: 'ATTENDANCE.SESSION_CANCELLED', message: 'The session was cancelled' };
  }
  return null;
}

function markRefusal(op: OperationOf<'attendance.mark'>, facts: Facts): Refusal | null {
  const groupId = facts.participantGroups.get(op.participantId);
  if (!groupId) {
    return { reason: 'ATTENDANCE.PARTICIPANT_NOT_FOUND', message: 'No such participant' };
  }
  if (!facts.sessions.get(op.sessionId)!.groups.has(groupId)) {
    return {
      reason: 'ATTENDANCE.PARTICIPANT_NOT_IN_SESSION',
      message: "The participant's group is not in this session",
    };
  }
  return null;
}

function headcountRefusal(op: OperationOf<'attendance.headcount'>, facts: Facts): Refusal | null {
  if (op.groupId === null) return null;
  const listed = facts.sessions.get(op.sessionId)!.groups.get(op.groupId);
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

/** Both kinds, for the app to register with the operation log. */
export const attendanceOperationKinds = [markOperationKind, headcountOperationKind];
