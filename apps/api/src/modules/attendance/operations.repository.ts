// The only place with queries for attendance writes: what operations refer to, the log, the marks.
import type { AttendanceStatus } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { type EditKey, winsOver } from './attendance.rules';

const {
  sessions,
  sessionGroups,
  sessionArtists,
  artists,
  groups,
  participants,
  attendanceMarks,
  sessionHeadcounts,
  attendanceOperations,
} = schema;

export type SessionFacts = {
  status: string;
  /** Group id → whether it lists its members one by one. */
  groups: Map<string, boolean>;
};

export async function sessionFacts(tx: Executor, sessionIds: string[]) {
  const facts = new Map<string, SessionFacts>();
  if (sessionIds.length === 0) return facts;
  const rows = await tx
    .select({ id: sessions.id, status: sessions.status })
    .from(sessions)
    .where(inArray(sessions.id, sessionIds));
  for (const row of rows) facts.set(row.id, { status: row.status, groups: new Map() });
  const links = await tx
    .select({
      sessionId: sessionGroups.sessionId,
      groupId: sessionGroups.groupId,
      listed: groups.listedIndividually,
    })
    .from(sessionGroups)
    .innerJoin(groups, eq(groups.id, sessionGroups.groupId))
    .where(inArray(sessionGroups.sessionId, sessionIds));
  for (const link of links) facts.get(link.sessionId)?.groups.set(link.groupId, link.listed);
  return facts;
}

/** Of `sessionIds`, those where the user is one of the artists. */
export async function sessionsLedBy(tx: Executor, userId: string, sessionIds: string[]) {
  if (sessionIds.length === 0) return new Set<string>();
  const rows = await tx
    .select({ sessionId: sessionArtists.sessionId })
    .from(sessionArtists)
    .innerJoin(artists, eq(artists.id, sessionArtists.artistId))
    .where(and(eq(artists.userId, userId), inArray(sessionArtists.sessionId, sessionIds)));
  return new Set(rows.map((row) => row.sessionId));
}

export async function participantGroups(tx: Executor, participantIds: string[]) {
  if (participantIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: participants.id, groupId: participants.groupId })
    .from(participants)
    .where(and(inArray(participants.id, participantIds), isNull(participants.anonymisedAt)));
  return new Map(rows.map((row) => [row.id, row.groupId]));
}

export async function knownOperationIds(tx: Executor, opIds: string[]) {
  const rows = await tx
    .select({ opId: attendanceOperations.opId })
    .from(attendanceOperations)
    .where(inArray(attendanceOperations.opId, opIds));
  return new Set(rows.map((row) => row.opId));
}

export type LoggedOperation = typeof attendanceOperations.$inferInsert;

/** Logs the operation once; false when its op id was already logged (a replay). */
export async function logOperation(tx: Executor, operation: LoggedOperation) {
  const rows = await tx
    .insert(attendanceOperations)
    .values(operation)
    .onConflictDoNothing({ target: attendanceOperations.opId })
    .returning({ opId: attendanceOperations.opId });
  return rows.length > 0;
}

export async function setOutcome(tx: Executor, opId: string, outcome: 'applied' | 'superseded') {
  await tx.update(attendanceOperations).set({ outcome }).where(eq(attendanceOperations.opId, opId));
}

type Edit = EditKey & { orgId: string; sessionId: string; recordedBy: string };

/** The outcome of an edit on the current value: applied (replacing `replacedOpId`) or not. */
export type EditResult = { applied: true; replacedOpId: string | null } | { applied: false };

/**
 * Makes `edit` the current mark if it wins over the current one. The row is locked first, so
 * concurrent edits of the same mark from several devices are settled one after the other.
 */
export async function applyMark(
  tx: Executor,
  edit: Edit & { participantId: string; status: AttendanceStatus },
): Promise<EditResult> {
  const where = and(
    eq(attendanceMarks.sessionId, edit.sessionId),
    eq(attendanceMarks.participantId, edit.participantId),
  );
  const values = { ...edit };
  return applyEdit({
    lockCurrent: () =>
      tx
        .select({
          opId: attendanceMarks.opId,
          recordedAt: attendanceMarks.recordedAt,
          deviceId: attendanceMarks.deviceId,
        })
        .from(attendanceMarks)
        .where(where)
        .for('update'),
    insert: () =>
      tx
        .insert(attendanceMarks)
        .values(values)
        .onConflictDoNothing()
        .returning({ opId: attendanceMarks.opId }),
    replace: () => tx.update(attendanceMarks).set(values).where(where),
    edit,
  });
}

export async function applyHeadcount(
  tx: Executor,
  edit: Edit & { groupId: string | null; count: number },
): Promise<EditResult> {
  const where: SQL = and(
    eq(sessionHeadcounts.sessionId, edit.sessionId),
    edit.groupId === null
      ? isNull(sessionHeadcounts.groupId)
      : eq(sessionHeadcounts.groupId, edit.groupId),
  )!;
  const values = { ...edit };
  return applyEdit({
    lockCurrent: () =>
      tx
        .select({
          opId: sessionHeadcounts.opId,
          recordedAt: sessionHeadcounts.recordedAt,
          deviceId: sessionHeadcounts.deviceId,
        })
        .from(sessionHeadcounts)
        .where(where)
        .for('update'),
    insert: () =>
      tx
        .insert(sessionHeadcounts)
        .values(values)
        .onConflictDoNothing()
        .returning({ opId: sessionHeadcounts.opId }),
    replace: () => tx.update(sessionHeadcounts).set(values).where(where),
    edit,
  });
}

async function applyEdit(steps: {
  lockCurrent: () => Promise<EditKey[]>;
  insert: () => Promise<{ opId: string }[]>;
  replace: () => Promise<unknown>;
  edit: EditKey;
}): Promise<EditResult> {
  let [current] = await steps.lockCurrent();
  if (!current) {
    // Two first edits at once: one inserts, the other finds the row and compares.
    if ((await steps.insert()).length > 0) return { applied: true, replacedOpId: null };
    [current] = await steps.lockCurrent();
  }
  if (!current || !winsOver(steps.edit, current)) return { applied: false };
  await steps.replace();
  return { applied: true, replacedOpId: current.opId };
}
