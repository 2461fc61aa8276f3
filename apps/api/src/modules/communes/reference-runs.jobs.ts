// The job that imports a previewed official file: read again in a worker thread, its rows written in
// turns of 2,000 beside the current ones (other requests go on between turns, even on the embedded
// database), the progress recorded after each, then made current in one short transaction. A
// failure leaves the data as it was; a process stopped midway is taken up again by the queue.
import type { TuttiDatabase } from '@tutti/db';
import { sql } from 'drizzle-orm';
import type { App, AppDeps } from '../../platform/app-types';
import type { Config } from '../../platform/config';
import { fileStorageFor } from '../../platform/storage';
import { communeReference, importedCentresOverlay } from './reference-data';
import {
  CHUNK_ROWS,
  countRows,
  dropUnfinished,
  insertRows,
  makeCurrent,
  startImport,
} from './reference-import.repository';
import { readInWorker } from './reference-read';
import * as runs from './reference-runs.repository';
import {
  REFERENCE_IMPORT_JOB,
  REFERENCE_IMPORT_LOCK,
  type ReferenceImportJob,
} from './reference-runs.service';

type JobDeps = { database: TuttiDatabase; config: Config };

async function readAll(stream: AsyncIterable<Uint8Array>) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Imports one run; safe to run again (a retry drops what an interrupted attempt wrote and starts
 * over). Answers what happened, for the log: counts only.
 */
export async function executeReferenceImport(deps: JobDeps, job: ReferenceImportJob) {
  const db = deps.database.db;
  const run = await runs.findRun(db, job.runId);
  if (run?.state !== 'importing' || !run.storageKey) {
    return { skipped: run?.state ?? 'deleted' };
  }
  const progress = (phase: 'reading' | 'writing' | 'finishing', done = 0, total = 0) =>
    runs.recordProgress(db, run.id, { phase, done, total });
  try {
    await progress('reading');
    const bytes = await readAll(await fileStorageFor(deps.config).read(run.storageKey));
    const reference = await communeReference(deps.database);
    const { write } = await readInWorker(deps.config, {
      kind: run.kind,
      bytes,
      fileName: run.fileName,
      year: run.year,
      placement: importedCentresOverlay(reference.dataset),
      withRows: true,
    });
    if (!write) throw new Error('The file no longer reads as it did in its preview');
    // What an interrupted attempt (or an earlier stopped import of the kind) left behind.
    await dropUnfinished(db, run.kind);
    const importId = await startImport(db, { ...write.log, batchId: run.id });
    await runs.moveRun(db, run.id, 'importing', { importId });
    const total = write.rows.length;
    await progress('writing', 0, total);
    for (let start = 0; start < total; start += CHUNK_ROWS) {
      await insertRows(db, run.kind, importId, write.rows.slice(start, start + CHUNK_ROWS));
      await progress('writing', Math.min(total, start + CHUNK_ROWS), total);
    }
    await progress('finishing', total, total);
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${REFERENCE_IMPORT_LOCK})`);
      // A command-line import of the same kind meanwhile made its own file current.
      const written = await countRows(tx, run.kind, importId);
      if (written !== total) {
        throw new Error(`Another import of ${run.kind} replaced this one's rows meanwhile`);
      }
      await makeCurrent(tx, run.kind, importId);
      await runs.moveRun(tx, run.id, 'importing', {
        state: 'imported',
        progress: { phase: 'finishing', done: total, total },
        storageKey: null,
        finishedAt: new Date(),
      });
    });
    await fileStorageFor(deps.config).remove(run.storageKey);
    return { imported: total };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await dropUnfinished(db, run.kind);
    await runs.moveRun(db, run.id, 'importing', {
      state: 'failed',
      error: message.slice(0, 500),
      progress: null,
      finishedAt: new Date(),
    });
    return { failed: message };
  }
}

export function registerReferenceImportJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work<ReferenceImportJob>(REFERENCE_IMPORT_JOB, async (data) => {
      const result = await executeReferenceImport(deps, data);
      app.log.info({ referenceImport: result }, 'reference import done');
      return result;
    });
  });
}
