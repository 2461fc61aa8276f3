// Shapes the follow-up of attendance for the API: sessions with their counts, and conflicts.
import type { AttendanceConflict, AttendanceSessionSummary } from '@tutti/contracts';
import { presentSessionTimes } from './attendance.presenter';
import type * as followUp from './follow-up.repository';

type Rows<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export function presentSessionSummaries(
  items: Rows<typeof followUp.sessionSummaries>['items'],
  groups: Rows<typeof followUp.groupNamesOfSessions>,
): AttendanceSessionSummary[] {
  return items.map(({ session, venueName, ...counts }) => ({
    session: { ...presentSessionTimes(session), venueName },
    groups: groups
      .filter((g) => g.sessionId === session.id)
      .map((g) => ({ id: g.id, name: g.name })),
    ...counts,
  }));
}

export type ConflictRows = {
  keys: followUp.ConflictKey[];
  operations: Rows<typeof followUp.operationsOfSessions>;
  sessions: Map<string, Rows<typeof followUp.sessionHeads>[number]>;
  participants: Map<string, Rows<typeof followUp.participantNames>[number]>;
  groups: Map<string, Rows<typeof followUp.groupNames>[number]>;
};

const winnerFirst = (outcome: string) => (outcome === 'applied' ? 0 : 1);

export function presentConflicts(rows: ConflictRows): AttendanceConflict[] {
  return rows.keys.map((key) => {
    const session = rows.sessions.get(key.sessionId)!;
    const operations = rows.operations
      .filter(
        ({ operation: o }) =>
          o.sessionId === key.sessionId &&
          o.kind === key.kind &&
          o.participantId === key.participantId &&
          o.groupId === key.groupId,
      )
      // The winner first, then the others from the latest (the query's order).
      .sort((a, b) => winnerFirst(a.operation.outcome) - winnerFirst(b.operation.outcome));
    return {
      kind: key.kind,
      session: { ...session, startsAt: session.startsAt.toISOString() },
      participant: key.participantId ? (rows.participants.get(key.participantId) ?? null) : null,
      group: key.groupId ? (rows.groups.get(key.groupId) ?? null) : null,
      operations: operations.map(({ operation: o, userName }) => ({
        opId: o.opId,
        deviceId: o.deviceId,
        user: o.userId && userName ? { id: o.userId, displayName: userName } : null,
        status: o.status,
        count: o.count,
        recordedAt: o.recordedAt.toISOString(),
        receivedAt: o.receivedAt.toISOString(),
        outcome: o.outcome,
      })),
    };
  });
}
