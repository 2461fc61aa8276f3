// A video's captions: one WebVTT track per language, added, replaced or removed by whoever manages
// the spaces; checked cue by cue on the way in, so that a family's player never meets a broken
// file. Families read them beside the video, as long as the video is shown.
import { MAX_CAPTION_TRACKS } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import * as captions from './captions.repository';
import * as repository from './resources.repository';
import { loadResource } from './resources.service';
import { checkWebVtt } from './webvtt';

/** Errors listed back to the person, first ones first: enough to fix a file. */
const ERRORS_SHOWN = 5;

export async function setCaptions({
  actor,
  resourceId,
  lang,
  vtt,
}: {
  actor: OrgActor;
  resourceId: string;
  lang: string;
  vtt: string;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  const check = checkWebVtt(vtt);
  if (check.errors.length > 0 || check.cueCount === 0) {
    const fields = check.errors.slice(0, ERRORS_SHOWN).map((error) => ({
      path: 'body.vtt',
      message: `Line ${error.line}: ${error.message}`,
    }));
    throw new AppError('SPACE.CAPTIONS_INVALID', 'Not a valid WebVTT file', {
      fields: fields.length > 0 ? fields : [{ path: 'body.vtt', message: 'No cue in the file' }],
    });
  }
  return actor.inTenant(async (tx) => {
    const row = await repository.findResource(tx, resourceId);
    if (!row) throw notFound('SPACE_RESOURCE.NOT_FOUND', 'Resource');
    if (row.kind !== 'video') {
      throw new AppError('SPACE.NOT_CAPTIONABLE', 'Only a video has captions', {
        fields: [{ path: 'params.resourceId', message: `A ${row.kind}, not a video` }],
      });
    }
    const tracks = (await captions.findCaptionTracks(tx, [resourceId])).get(resourceId) ?? [];
    if (!tracks.some((track) => track.lang === lang) && tracks.length >= MAX_CAPTION_TRACKS) {
      throw new AppError('SPACE.TOO_MANY_CAPTIONS', `At most ${MAX_CAPTION_TRACKS} languages`);
    }
    await captions.upsertCaptions(tx, {
      orgId: actor.orgId,
      resourceId,
      lang,
      vtt,
      cueCount: check.cueCount,
    });
    return loadResource(tx, actor.orgId, resourceId);
  });
}

export async function removeCaptions({
  actor,
  resourceId,
  lang,
}: {
  actor: OrgActor;
  resourceId: string;
  lang: string;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  return actor.inTenant(async (tx) => {
    if (!(await repository.findResource(tx, resourceId))) {
      throw notFound('SPACE_RESOURCE.NOT_FOUND', 'Resource');
    }
    if (!(await captions.deleteCaptions(tx, resourceId, lang))) {
      throw notFound('SPACE_RESOURCE.NOT_FOUND', 'Captions');
    }
    return loadResource(tx, actor.orgId, resourceId);
  });
}
