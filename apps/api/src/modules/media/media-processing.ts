// The durable job that makes an uploaded file publishable: sniff, clean, resize or transcode,
// store the renditions, then publish them in one transaction. Until that commit nobody but the
// managers sees the file, and they see only its status; the uploaded bytes are never served.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mediaUses } from '@tutti/contracts';
import type { StoredVariant, TuttiDatabase, Tx } from '@tutti/db';
import type { Config } from '../../platform/config';
import { fileStorageFor, storageKey } from '../../platform/storage';
import { type FfmpegHooks, hasFfmpeg } from './ffmpeg';
import * as files from './media.repository';
import { NotPublishable, prepareRenditions } from './media-renditions';
import { isAccepted, sniffFile } from './media-sniffing';
import { removeStagedUpload, stagedUploadPath } from './media-staging';

export const MEDIA_PROCESS_JOB = 'media.process';
export type MediaJob = { orgId: string; mediaId: string };

export type ProcessingDeps = { database: TuttiDatabase; config: Config };

/** Processes one upload; a second run of the same job (retry after a crash) redoes it whole. */
export async function processMedia(deps: ProcessingDeps, job: MediaJob, hooks: FfmpegHooks = {}) {
  const { database, config } = deps;
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) =>
    database.withTenant({ orgId: job.orgId, userId: null }, work);
  const update = (values: Parameters<typeof files.updateFile>[3]) =>
    inTenant((tx) => files.updateFile(tx, job.orgId, job.mediaId, values, 'processing'));
  const row = await inTenant((tx) => files.findFile(tx, job.orgId, job.mediaId));
  if (row?.status !== 'processing') return { skipped: row?.status ?? 'deleted' };

  const staged = stagedUploadPath(config, job.mediaId);
  const mediaType = await sniffFile(staged);
  if (!isAccepted(row.use, mediaType)) {
    await update({
      status: 'rejected',
      problem: 'FILE.UNSUPPORTED_TYPE',
      storedBytes: 0,
      progress: 100,
    });
    await removeStagedUpload(config, job.mediaId);
    return { rejected: 'FILE.UNSUPPORTED_TYPE' };
  }

  const workDir = await mkdtemp(join(tmpdir(), 'tutti-media-'));
  const storage = fileStorageFor(config);
  const written: string[] = [];
  try {
    let shown = 0;
    const prepared = await prepareRenditions({
      input: staged,
      mediaType,
      workDir,
      ffmpeg: hasFfmpeg(config.media.ffmpeg) ? config.media.ffmpeg : null,
      hooks: {
        ...hooks,
        onProgress: (share) => {
          const percent = Math.floor(share * 90);
          if (percent >= shown + 10) {
            shown = percent;
            void update({ progress: percent }).catch(() => undefined);
          }
        },
      },
    });
    const variants: StoredVariant[] = [];
    let sha256 = '';
    for (const rendition of prepared.renditions) {
      const key = storageKey(
        job.orgId,
        job.mediaId,
        rendition.name === 'original' ? undefined : rendition.name,
      );
      written.push(key);
      const stored = await storage.write(key, createReadStream(rendition.path), {
        maxBytes: 2 * mediaUses[row.use].maxBytes,
      });
      if (rendition.name === 'original') sha256 = stored.sha256;
      variants.push({ ...rendition, storageKey: key, sizeBytes: stored.sizeBytes });
    }
    const published = await update({
      status: 'ready',
      progress: 100,
      mediaType,
      sizeBytes: variants[0]!.sizeBytes,
      sha256,
      variants,
      storedBytes: variants.reduce((sum, v) => sum + v.sizeBytes, 0),
      durationMs: prepared.durationMs,
      problem: null,
    });
    if (!published) {
      await Promise.allSettled(written.map((key) => storage.remove(key)));
      return { skipped: 'deleted while processing' };
    }
    await removeStagedUpload(config, job.mediaId);
    return { published: variants.length };
  } catch (error) {
    await Promise.allSettled(written.map((key) => storage.remove(key)));
    const problem = error instanceof NotPublishable ? error.problem : 'MEDIA.PROCESSING_FAILED';
    await update({ status: 'failed', problem, storedBytes: 0, progress: 100 });
    await removeStagedUpload(config, job.mediaId);
    return { failed: problem };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
