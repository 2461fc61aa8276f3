// A singer's own page (next rehearsals with their RSVP, the season's pieces in their part with
// learning tracks, their status and recordings), their answers, and a section leader's checking
// queue. Scope: an account reaches only the member it is linked to, and the parts it leads.
import type { ChoirLearningStatus, ChoirMyPage, ChoirRsvpAnswer } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { AppError, notFound } from '../../platform/errors';
import { findReadyFiles, type MediaContent, openFileContent } from '../media';
import * as choirs from './choirs.repository';
import { currentSeason } from './choirs.service';
import * as rehearsals from './rehearsals.repository';
import { loadRehearsal } from './rehearsals.service';
import * as repertoire from './repertoire.repository';
import { loadPiece, presentTracks } from './repertoire.service';

/** The member the account is in this choir; another choir's or none: 404. */
export async function myMember(tx: Tx, actor: OrgActor, choirId: string) {
  const member = await choirs.findMember(tx, choirId, { userId: actor.userId });
  if (!member) throw new AppError('CHOIR.NOT_A_MEMBER', 'You are not a member of this choir');
  return member;
}

const presentRecording = (r: Awaited<ReturnType<typeof repertoire.recordingsOf>>[number]) => ({
  id: r.id,
  pieceId: r.pieceId,
  fileId: r.fileId,
  singerNote: r.singerNote,
  review: r.review,
  comment: r.comment,
  createdAt: r.createdAt.toISOString(),
});

export async function myPage({
  actor,
  choirId,
}: {
  actor: OrgActor;
  choirId: string;
}): Promise<ChoirMyPage> {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const member = await myMember(tx, actor, choirId);
    const { season } = await currentSeason(tx, choirId, member.guestSeasonId ?? undefined);
    const parts = await choirs.partsOf(tx, choirId);
    const sites = await choirs.sitesOf(tx, choirId);
    const part = parts.find((p) => p.id === member.partId)!;
    const siteName = new Map(sites.map(({ site }) => [site.id, site.name]));
    const codes = new Map(parts.map((p) => [p.id, p.code]));
    const next = season
      ? await rehearsals.listRehearsals(tx, season.id, {
          when: 'upcoming',
          limit: 8,
          now: new Date(),
          siteId: member.siteId,
        })
      : [];
    const answers = new Map(
      (
        await rehearsals.rsvpsOf(
          tx,
          next.map((r) => r.id),
        )
      )
        .filter((r) => r.memberId === member.id)
        .map((r) => [r.rehearsalId, r.answer]),
    );
    const pieces = season ? await repertoire.piecesOf(tx, season.id) : [];
    const ids = pieces.map((p) => p.id);
    const tracks = await repertoire.tracksOf(tx, ids);
    const divisi = (await repertoire.divisiOf(tx, ids)).filter((d) => d.memberId === member.id);
    const statuses = new Map(
      (await repertoire.learningOf(tx, ids, member.id)).map((l) => [l.pieceId, l.status]),
    );
    const recordings = await repertoire.recordingsOf(tx, ids, member.id);
    return {
      member: {
        id: member.id,
        firstName: member.firstName,
        partId: part.id,
        partCode: part.code,
        partName: part.name,
        siteId: member.siteId,
        siteName: siteName.get(member.siteId) ?? '',
        leads: parts.filter((p) => p.leaderMemberId === member.id).map((p) => p.id),
        contactBy: member.contactBy,
        contactEmail: member.contactEmail,
        locale: member.locale,
      },
      rehearsals: next.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        siteId: r.siteId,
        siteName: r.siteId ? (siteName.get(r.siteId) ?? null) : null,
        note: r.note,
        myAnswer: answers.get(r.id) ?? null,
      })),
      pieces: pieces.map((piece) => {
        const myPartId = divisi.find((d) => d.pieceId === piece.id)?.partId ?? member.partId;
        // Their part's tracks and the full mix: what a singer practises with.
        const mine = tracks.filter(
          (t) => t.pieceId === piece.id && (t.partId === null || t.partId === myPartId),
        );
        return {
          id: piece.id,
          seasonId: piece.seasonId,
          title: piece.title,
          composer: piece.composer,
          edition: piece.edition,
          rights: piece.rights,
          scoreFileId: piece.scoreFileId,
          lyrics: piece.lyrics,
          tracks: presentTracks(mine, codes),
          myPartId,
          myPartCode: codes.get(myPartId) ?? part.code,
          status: statuses.get(piece.id) ?? null,
          recordings: recordings.filter((r) => r.pieceId === piece.id).map(presentRecording),
        };
      }),
    };
  });
}

export async function answerRsvp({
  actor,
  choirId,
  rehearsalId,
  answer,
}: {
  actor: OrgActor;
  choirId: string;
  rehearsalId: string;
  answer: ChoirRsvpAnswer;
}) {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const member = await myMember(tx, actor, choirId);
    const rehearsal = await loadRehearsal(tx, choirId, rehearsalId);
    if (rehearsal.status === 'cancelled') {
      throw new AppError('CHOIR.REHEARSAL_CANCELLED', 'The rehearsal was cancelled');
    }
    await rehearsals.upsertRsvp(tx, actor.orgId, { rehearsalId, memberId: member.id, answer });
    return { id: rehearsalId };
  });
}

export async function markLearning({
  actor,
  choirId,
  pieceId,
  status,
}: {
  actor: OrgActor;
  choirId: string;
  pieceId: string;
  status: ChoirLearningStatus;
}) {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const member = await myMember(tx, actor, choirId);
    await loadPiece(tx, choirId, pieceId);
    await repertoire.upsertLearning(tx, actor.orgId, { pieceId, memberId: member.id, status });
    return { id: pieceId };
  });
}

/** The parts whose recordings the account checks: all for conductors, else those it leads. */
export async function checkedParts(tx: Tx, actor: OrgActor, choirId: string) {
  if (['admin', 'coordinator'].includes(actor.role)) return null;
  const member = await myMember(tx, actor, choirId);
  const led = (await choirs.partsLedBy(tx, [member.id])).map((p) => p.id);
  if (led.length === 0)
    throw new AppError('CHOIR.NOT_SECTION_LEADER', 'You lead no part of this choir');
  return led;
}

export async function checkingQueue({ actor, choirId }: { actor: OrgActor; choirId: string }) {
  requirePermission(actor, 'choirs.check');
  return actor.inTenant(async (tx) => {
    if (!(await choirs.findChoir(tx, choirId))) throw notFound('CHOIR.NOT_FOUND', 'Choir');
    const parts = await checkedParts(tx, actor, choirId);
    const rows = await repertoire.queueOf(tx, choirId, parts);
    return {
      items: rows.map((row) => ({
        ...presentRecording(row.recording),
        pieceTitle: row.pieceTitle,
        member: { id: row.recording.memberId, firstName: row.firstName, lastName: row.lastName },
        partCode: row.partCode,
        siteName: row.siteName,
      })),
    };
  });
}

/** A section leader's verdict; an approved recording makes the singer ready on the piece. */
export async function reviewRecording({
  actor,
  choirId,
  choirRecordingId,
  review,
  comment,
}: {
  actor: OrgActor;
  choirId: string;
  choirRecordingId: string;
  review: 'approved' | 'redo';
  comment: string | null;
}) {
  requirePermission(actor, 'choirs.check');
  return actor.inTenant(async (tx) => {
    const parts = await checkedParts(tx, actor, choirId);
    const found = await repertoire.findRecording(tx, choirRecordingId);
    if (!found || found.choirId !== choirId || (parts && !parts.includes(found.partId))) {
      throw notFound('CHOIR.NOT_FOUND', 'Recording');
    }
    await repertoire.reviewRecording(tx, choirRecordingId, {
      review,
      comment,
      reviewedBy: actor.userId,
    });
    const { pieceId, memberId } = found.recording;
    await repertoire.upsertLearning(tx, actor.orgId, {
      pieceId,
      memberId,
      status: review === 'approved' ? 'ready' : 'learning',
    });
    return { id: choirRecordingId };
  });
}

/**
 * A singer's recording, to listen to: only the singer who sent it, the conductors (admins and
 * coordinators) and the leader of the singer's part; anyone else, as for an unknown one, 404.
 * The file itself is never served by the media routes (its use is `audition`).
 */
export async function openRecording({
  actor,
  config,
  choirId,
  choirRecordingId,
  rangeHeader,
}: {
  actor: OrgActor;
  config: Config;
  choirId: string;
  choirRecordingId: string;
  rangeHeader: string | undefined;
}): Promise<MediaContent> {
  requirePermission(actor, 'choirs.sing');
  const row = await actor.inTenant(async (tx) => {
    const found = await repertoire.findRecording(tx, choirRecordingId);
    const hidden = () => notFound('CHOIR.NOT_FOUND', 'Recording');
    if (!found || found.choirId !== choirId) throw hidden();
    if (!['admin', 'coordinator'].includes(actor.role)) {
      const member = await choirs.findMember(tx, choirId, { userId: actor.userId });
      if (!member) throw hidden();
      const own = member.id === found.recording.memberId;
      const leads =
        !own && (await choirs.partsLedBy(tx, [member.id])).some((part) => part.id === found.partId);
      if (!own && !leads) throw hidden();
    }
    const [file] = await findReadyFiles(tx, actor.orgId, [found.recording.fileId]);
    if (!file) throw hidden();
    return file;
  });
  return openFileContent({ config, row, variants: ['light', 'original'], rangeHeader });
}
