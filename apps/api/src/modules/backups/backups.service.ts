// Backups of the instance: the run (scheduled or requested), what admins read, and a request.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupOverview, BackupTrigger } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import { requirePermission } from '../../platform/auth/request-auth';
import { createBackup } from '../../platform/backup';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import * as repo from './backups.repository';

/** Runs an admin reads on the page. */
const RUNS_SHOWN = 20;
/** A request this soon after a successful backup is refused: the archive is as good as new. */
export const REQUEST_PAUSE_MS = 10 * 60_000;

const ARCHIVE_NAME = /^tutti-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/;

function archiveNameFor(date: Date) {
  return `tutti-backup-${date.toISOString().replace(/[:.]/g, '-')}.tar.gz`;
}

/** The complete archives in the folder, newest first. */
function archivesIn(dir: string) {
  try {
    return readdirSync(dir)
      .filter((name) => ARCHIVE_NAME.test(name))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/** Removes a half-written archive; when even that fails (the folder is gone), there is none. */
function removeQuietly(path: string) {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there.
  }
}

/**
 * Makes one backup into the backups folder: written as `.partial`, renamed when complete, then
 * the oldest complete archives beyond `keep` are removed. Returns null when another backup is
 * running (in this process or another).
 */
export async function runBackup({
  database,
  config,
  trigger,
}: {
  database: TuttiDatabase;
  config: Config;
  trigger: BackupTrigger;
}) {
  const runId = await repo.startRun(database.db, trigger);
  if (!runId) return null;
  const { dir, keep } = config.backups;
  const name = archiveNameFor(new Date());
  const partial = join(dir, `${name}.partial`);
  try {
    mkdirSync(dir, { recursive: true });
    const manifest = await createBackup({
      database,
      filesDir: config.filesDir,
      archivePath: partial,
      s3: config.s3 !== null,
    });
    renameSync(partial, join(dir, name));
    const tables = Object.values(manifest.tables);
    const result = {
      archiveName: name,
      bytes: statSync(join(dir, name)).size,
      tables: tables.length,
      rows: tables.reduce((sum, table) => sum + table.rows, 0),
      files: Object.keys(manifest.files).length,
    };
    await repo.finishRun(database.db, runId, result);
    for (const old of archivesIn(dir).slice(keep)) rmSync(join(dir, old), { force: true });
    await repo.deleteOldRuns(database.db);
    return { runId, ...result };
  } catch (error) {
    // The step's own words (a full disk, a folder refused); never row content.
    const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
    await repo.failRun(database.db, runId, message);
    removeQuietly(partial);
    throw error;
  }
}

export async function getBackupOverview({
  actor,
  database,
  config,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  config: Config;
}): Promise<BackupOverview> {
  requirePermission(actor, 'backups.manage');
  const runs = await repo.listRuns(database.db, RUNS_SHOWN);
  const present = new Set(archivesIn(config.backups.dir));
  return {
    folder: config.backups.dir,
    keep: config.backups.keep,
    dailyAt: config.backups.dailyAt,
    mediaInBucket: config.s3 !== null,
    runs: runs.map((run) => ({
      id: run.id,
      trigger: run.trigger,
      state: run.state,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
      archiveName: run.archiveName,
      archiveKept: run.archiveName !== null && present.has(run.archiveName),
      bytes: run.bytes,
      tables: run.tables,
      rows: run.rows,
      files: run.files,
      error: run.error,
    })),
  };
}

/**
 * Whether a backup is due at start: the schedule does not catch up a day the server was off at
 * that time (a laptop install), so a server starting without a backup of the last day makes one.
 */
export async function backupDueAtStart(database: TuttiDatabase, now = new Date()) {
  const last = await repo.lastSuccessAt(database.db);
  return last === null || now.getTime() - last.getTime() > 24 * 3_600_000;
}

/** Checks that a backup may start now; the caller queues it. */
export async function checkBackupRequest({
  actor,
  database,
  now = new Date(),
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  now?: Date;
}) {
  requirePermission(actor, 'backups.manage');
  const latest = await repo.findLatestRun(database.db);
  if (latest?.state === 'running') {
    throw new AppError('BACKUP.RUNNING', 'A backup is running; its result appears on this page.');
  }
  if (latest?.finishedAt && now.getTime() - latest.finishedAt.getTime() < REQUEST_PAUSE_MS) {
    throw new AppError(
      'BACKUP.TOO_SOON',
      'The last backup finished less than 10 minutes ago; ask again later.',
    );
  }
}
