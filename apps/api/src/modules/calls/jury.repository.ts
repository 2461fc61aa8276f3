// The only place with queries on assignments and scores, and on the conflicts Tutti's own data
// shows (a juror who led sessions the applicant attended).
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';

const {
  callAssignments,
  callApplications,
  callRecordingAccesses,
  artists,
  sessionArtists,
  attendanceMarks,
  users,
} = schema;

export type AssignmentRow = typeof callAssignments.$inferSelect;

export async function insertAssignments(
  tx: Executor,
  rows: {
    orgId: string;
    callId: string;
    applicationId: string;
    userId: string;
    recusedAt?: Date;
    recusalReason?: string;
  }[],
) {
  // Inserted in slices: 250 applications × 7 jurors is one statement too many parameters.
  for (let start = 0; start < rows.length; start += 1000) {
    await tx
      .insert(callAssignments)
      .values(rows.slice(start, start + 1000))
      .onConflictDoNothing();
  }
}

/** Assignments not yet scored nor recused are replaced by a new assignment. */
export async function deleteOpenAssignments(tx: Executor, callId: string) {
  await tx
    .delete(callAssignments)
    .where(
      and(
        eq(callAssignments.callId, callId),
        isNull(callAssignments.submittedAt),
        isNull(callAssignments.recusedAt),
        sql`${callAssignments.scores} = '{}'::jsonb`,
      ),
    );
}

export async function listAssignments(tx: Executor, callId: string) {
  return tx.select().from(callAssignments).where(eq(callAssignments.callId, callId));
}

/** A juror's queue: their assignments with the application's code and part, nothing else. */
export async function queueOf(tx: Executor, callId: string, userId: string) {
  return tx
    .select({
      applicationId: callAssignments.applicationId,
      code: callApplications.code,
      part: callApplications.part,
      shortlisted: callApplications.shortlisted,
      recusedAt: callAssignments.recusedAt,
      submittedAt: callAssignments.submittedAt,
      scores: callAssignments.scores,
      total: callAssignments.total,
    })
    .from(callAssignments)
    .innerJoin(callApplications, eq(callApplications.id, callAssignments.applicationId))
    .where(
      and(
        eq(callAssignments.callId, callId),
        eq(callAssignments.userId, userId),
        eq(callApplications.status, 'submitted'),
      ),
    )
    .orderBy(asc(callApplications.code));
}

export async function findAssignment(
  tx: Executor,
  callId: string,
  applicationId: string,
  userId: string,
) {
  const [row] = await tx
    .select()
    .from(callAssignments)
    .where(
      and(
        eq(callAssignments.callId, callId),
        eq(callAssignments.applicationId, applicationId),
        eq(callAssignments.userId, userId),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function updateAssignment(
  tx: Executor,
  applicationId: string,
  userId: string,
  values: Partial<typeof callAssignments.$inferInsert>,
) {
  await tx
    .update(callAssignments)
    .set({ ...values, updatedAt: new Date() })
    .where(
      and(eq(callAssignments.applicationId, applicationId), eq(callAssignments.userId, userId)),
    );
}

/** The other jurors' submitted scores of one application, named by the jurors' display names. */
export async function peerScores(tx: Executor, applicationId: string, userId: string) {
  return tx
    .select({
      juror: users.displayName,
      scores: callAssignments.scores,
      recordingQuality: callAssignments.recordingQuality,
      total: callAssignments.total,
    })
    .from(callAssignments)
    .innerJoin(users, eq(users.id, callAssignments.userId))
    .where(
      and(
        eq(callAssignments.applicationId, applicationId),
        sql`${callAssignments.userId} <> ${userId}`,
        isNotNull(callAssignments.submittedAt),
        isNull(callAssignments.recusedAt),
      ),
    )
    .orderBy(asc(users.displayName));
}

/** Every submitted score of the call (ranking and calibration). */
export async function submittedScores(tx: Executor, callId: string) {
  return tx
    .select({
      applicationId: callAssignments.applicationId,
      userId: callAssignments.userId,
      scores: callAssignments.scores,
      recordingQuality: callAssignments.recordingQuality,
      total: callAssignments.total,
    })
    .from(callAssignments)
    .where(
      and(
        eq(callAssignments.callId, callId),
        isNotNull(callAssignments.submittedAt),
        isNull(callAssignments.recusedAt),
      ),
    );
}

/**
 * Pairs (juror user, participant) where the juror, as an artist of the organisation, led a
 * session the participant was marked at.
 */
export async function ledSessionsOf(tx: Executor, userIds: string[], participantIds: string[]) {
  if (userIds.length === 0 || participantIds.length === 0) return [];
  return tx
    .selectDistinct({ userId: artists.userId, participantId: attendanceMarks.participantId })
    .from(attendanceMarks)
    .innerJoin(sessionArtists, eq(sessionArtists.sessionId, attendanceMarks.sessionId))
    .innerJoin(artists, eq(artists.id, sessionArtists.artistId))
    .where(
      and(
        inArray(artists.userId, userIds),
        inArray(attendanceMarks.participantId, participantIds),
        eq(attendanceMarks.status, 'present'),
      ),
    );
}

export async function logRecordingAccess(
  tx: Executor,
  values: { orgId: string; recordingId: string; userId: string },
) {
  await tx.insert(callRecordingAccesses).values(values);
}

/** Every juror's evaluation of one application, in a stable order (for the applicant's access). */
export async function evaluationsOf(tx: Executor, applicationId: string) {
  return tx
    .select({
      scores: callAssignments.scores,
      recordingQuality: callAssignments.recordingQuality,
      total: callAssignments.total,
      note: callAssignments.note,
    })
    .from(callAssignments)
    .where(
      and(
        eq(callAssignments.applicationId, applicationId),
        isNotNull(callAssignments.submittedAt),
        isNull(callAssignments.recusedAt),
      ),
    )
    .orderBy(asc(callAssignments.userId));
}
