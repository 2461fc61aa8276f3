// Backup runs: one row per backup, instance-wide (no organisation, no person).
import type { BackupTrigger } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, lt, sql } from 'drizzle-orm';

const { backupRuns } = schema;

/** A run still marked running after this long was interrupted (its process stopped). */
const INTERRUPTED_AFTER = sql`interval '6 hours'`;

/**
 * Starts a run unless one is running (the partial unique index keeps one across processes);
 * a run left running by a stopped process is marked failed first.
 * @returns the new run's id, or null when another backup is running.
 */
export async function startRun(db: Executor, trigger: BackupTrigger) {
  await db
    .update(backupRuns)
    .set({ state: 'failed', finishedAt: sql`now()`, error: 'interrupted' })
    .where(
      and(
        eq(backupRuns.state, 'running'),
        lt(backupRuns.startedAt, sql`now() - ${INTERRUPTED_AFTER}`),
      ),
    );
  const [row] = await db
    .insert(backupRuns)
    .values({ trigger })
    .onConflictDoNothing()
    .returning({ id: backupRuns.id });
  return row?.id ?? null;
}

export async function finishRun(
  db: Executor,
  id: string,
  result: { archiveName: string; bytes: number; tables: number; rows: number; files: number },
) {
  await db
    .update(backupRuns)
    .set({ state: 'succeeded', finishedAt: sql`now()`, ...result })
    .where(eq(backupRuns.id, id));
}

export async function failRun(db: Executor, id: string, error: string) {
  await db
    .update(backupRuns)
    .set({ state: 'failed', finishedAt: sql`now()`, error })
    .where(eq(backupRuns.id, id));
}

export async function listRuns(db: Executor, limit: number) {
  return db.select().from(backupRuns).orderBy(desc(backupRuns.startedAt)).limit(limit);
}

/** The running run if any, else the newest successful one: what a request now would wait on. */
export async function findLatestRun(db: Executor) {
  const [row] = await db
    .select({ state: backupRuns.state, finishedAt: backupRuns.finishedAt })
    .from(backupRuns)
    .where(sql`${backupRuns.state} in ('running', 'succeeded')`)
    .orderBy(sql`${backupRuns.state} = 'running' desc`, desc(backupRuns.startedAt))
    .limit(1);
  return row ?? null;
}

/** When the newest successful backup finished, or null when there is none. */
export async function lastSuccessAt(db: Executor) {
  const [row] = await db
    .select({ finishedAt: backupRuns.finishedAt })
    .from(backupRuns)
    .where(eq(backupRuns.state, 'succeeded'))
    .orderBy(desc(backupRuns.finishedAt))
    .limit(1);
  return row?.finishedAt ?? null;
}

/** Runs older than a year go: the page shows the recent ones, the archives are gone long before. */
export async function deleteOldRuns(db: Executor) {
  await db.delete(backupRuns).where(lt(backupRuns.startedAt, sql`now() - interval '1 year'`));
}
