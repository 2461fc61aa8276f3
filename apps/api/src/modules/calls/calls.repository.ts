// The only place with queries on calls and their jurors.
import { type Executor, schema } from '@tutti/db';
import { and, asc, count, desc, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm';

const { calls, callJurors, callApplications, callAssignments, memberships, users } = schema;

export type CallRow = typeof calls.$inferSelect;
export type CallValues = Omit<typeof calls.$inferInsert, 'id' | 'orgId' | 'createdAt'>;

export async function insertCall(tx: Executor, orgId: string, values: CallValues) {
  const [row] = await tx
    .insert(calls)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function updateCall(
  tx: Executor,
  orgId: string,
  callId: string,
  values: Partial<CallValues>,
) {
  const [row] = await tx
    .update(calls)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(calls.orgId, orgId), eq(calls.id, callId)))
    .returning();
  return row ?? null;
}

/** The call, locked for the rest of the transaction when `lock`. */
export async function findCall(tx: Executor, orgId: string, callId: string, lock = false) {
  const query = tx
    .select()
    .from(calls)
    .where(and(eq(calls.orgId, orgId), eq(calls.id, callId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function listCalls(tx: Executor, orgId: string) {
  return tx.select().from(calls).where(eq(calls.orgId, orgId)).orderBy(desc(calls.opensAt));
}

/** Drafts and submitted applications per call. */
export async function applicationCounts(tx: Executor, callIds: string[]) {
  if (callIds.length === 0) return new Map<string, { drafts: number; submitted: number }>();
  const rows = await tx
    .select({ callId: callApplications.callId, status: callApplications.status, n: count() })
    .from(callApplications)
    .where(inArray(callApplications.callId, callIds))
    .groupBy(callApplications.callId, callApplications.status);
  const counts = new Map<string, { drafts: number; submitted: number }>();
  for (const row of rows) {
    const entry = counts.get(row.callId) ?? { drafts: 0, submitted: 0 };
    if (row.status === 'draft') entry.drafts += row.n;
    if (row.status === 'submitted') entry.submitted += row.n;
    counts.set(row.callId, entry);
  }
  return counts;
}

/** A published call by its public code (public pages; the organisation is the tenant's). */
export async function findPublishedByCode(tx: Executor, publicCode: string) {
  const [row] = await tx
    .select()
    .from(calls)
    .where(and(eq(calls.publicCode, publicCode), ne(calls.phase, 'draft')));
  return row ?? null;
}

export async function publishedCodes(tx: Executor) {
  const rows = await tx
    .select({ code: calls.publicCode })
    .from(calls)
    .where(ne(calls.phase, 'draft'))
    .orderBy(asc(calls.opensAt));
  return rows.map((row) => row.code);
}

/** Calls taking applications at `now`. */
export async function listOpenCalls(tx: Executor, now: Date) {
  return tx
    .select()
    .from(calls)
    .where(and(eq(calls.phase, 'published'), lte(calls.opensAt, now), gt(calls.closesAt, now)))
    .orderBy(asc(calls.closesAt));
}

export async function setJurors(tx: Executor, orgId: string, callId: string, userIds: string[]) {
  await tx
    .delete(callJurors)
    .where(and(eq(callJurors.orgId, orgId), eq(callJurors.callId, callId)));
  if (userIds.length > 0) {
    await tx.insert(callJurors).values(userIds.map((userId) => ({ orgId, callId, userId })));
  }
}

export async function jurorIds(tx: Executor, callId: string) {
  const rows = await tx
    .select({ userId: callJurors.userId })
    .from(callJurors)
    .where(eq(callJurors.callId, callId))
    .orderBy(asc(callJurors.userId));
  return rows.map((row) => row.userId);
}

/** The jurors with their names and how far they are. */
export async function listJurors(tx: Executor, callId: string) {
  return tx
    .select({
      userId: callJurors.userId,
      displayName: users.displayName,
      assigned: sql<number>`(select count(*)::int from ${callAssignments} a where a.call_id = ${callJurors.callId} and a.user_id = ${callJurors.userId} and a.recused_at is null)`,
      submitted: sql<number>`(select count(*)::int from ${callAssignments} a where a.call_id = ${callJurors.callId} and a.user_id = ${callJurors.userId} and a.submitted_at is not null and a.recused_at is null)`,
      recusals: sql<number>`(select count(*)::int from ${callAssignments} a where a.call_id = ${callJurors.callId} and a.user_id = ${callJurors.userId} and a.recused_at is not null)`,
    })
    .from(callJurors)
    .innerJoin(users, eq(users.id, callJurors.userId))
    .where(eq(callJurors.callId, callId))
    .orderBy(asc(users.displayName));
}

/** The calls `userId` is a juror of. */
export async function callsOfJuror(tx: Executor, orgId: string, userId: string) {
  return tx
    .select({ call: calls })
    .from(callJurors)
    .innerJoin(calls, eq(calls.id, callJurors.callId))
    .where(and(eq(callJurors.orgId, orgId), eq(callJurors.userId, userId)))
    .orderBy(desc(calls.opensAt));
}

export async function isJuror(tx: Executor, callId: string, userId: string) {
  const [row] = await tx
    .select({ userId: callJurors.userId })
    .from(callJurors)
    .where(and(eq(callJurors.callId, callId), eq(callJurors.userId, userId)));
  return !!row;
}

/** Members of the organisation among these users, with their roles. */
export async function memberRoles(tx: Executor, orgId: string, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, userIds)));
  return new Map(rows.map((row) => [row.userId, row.role]));
}

/**
 * Calls whose results are older than their retention, recordings not yet purged. A call closed
 * and never decided counts its retention from a year after its closing (a jury may meet late).
 */
export async function callsPastRetention(tx: Executor, now: Date) {
  return tx
    .select({ id: calls.id, orgId: calls.orgId })
    .from(calls)
    .where(
      and(
        sql`${calls.recordingsPurgedAt} is null`,
        sql`coalesce(${calls.resultsAt}, ${calls.closesAt} + interval '1 year') + make_interval(months => ${calls.retentionMonths}) <= ${now}`,
      ),
    );
}
