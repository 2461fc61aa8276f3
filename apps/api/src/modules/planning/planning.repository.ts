// The only place with queries on planning runs and their assignments.
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, inArray } from 'drizzle-orm';

const { planningAssignments, planningRuns, projects } = schema;

export type RunRow = typeof planningRuns.$inferSelect;
export type AssignmentRecord = typeof planningAssignments.$inferSelect;

export async function insertRun(tx: Executor, values: typeof planningRuns.$inferInsert) {
  const [row] = await tx.insert(planningRuns).values(values).returning();
  return row!;
}

export async function updateRun(
  tx: Executor,
  runId: string,
  values: Partial<typeof planningRuns.$inferInsert>,
) {
  await tx.update(planningRuns).set(values).where(eq(planningRuns.id, runId));
}

/** Marks a queued (or interrupted) run running; false when it was cancelled meanwhile. */
export async function startRun(tx: Executor, runId: string) {
  const rows = await tx
    .update(planningRuns)
    .set({ status: 'running', startedAt: new Date(), error: null, progress: null })
    .where(and(eq(planningRuns.id, runId), inArray(planningRuns.status, ['queued', 'running'])))
    .returning({ id: planningRuns.id });
  return rows.length > 0;
}

/** Stores a run's outcome unless it was cancelled meanwhile (false then). */
export async function finishRun(
  tx: Executor,
  runId: string,
  values: Partial<typeof planningRuns.$inferInsert>,
) {
  const rows = await tx
    .update(planningRuns)
    .set(values)
    .where(and(eq(planningRuns.id, runId), eq(planningRuns.status, 'running')))
    .returning({ id: planningRuns.id });
  return rows.length > 0;
}

/**
 * Writes progress only while the run is running; false when it was cancelled (or finished)
 * meanwhile, which tells the job to stop.
 */
export async function recordProgress(
  tx: Executor,
  runId: string,
  progress: NonNullable<RunRow['progress']>,
) {
  const rows = await tx
    .update(planningRuns)
    .set({ progress })
    .where(and(eq(planningRuns.id, runId), eq(planningRuns.status, 'running')))
    .returning({ id: planningRuns.id });
  return rows.length > 0;
}

const runColumns = { run: planningRuns, projectName: projects.name };

export async function findRun(tx: Executor, runId: string) {
  const [row] = await tx
    .select(runColumns)
    .from(planningRuns)
    .leftJoin(projects, eq(projects.id, planningRuns.projectId))
    .where(eq(planningRuns.id, runId));
  return row ?? null;
}
export type RunWithProject = NonNullable<Awaited<ReturnType<typeof findRun>>>;

export async function listRuns(
  tx: Executor,
  options: { projectId?: string | undefined; limit: number },
) {
  return tx
    .select(runColumns)
    .from(planningRuns)
    .leftJoin(projects, eq(projects.id, planningRuns.projectId))
    .where(options.projectId ? eq(planningRuns.projectId, options.projectId) : undefined)
    .orderBy(desc(planningRuns.createdAt), desc(planningRuns.id))
    .limit(options.limit);
}

/** Replaces a run's assignments (a retried job writes them again). */
export async function replaceAssignments(
  tx: Executor,
  orgId: string,
  runId: string,
  rows: Omit<typeof planningAssignments.$inferInsert, 'orgId' | 'runId'>[],
) {
  await tx.delete(planningAssignments).where(eq(planningAssignments.runId, runId));
  for (let start = 0; start < rows.length; start += 500) {
    await tx
      .insert(planningAssignments)
      .values(rows.slice(start, start + 500).map((row) => ({ ...row, orgId, runId })));
  }
}

export async function findAssignments(tx: Executor, runId: string, sessionIds?: string[]) {
  return tx
    .select()
    .from(planningAssignments)
    .where(
      and(
        eq(planningAssignments.runId, runId),
        sessionIds ? inArray(planningAssignments.sessionId, sessionIds) : undefined,
      ),
    );
}
