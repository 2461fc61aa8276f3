// What a space serves besides its pages: its addresses, a shown item's file (a rendition played in
// the page, or the original as a download, with ranges), and the playlist for music players.
// Every file request checks again that its item is shown: a consent withdrawn a moment ago, an
// item unpublished or past its window, answers 404 at once.

import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { Tx } from '@tutti/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import type { PublicLanguage } from '../../platform/public-pages';
import { findReadyFiles, openFileContent, sendFileContent } from '../media';
import { findCaptionsText } from './captions.repository';
import { type ExportTrack, toM3u, toXspf } from './playlist-export';
import type { SpaceUrls } from './space-parts';
import type { SpaceView, shownItem } from './space-reads';

type Variant = 'light' | 'original' | 'w960';

export function spaceUrls(base: string, groupLink = false): SpaceUrls {
  return {
    ...(groupLink
      ? {
          calendar: `${base}/calendrier.ics`,
          reminders: `${base}/rappels`,
          offline: `${base}/hors-ligne`,
        }
      : {}),
    home: base,
    listen: (page = 1) => (page > 1 ? `${base}/ecouter?page=${page}` : `${base}/ecouter`),
    resources: `${base}/ressources`,
    item: (id) => `${base}/r/${id}`,
    media: (id, variant = 'original') =>
      variant === 'original' ? `${base}/media/${id}` : `${base}/media/${id}?v=${variant}`,
    download: (id) => `${base}/media/${id}?download`,
    captions: (id, lang) => `${base}/media/${id}/sous-titres/${lang}`,
    m3u: `${base}/playlist.m3u8`,
    xspf: `${base}/playlist.xspf`,
    programme: (sessionId) => `${base}/programme/${sessionId}`,
  };
}

/** The playlist's tracks for a music player, with absolute addresses. */
export function exportTracks(
  view: SpaceView,
  urls: SpaceUrls,
  lang: PublicLanguage,
): ExportTrack[] {
  return view.playlist.flatMap((item) => {
    const { row, file } = item.view;
    const location = row.url ?? (file ? urls.media(row.id) : null);
    if (!location) return [];
    return [
      {
        title: row.embedTitle ?? row.title,
        location,
        creator: row.embedAuthor,
        durationMs: file?.durationMs ?? null,
        annotation: VOCABULARY[lang].spaceLicence[row.licence],
      },
    ];
  });
}

/** A shown item's file: a rendition played in the page, or the original as a download. */
export async function sendSpaceFile(
  deps: Pick<AppDeps, 'config' | 'database'>,
  request: FastifyRequest,
  reply: FastifyReply,
  orgId: string,
  item: NonNullable<ReturnType<typeof shownItem>>,
) {
  const query = request.query as { v?: string; download?: string };
  const { row, file } = item.view;
  if (!file) throw new AppError('MEDIA.NOT_FOUND', 'No file');
  const wanted: Variant = query.v === 'light' || query.v === 'w960' ? query.v : 'original';
  const playable = /^(audio|video|image)\//.test(file.mediaType);
  const download = query.download !== undefined;
  // What plays in the page is never offered as a download unless the item allows it;
  // a document is opened by downloading it.
  if (download && playable && !row.downloadable) {
    throw new AppError('MEDIA.NOT_FOUND', 'Not downloadable');
  }
  const [fileRow] = await deps.database.withTenant({ orgId, userId: null }, (tx: Tx) =>
    findReadyFiles(tx, orgId, [file.id]),
  );
  if (!fileRow) throw new AppError('MEDIA.NOT_FOUND', 'No file');
  return sendFileContent(
    reply,
    () =>
      openFileContent({
        config: deps.config,
        row: fileRow,
        variants: download ? ['original'] : [wanted, 'original'],
        rangeHeader: request.headers.range,
        attachment: download,
      }),
    { 'cache-control': 'private, no-store' },
  );
}

/** A shown video's captions in one language, as its WebVTT file. */
export async function sendSpaceCaptions(
  deps: Pick<AppDeps, 'database'>,
  reply: FastifyReply,
  orgId: string,
  item: NonNullable<ReturnType<typeof shownItem>>,
  lang: string,
) {
  const { row } = item.view;
  const captions = item.view.captions.some((track) => track.lang === lang)
    ? await deps.database.withTenant({ orgId, userId: null }, (tx: Tx) =>
        findCaptionsText(tx, row.id, lang),
      )
    : null;
  if (!captions) throw new AppError('MEDIA.NOT_FOUND', 'No captions in this language');
  return reply
    .type('text/vtt; charset=utf-8')
    .headers({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' })
    .send(captions.vtt);
}

/** The playlist as an M3U or XSPF file, with absolute addresses under `urls`. */
export function sendPlaylist(
  reply: FastifyReply,
  format: 'm3u8' | 'xspf',
  view: SpaceView,
  urls: SpaceUrls,
  lang: PublicLanguage,
) {
  const title = `${view.frame.name} — ${view.frame.groupName}`;
  const tracks = exportTracks(view, urls, lang);
  return reply
    .type(
      format === 'm3u8' ? 'audio/x-mpegurl; charset=utf-8' : 'application/xspf+xml; charset=utf-8',
    )
    .headers({
      'cache-control': 'private, no-store',
      'content-disposition': `attachment; filename="playlist.${format}"`,
      'referrer-policy': 'no-referrer',
    })
    .send(format === 'm3u8' ? toM3u(title, tracks) : toXspf(title, tracks));
}

/** The instance's address, for links that leave the page (playlists, calendar feeds). */
export function absoluteBase(config: AppDeps['config'], request: FastifyRequest) {
  return config.publicUrlConfigured ? config.publicUrl : `${request.protocol}://${request.host}`;
}
