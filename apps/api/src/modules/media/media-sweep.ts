// The hourly sweep of abandoned uploads: an upload not completed within a day is given up. Its
// row goes (the quota it reserved at its declared length comes back) and its staged bytes too;
// staged files with no unfinished upload behind them (a crash between steps) go as well.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TuttiDatabase } from '@tutti/db';
import type { Config } from '../../platform/config';
import * as files from './media.repository';
import { removeStagedUpload, stagingDir } from './media-staging';

export const MEDIA_SWEEP_JOB = 'media.sweep-uploads';
/** Every hour at 23 minutes past, away from the round-hour jobs. */
export const MEDIA_SWEEP_CRON = '23 * * * *';
/** An upload still receiving bytes this long after it started is abandoned. */
export const ABANDONED_AFTER_HOURS = 24;
const BATCH = 500;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type SweepSummary = {
  uploads: number;
  freedBytes: number;
  /** Staged uploads and half-written renditions (`.partial`) left by a crash. */
  strayFiles: number;
};

export async function sweepAbandonedUploads({
  database,
  config,
  now = new Date(),
}: {
  database: TuttiDatabase;
  config: Pick<Config, 'filesDir'>;
  now?: Date;
}): Promise<SweepSummary> {
  const before = new Date(now.getTime() - ABANDONED_AFTER_HOURS * 3_600_000);
  const summary: SweepSummary = { uploads: 0, freedBytes: 0, strayFiles: 0 };
  for (;;) {
    const rows = await database.db.transaction((tx) =>
      files.deleteAbandonedUploads(tx, before, BATCH),
    );
    // The rows are gone first: a PATCH arriving now finds no upload (404), then the bytes go.
    for (const row of rows) await removeStagedUpload(config, row.id);
    summary.uploads += rows.length;
    summary.freedBytes += rows.reduce((sum, row) => sum + row.storedBytes, 0);
    if (rows.length < BATCH) break;
  }
  summary.strayFiles =
    (await removeStrayStagedFiles(database, config, before)) +
    (await removeStalePartials(config, before));
  return summary;
}

/**
 * Renditions the local storage was still writing when its process died (kill -9): written under
 * `.partial` and renamed into place only once whole, so they were never served.
 */
async function removeStalePartials(config: Pick<Config, 'filesDir'>, before: Date) {
  const folder = join(config.filesDir, '.partial');
  let removed = 0;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const path = join(folder, name);
    const modified = await stat(path).catch(() => null);
    if (modified?.isFile() && modified.mtime < before) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}

/** Staged files older than `before` that no unfinished upload of any organisation owns. */
async function removeStrayStagedFiles(
  database: TuttiDatabase,
  config: Pick<Config, 'filesDir'>,
  before: Date,
) {
  const folder = stagingDir(config);
  const names = await readdir(folder).catch(() => [] as string[]);
  const old = new Set<string>();
  for (const name of names) {
    const id = name.replace(/\.json$/, '');
    if (!uuid.test(id)) continue;
    const modified = await stat(join(folder, name)).catch(() => null);
    if (modified && modified.mtime < before) old.add(id);
  }
  const ids = [...old];
  let removed = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const part = ids.slice(i, i + BATCH);
    const kept = await files.unfinishedIds(database.db, part);
    for (const id of part.filter((id) => !kept.has(id))) {
      await removeStagedUpload(config, id);
      removed++;
    }
  }
  return removed;
}
