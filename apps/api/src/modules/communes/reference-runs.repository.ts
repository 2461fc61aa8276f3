// The only place with queries for the web app's reference import runs: an organisation's uploads
// (read and written in its tenant transaction), and their import job (as the owner).
import type { ReferenceImportProgress, ReferenceImportRunState } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';

const { referenceImportRuns } = schema;

export type RunRow = typeof referenceImportRuns.$inferSelect;
export type NewRun = Omit<typeof referenceImportRuns.$inferInsert, 'id'> & { id: string };

export async function insertRun(db: Executor, run: NewRun) {
  const [row] = await db.insert(referenceImportRuns).values(run).returning();
  return row!;
}

export async function findRun(db: Executor, runId: string) {
  const [row] = await db
    .select()
    .from(referenceImportRuns)
    .where(eq(referenceImportRuns.id, runId));
  return row;
}

export async function listRuns(db: Executor, limit: number) {
  return db
    .select()
    .from(referenceImportRuns)
    .orderBy(desc(referenceImportRuns.createdAt), desc(referenceImportRuns.id))
    .limit(limit);
}

/** Moves a run from `from` to another state; false when it was not in `from` any more. */
export async function moveRun(
  db: Executor,
  runId: string,
  from: ReferenceImportRunState,
  values: Partial<
    Pick<RunRow, 'state' | 'year' | 'progress' | 'error' | 'importId' | 'storageKey' | 'finishedAt'>
  >,
) {
  const rows = await db
    .update(referenceImportRuns)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(referenceImportRuns.id, runId), eq(referenceImportRuns.state, from)))
    .returning({ id: referenceImportRuns.id });
  return rows.length > 0;
}

export async function recordProgress(
  db: Executor,
  runId: string,
  progress: ReferenceImportProgress,
) {
  await db
    .update(referenceImportRuns)
    .set({ progress, updatedAt: sql`now()` })
    .where(and(eq(referenceImportRuns.id, runId), eq(referenceImportRuns.state, 'importing')));
}

/**
 * Marks previews left waiting since `before` (never imported nor discarded) discarded, and answers
 * their staged files' keys for the caller to remove.
 */
export async function abandonPreviews(db: Executor, before: Date): Promise<string[]> {
  const old = and(
    eq(referenceImportRuns.state, 'previewed'),
    lt(referenceImportRuns.createdAt, before),
  );
  const rows = await db
    .select({ id: referenceImportRuns.id, storageKey: referenceImportRuns.storageKey })
    .from(referenceImportRuns)
    .where(old);
  if (rows.length === 0) return [];
  await db
    .update(referenceImportRuns)
    .set({ state: 'discarded', storageKey: null, finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(
      and(
        old,
        inArray(
          referenceImportRuns.id,
          rows.map((r) => r.id),
        ),
      ),
    );
  return rows.flatMap((r) => (r.storageKey ? [r.storageKey] : []));
}

/**
 * The import under way on the instance, any organisation's (as the owner); one that has not
 * moved since `staleBefore` was interrupted for good and is marked failed.
 */
export async function importUnderWay(db: Executor, staleBefore: Date) {
  const rows = await db
    .select({ id: referenceImportRuns.id, updatedAt: referenceImportRuns.updatedAt })
    .from(referenceImportRuns)
    .where(eq(referenceImportRuns.state, 'importing'));
  for (const row of rows.filter((r) => r.updatedAt < staleBefore)) {
    await moveRun(db, row.id, 'importing', {
      state: 'failed',
      error: 'Interrupted: the import stopped without finishing',
      progress: null,
      finishedAt: new Date(),
    });
  }
  return rows.find((r) => r.updatedAt >= staleBefore)?.id ?? null;
}

/** Starts the import of an organisation's previewed run (as the owner, under the import lock). */
export async function markImporting(db: Executor, orgId: string, runId: string, year: number) {
  const rows = await db
    .update(referenceImportRuns)
    .set({
      state: 'importing',
      year,
      progress: { phase: 'queued', done: 0, total: 0 },
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(referenceImportRuns.id, runId),
        eq(referenceImportRuns.orgId, orgId),
        eq(referenceImportRuns.state, 'previewed'),
      ),
    )
    .returning({ id: referenceImportRuns.id });
  return rows.length > 0;
}
