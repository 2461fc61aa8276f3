// Media files: listing, quota, starting and finishing resumable uploads, streaming, deleting.
import { randomUUID } from 'node:crypto';
import {
  can,
  FileNameSchema,
  type MediaUse,
  MediaUseSchema,
  type MediaVariantName,
  mediaUses,
} from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { AppError, notFound } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import { fileStorageFor, storageKey } from '../../platform/storage';
import { hasFfmpeg } from './ffmpeg';
import { type MediaContent, openFileContent } from './file-content';
import { presentMedia } from './media.presenter';
import * as files from './media.repository';
import { MEDIA_PROCESS_JOB, type MediaJob } from './media-processing';
import { requireMediaSpace } from './media-quota';
import { tooLarge } from './media-sniffing';
import { removeStagedUpload } from './media-staging';

const mediaNotFound = () => notFound('MEDIA.NOT_FOUND', 'Media file');

function invalidUpload(path: string, message: string) {
  return new AppError('MEDIA.UPLOAD_INVALID', message, { fields: [{ path, message }] });
}

export async function listMedia({ actor, config }: { actor: OrgActor; config: Config }) {
  requirePermission(actor, 'media.read');
  const readyOnly = !can(actor.role, 'media.manage');
  const rows = await actor.inTenant((tx) => files.listFiles(tx, actor.orgId, { readyOnly }));
  return { items: rows.map(presentMedia), transcoding: hasFfmpeg(config.media.ffmpeg) };
}

/** A file as its reader may see it: managers follow processing, others see it once published. */
async function visibleMedia(actor: OrgActor, mediaId: string) {
  const row = await findMediaFile(actor, mediaId);
  if (!row || (row.status !== 'ready' && !can(actor.role, 'media.manage'))) throw mediaNotFound();
  return row;
}

/** A file of the media pages: auditions are served by their call only, to its jurors. */
async function findMediaFile(actor: OrgActor, mediaId: string) {
  const row = await actor.inTenant((tx) => files.findFile(tx, actor.orgId, mediaId));
  return row?.use === 'audition' ? null : row;
}

export async function getMedia({ actor, mediaId }: { actor: OrgActor; mediaId: string }) {
  requirePermission(actor, 'media.read');
  return presentMedia(await visibleMedia(actor, mediaId));
}

export async function mediaUsage({ actor, config }: { actor: OrgActor; config: Config }) {
  requirePermission(actor, 'media.readUsage');
  const used = await actor.inTenant((tx) => files.usage(tx, actor.orgId));
  return { usedBytes: used.usedBytes, quotaBytes: used.quotaBytes ?? config.media.quotaBytes };
}

/** The `Upload-Metadata` header of tus: `key base64value,key base64value`. */
function readUploadMetadata(header: string | undefined) {
  const values: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const [key, value] = pair.trim().split(' ');
    if (key) values[key] = Buffer.from(value ?? '', 'base64').toString('utf8');
  }
  return values;
}

/**
 * Checks an upload before any byte is sent: the use, the name, the declared length against the
 * use's limit and against the organisation's quota (decided one at a time per organisation), and
 * reserves that length until the file is processed.
 */
export async function beginUpload({
  actor,
  config,
  uploadLength,
  uploadMetadata,
}: {
  actor: OrgActor;
  config: Config;
  uploadLength: string | undefined;
  uploadMetadata: string | undefined;
}) {
  requirePermission(actor, 'media.uploadRecording');
  const metadata = readUploadMetadata(uploadMetadata);
  const use = MediaUseSchema.safeParse(metadata.use);
  if (!use.success) {
    throw invalidUpload(
      'headers.upload-metadata.use',
      `One of: ${Object.keys(mediaUses).join(', ')}`,
    );
  }
  // Artists send the recordings of their sessions only; the media library is the managers'.
  if (use.data !== 'recording' && !can(actor.role, 'media.manage')) {
    throw new AppError('AUTH.FORBIDDEN', 'Only recordings may be uploaded with this role');
  }
  const fileName = FileNameSchema.safeParse(metadata.filename);
  if (!fileName.success) {
    throw invalidUpload(
      'headers.upload-metadata.filename',
      'A file name without slashes or control characters',
    );
  }
  const length = /^\d{1,15}$/.test(uploadLength ?? '') ? Number(uploadLength) : Number.NaN;
  if (!(length > 0)) throw invalidUpload('headers.upload-length', 'The size of the file in bytes');
  if (length > mediaUses[use.data].maxBytes) throw tooLarge(use.data, 'headers.upload-length');
  const mediaId = randomUUID();
  await actor.inTenant(async (tx) => {
    await requireMediaSpace(tx, actor.orgId, {
      bytes: length,
      defaultQuotaBytes: config.media.quotaBytes,
      field: 'headers.upload-length',
      lock: true,
    });
    await files.insertFile(tx, {
      id: mediaId,
      orgId: actor.orgId,
      fileName: fileName.data,
      mediaType: 'application/octet-stream',
      sizeBytes: length,
      sha256: '',
      storageKey: storageKey(actor.orgId, mediaId),
      uploadedBy: actor.userId,
      use: use.data as MediaUse,
      status: 'uploading',
      progress: 0,
      storedBytes: length,
    });
  });
  return mediaId;
}

/** An upload still receiving bytes: any of the organisation for a manager, else one's own. */
export async function requireOpenUpload({ actor, mediaId }: { actor: OrgActor; mediaId: string }) {
  requirePermission(actor, 'media.uploadRecording');
  const row = await findMediaFile(actor, mediaId);
  if (row?.status !== 'uploading') throw mediaNotFound();
  if (!can(actor.role, 'media.manage') && row.uploadedBy !== actor.userId) throw mediaNotFound();
}

/** Called when the last byte arrived: the file waits for its processing job. */
export async function finishUpload(deps: { jobs: JobQueue; actor: OrgActor; mediaId: string }) {
  const { actor, mediaId } = deps;
  await actor.inTenant((tx) =>
    files.updateFile(tx, actor.orgId, mediaId, { status: 'processing', progress: 0 }, 'uploading'),
  );
  await deps.jobs.send<MediaJob>(
    MEDIA_PROCESS_JOB,
    { orgId: actor.orgId, mediaId },
    { singletonKey: mediaId },
  );
}

/** Removes a file whatever its state: its row first, then its renditions and staged bytes. */
export async function deleteMedia({
  actor,
  config,
  mediaId,
}: {
  actor: OrgActor;
  config: Config;
  mediaId: string;
}) {
  requirePermission(actor, 'media.manage');
  if (!(await findMediaFile(actor, mediaId))) throw mediaNotFound();
  const keys = await actor.inTenant(async (tx) => {
    const holds = await files.holdsOf(tx, [mediaId]);
    if (holds.length > 0) {
      throw new AppError(
        'MEDIA.SHARED_IN_LIBRARY',
        `Shared in a network library (${holds.map((h) => h.label).join('; ')}): withdraw it there first`,
        { details: { sharedAs: holds.map((h) => h.label) } },
      );
    }
    return files.deleteFiles(tx, actor.orgId, [mediaId]);
  });
  if (keys.length === 0) throw mediaNotFound();
  const storage = fileStorageFor(config);
  await Promise.allSettled([
    ...keys.map((key) => storage.remove(key)),
    removeStagedUpload(config, mediaId),
  ]);
}

/** A published rendition, whole or the one byte range asked for (HTTP Range, RFC 9110). */
export async function openMediaContent({
  actor,
  config,
  mediaId,
  variant,
  rangeHeader,
}: {
  actor: OrgActor;
  config: Config;
  mediaId: string;
  variant: MediaVariantName;
  rangeHeader: string | undefined;
}): Promise<MediaContent> {
  requirePermission(actor, 'media.read');
  const row = await findMediaFile(actor, mediaId);
  if (!row) throw mediaNotFound();
  return openFileContent({ config, row, variants: [variant], rangeHeader });
}
