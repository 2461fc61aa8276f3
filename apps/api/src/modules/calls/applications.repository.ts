// The only place with queries on applications and their recordings.
import { type Executor, schema } from '@tutti/db';
import { foldText } from '@tutti/kit/text';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { folded } from '../../platform/text-search';

const { calls, callApplications, callRecordings, files, participants } = schema;

export type ApplicationRow = typeof callApplications.$inferSelect;
export type ApplicationValues = Partial<
  Omit<typeof callApplications.$inferInsert, 'id' | 'orgId' | 'callId' | 'createdAt'>
>;

export async function insertApplication(
  tx: Executor,
  values: {
    orgId: string;
    callId: string;
    code: string;
    email: string;
    locale: 'fr' | 'en' | 'de';
  },
) {
  const [row] = await tx.insert(callApplications).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findApplication(tx: Executor, orgId: string, applicationId: string) {
  const [row] = await tx
    .select()
    .from(callApplications)
    .where(and(eq(callApplications.orgId, orgId), eq(callApplications.id, applicationId)));
  return row ?? null;
}

export async function findApplicationOfCall(tx: Executor, callId: string, applicationId: string) {
  const [row] = await tx
    .select()
    .from(callApplications)
    .where(and(eq(callApplications.callId, callId), eq(callApplications.id, applicationId)));
  return row ?? null;
}

export async function updateApplication(
  tx: Executor,
  applicationId: string,
  values: ApplicationValues,
) {
  const [row] = await tx
    .update(callApplications)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(callApplications.id, applicationId))
    .returning();
  return row ?? null;
}

/** An applicant's applications (by the address the link confirmed), with their calls. */
export async function applicationsOfEmail(tx: Executor, email: string) {
  return tx
    .select({ application: callApplications, call: calls })
    .from(callApplications)
    .innerJoin(calls, eq(calls.id, callApplications.callId))
    .where(eq(callApplications.email, email))
    .orderBy(asc(callApplications.createdAt));
}

export async function listApplications(
  tx: Executor,
  callId: string,
  submittedOnly = false,
  recordingDayOnly = false,
) {
  return tx
    .select()
    .from(callApplications)
    .where(
      and(
        eq(callApplications.callId, callId),
        submittedOnly ? eq(callApplications.status, 'submitted') : undefined,
        recordingDayOnly ? eq(callApplications.needsRecordingDay, true) : undefined,
      ),
    )
    .orderBy(asc(callApplications.code));
}

/** The recordings of these applications, with their files' processing state and duration. */
export async function recordingsOf(tx: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return tx
    .select({
      id: callRecordings.id,
      applicationId: callRecordings.applicationId,
      key: callRecordings.key,
      fileId: callRecordings.fileId,
      status: files.status,
      durationMs: files.durationMs,
    })
    .from(callRecordings)
    .leftJoin(files, eq(files.id, callRecordings.fileId))
    .where(inArray(callRecordings.applicationId, applicationIds))
    .orderBy(asc(callRecordings.applicationId), asc(callRecordings.key));
}

export async function findRecording(tx: Executor, orgId: string, recordingId: string) {
  const [row] = await tx
    .select({ recording: callRecordings, application: callApplications })
    .from(callRecordings)
    .innerJoin(callApplications, eq(callApplications.id, callRecordings.applicationId))
    .where(and(eq(callRecordings.orgId, orgId), eq(callRecordings.id, recordingId)));
  return row ?? null;
}

/** Points the application's recording `key` at a new file; returns the file it replaces. */
export async function setRecordingFile(
  tx: Executor,
  values: { orgId: string; applicationId: string; key: string; fileId: string },
) {
  const [previous] = await tx
    .select({ fileId: callRecordings.fileId })
    .from(callRecordings)
    .where(
      and(
        eq(callRecordings.applicationId, values.applicationId),
        eq(callRecordings.key, values.key),
      ),
    )
    .for('update');
  await tx
    .insert(callRecordings)
    .values(values)
    .onConflictDoUpdate({
      target: [callRecordings.applicationId, callRecordings.key],
      set: { fileId: values.fileId, createdAt: new Date() },
    });
  return previous?.fileId ?? null;
}

/** The file ids of every recording of a call (retention) or of some applications (erasure). */
export async function recordingFileIds(
  tx: Executor,
  where: { callId: string } | { applicationIds: string[] },
) {
  const rows = await tx
    .select({ fileId: callRecordings.fileId })
    .from(callRecordings)
    .innerJoin(callApplications, eq(callApplications.id, callRecordings.applicationId))
    .where(
      'callId' in where
        ? eq(callApplications.callId, where.callId)
        : where.applicationIds.length > 0
          ? inArray(callApplications.id, where.applicationIds)
          : sql`false`,
    );
  return rows.flatMap((row) => (row.fileId ? [row.fileId] : []));
}

/** The participant whose first and last names are the applicant's (folded), when exactly one. */
export async function matchingParticipant(tx: Executor, name: string) {
  const rows = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(
      sql`${folded(sql`trim(${participants.firstName} || ' ' || coalesce(${participants.lastName}, ''))`)} = ${foldText(name.trim().replace(/\s+/g, ' '))}`,
    )
    .limit(2);
  return rows.length === 1 ? rows[0]!.id : null;
}

/** The organisation's name and public address, for e-mails. */
export async function organisationFacts(tx: Executor, orgId: string) {
  const [row] = await tx
    .select({ name: schema.organisations.name, slug: schema.organisations.publicSlug })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, orgId));
  return row ?? { name: '', slug: null };
}

/** The application a recording's file belongs to. */
export async function applicationOfFile(tx: Executor, fileId: string) {
  const [row] = await tx
    .select({ application: callApplications })
    .from(callRecordings)
    .innerJoin(callApplications, eq(callApplications.id, callRecordings.applicationId))
    .where(eq(callRecordings.fileId, fileId));
  return row?.application ?? null;
}

/**
 * What erasure and retention do to applications whose recordings are gone: drafts are deleted;
 * submitted ones lose the name, address (an `erased:` mark, unique in the call), answers, the
 * decision's reason, the link to a participant, the jurors' comments and a proposed recording
 * day (it holds their commune), and keep their random code, part, decision and the jurors'
 * scores. Returns the organisation of each.
 */
export async function forgetApplications(
  tx: Executor,
  rows: { id: string; status: string }[],
): Promise<{ orgId: string }[]> {
  const drafts = rows.filter((r) => r.status === 'draft').map((r) => r.id);
  const kept = rows.filter((r) => r.status !== 'draft').map((r) => r.id);
  const deleted =
    drafts.length > 0
      ? await tx
          .delete(callApplications)
          .where(inArray(callApplications.id, drafts))
          .returning({ orgId: callApplications.orgId })
      : [];
  if (kept.length === 0) return deleted;
  await tx
    .delete(schema.callRecordingDays)
    .where(inArray(schema.callRecordingDays.applicationId, kept));
  await tx
    .update(schema.callAssignments)
    .set({ note: null, updatedAt: new Date() })
    .where(inArray(schema.callAssignments.applicationId, kept));
  const anonymised = await tx
    .update(callApplications)
    .set({
      email: sql`'erased:' || ${callApplications.id}::text`,
      name: '',
      answers: {},
      needsRecordingDay: false,
      communeCode: null,
      communeName: null,
      decisionReason: null,
      participantId: null,
      updatedAt: new Date(),
    })
    .where(inArray(callApplications.id, kept))
    .returning({ orgId: callApplications.orgId });
  return [...deleted, ...anonymised];
}
