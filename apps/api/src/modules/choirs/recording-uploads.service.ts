// A singer's recording of their part, sent for their section leader to check: the same resumable
// uploads (tus) and processing as an applicant's recording (metadata stripped, a light copy
// with normalised loudness). The recording is written when the upload starts, so that its later
// requests know whose it is; it shows on the singer's page and in the checking queue once its
// last byte arrived, and the piece then waits for a check (ready_for_check).
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { notFound } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import { beginAuditionUpload, finishAuditionUpload, isAuditionUploading } from '../media';
import * as repertoire from './repertoire.repository';
import { loadPiece } from './repertoire.service';
import { myMember } from './singers.service';

export async function beginRecording({
  actor,
  config,
  choirId,
  pieceId,
  uploadLength,
}: {
  actor: OrgActor;
  config: Config;
  choirId: string;
  pieceId: string;
  uploadLength: string | undefined;
}) {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const member = await myMember(tx, actor, choirId);
    const piece = await loadPiece(tx, choirId, pieceId);
    const mediaId = await beginAuditionUpload(tx, {
      config,
      orgId: actor.orgId,
      fileName: `${piece.title} — ${member.firstName}`,
      uploadLength,
    });
    await repertoire.insertRecording(tx, actor.orgId, {
      pieceId,
      memberId: member.id,
      fileId: mediaId,
      singerNote: null,
    });
    return mediaId;
  });
}

/** The upload, while it is the account's own in this choir and still receives bytes; else 404. */
async function ownUpload(tx: Tx, actor: OrgActor, choirId: string, mediaId: string) {
  const row = await repertoire.recordingOfFile(tx, mediaId);
  if (
    !row ||
    row.choirId !== choirId ||
    row.userId !== actor.userId ||
    !(await isAuditionUploading(tx, actor.orgId, mediaId))
  ) {
    throw notFound('MEDIA.NOT_FOUND', 'Upload');
  }
  return row;
}

export async function requireOwnUpload({
  actor,
  choirId,
  mediaId,
}: {
  actor: OrgActor;
  choirId: string;
  mediaId: string;
}) {
  requirePermission(actor, 'choirs.sing');
  await actor.inTenant((tx) => ownUpload(tx, actor, choirId, mediaId));
}

/** The last byte arrived: the file goes to processing and the piece waits for a check. */
export async function finishRecording({
  actor,
  jobs,
  choirId,
  mediaId,
}: {
  actor: OrgActor;
  jobs: JobQueue;
  choirId: string;
  mediaId: string;
}) {
  requirePermission(actor, 'choirs.sing');
  const send = await actor.inTenant(async (tx) => {
    const row = await ownUpload(tx, actor, choirId, mediaId);
    await repertoire.upsertLearning(tx, actor.orgId, {
      pieceId: row.pieceId,
      memberId: row.memberId,
      status: 'ready_for_check',
    });
    return finishAuditionUpload(tx, { jobs, orgId: actor.orgId, mediaId });
  });
  await send();
}
