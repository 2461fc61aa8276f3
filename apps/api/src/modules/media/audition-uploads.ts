// Uploads of applicants' recordings for the calls module: the same resumable uploads, checks and
// processing (metadata stripped, loudness-normalised light copy) as the media pages, under a name
// the caller gives (the applicant's code, never the file's own name) and the `audition` use.
import { randomUUID } from 'node:crypto';
import { mediaUses } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import { storageKey } from '../../platform/storage';
import * as files from './media.repository';
import { MEDIA_PROCESS_JOB, type MediaJob } from './media-processing';
import { requireMediaSpace } from './media-quota';
import { tooLarge } from './media-sniffing';

/** The declared length, checked against the audition limit and the quota; returns the file id. */
export async function beginAuditionUpload(
  tx: Executor,
  options: { config: Config; orgId: string; fileName: string; uploadLength: string | undefined },
) {
  const { config, orgId } = options;
  const length = /^\d{1,15}$/.test(options.uploadLength ?? '')
    ? Number(options.uploadLength)
    : Number.NaN;
  if (!(length > 0)) {
    throw new AppError('MEDIA.UPLOAD_INVALID', 'The size of the file in bytes', {
      fields: [{ path: 'headers.upload-length', message: 'The size of the file in bytes' }],
    });
  }
  if (length > mediaUses.audition.maxBytes) throw tooLarge('audition', 'headers.upload-length');
  await requireMediaSpace(tx, orgId, {
    bytes: length,
    defaultQuotaBytes: config.media.quotaBytes,
    field: 'headers.upload-length',
    lock: true,
  });
  const mediaId = randomUUID();
  await files.insertFile(tx, {
    id: mediaId,
    orgId,
    fileName: options.fileName,
    mediaType: 'application/octet-stream',
    sizeBytes: length,
    sha256: '',
    storageKey: storageKey(orgId, mediaId),
    use: 'audition',
    status: 'uploading',
    progress: 0,
    storedBytes: length,
  });
  return mediaId;
}

/** Whether this audition still receives bytes. */
export async function isAuditionUploading(tx: Executor, orgId: string, mediaId: string) {
  const row = await files.findFile(tx, orgId, mediaId);
  return row?.use === 'audition' && row.status === 'uploading';
}

/** The last byte arrived: the file waits for the processing job every upload goes through. */
export async function finishAuditionUpload(
  tx: Executor,
  options: { jobs: JobQueue; orgId: string; mediaId: string },
) {
  await files.updateFile(
    tx,
    options.orgId,
    options.mediaId,
    { status: 'processing', progress: 0 },
    'uploading',
  );
  return () =>
    options.jobs.send<MediaJob>(
      MEDIA_PROCESS_JOB,
      { orgId: options.orgId, mediaId: options.mediaId },
      { singletonKey: options.mediaId },
    );
}
