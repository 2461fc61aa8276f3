// A season's repertoire for the conductor: pieces with edition and rights, learning tracks per
// part (media files of the organisation) and per-piece part exceptions (divisi).
import type {
  ChoirDivisiBodySchema,
  ChoirPieceBodySchema,
  ChoirTrackBodySchema,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import * as choirs from './choirs.repository';
import { currentSeason, loadChoir } from './choirs.service';
import * as repertoire from './repertoire.repository';

const missing = (path: string, what: string) =>
  new AppError('CHOIR.REFERENCE_NOT_FOUND', `${what} not found`, {
    fields: [{ path, message: `A ${what} of the choir` }],
  });

export async function loadPiece(tx: Tx, choirId: string, pieceId: string) {
  const found = await repertoire.findPiece(tx, pieceId);
  if (!found || found.choirId !== choirId) throw notFound('CHOIR.NOT_FOUND', 'Piece');
  return found.piece;
}

export function presentTracks(
  tracks: Awaited<ReturnType<typeof repertoire.tracksOf>>,
  codes: Map<string, string>,
) {
  return tracks.map((track) => ({
    id: track.id,
    mix: track.mix,
    partId: track.partId,
    partCode: track.partId ? (codes.get(track.partId) ?? null) : null,
    fileId: track.fileId,
    fileName: track.fileName,
    durationMs: track.durationMs,
    ready: track.fileStatus === 'ready',
    light: track.variants.some((variant) => variant.name === 'light'),
  }));
}

export async function listPieces({
  actor,
  choirId,
  seasonId,
}: {
  actor: OrgActor;
  choirId: string;
  seasonId?: string | undefined;
}) {
  requirePermission(actor, 'choirs.read');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const { season } = await currentSeason(tx, choirId, seasonId);
    if (!season) return { items: [], total: 0 };
    const pieces = await repertoire.piecesOf(tx, season.id);
    const tracks = await repertoire.tracksOf(
      tx,
      pieces.map((p) => p.id),
    );
    const codes = new Map((await choirs.partsOf(tx, choirId)).map((p) => [p.id, p.code]));
    const items = pieces.map((piece) => ({
      id: piece.id,
      seasonId: piece.seasonId,
      title: piece.title,
      composer: piece.composer,
      edition: piece.edition,
      rights: piece.rights,
      scoreFileId: piece.scoreFileId,
      lyrics: piece.lyrics,
      tracks: presentTracks(
        tracks.filter((t) => t.pieceId === piece.id),
        codes,
      ),
    }));
    return { items, total: items.length };
  });
}

export async function addPiece({
  actor,
  choirId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  input: z.output<typeof ChoirPieceBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    if (!(await choirs.idsInChoir(tx, 'seasons', choirId, [input.seasonId])).size) {
      throw missing('body.seasonId', 'season');
    }
    if (input.scoreFileId && !(await choirs.existingIds(tx, 'files', [input.scoreFileId])).size) {
      throw missing('body.scoreFileId', 'file');
    }
    return { id: await repertoire.insertPiece(tx, actor.orgId, input) };
  });
}

export async function addTrack({
  actor,
  choirId,
  pieceId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  pieceId: string;
  input: z.output<typeof ChoirTrackBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadPiece(tx, choirId, pieceId);
    if ((input.partId === null) !== (input.mix === 'full_mix')) {
      throw new AppError('CHOIR.TRACK_PART', 'A part track names its part', {
        fields: [{ path: 'body.partId', message: 'A part, unless the track is the full mix' }],
      });
    }
    if (input.partId && !(await choirs.idsInChoir(tx, 'parts', choirId, [input.partId])).size) {
      throw missing('body.partId', 'part');
    }
    if (!(await choirs.existingIds(tx, 'files', [input.fileId])).size) {
      throw missing('body.fileId', 'file');
    }
    return { id: await repertoire.insertTrack(tx, actor.orgId, { pieceId, ...input }) };
  });
}

export async function setDivisi({
  actor,
  choirId,
  pieceId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  pieceId: string;
  input: z.output<typeof ChoirDivisiBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadPiece(tx, choirId, pieceId);
    if (!(await choirs.findMember(tx, choirId, { memberId: input.memberId }))) {
      throw missing('body.memberId', 'member');
    }
    if (!(await choirs.idsInChoir(tx, 'parts', choirId, [input.partId])).size) {
      throw missing('body.partId', 'part');
    }
    await repertoire.upsertDivisi(tx, actor.orgId, { pieceId, ...input });
    return { id: pieceId };
  });
}
