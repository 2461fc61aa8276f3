// The only place with SQL on pieces, learning tracks, divisi, learning statuses and recordings.
import { type Executor, schema } from '@tutti/db';
import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';

const {
  choirPieces,
  choirTracks,
  choirDivisi,
  choirLearning,
  choirRecordings,
  choirSeasons,
  choirMembers,
  participants,
  choirParts,
  choirSites,
  files,
} = schema;

export type PieceRow = typeof choirPieces.$inferSelect;

export async function insertPiece(
  tx: Executor,
  orgId: string,
  values: Omit<typeof choirPieces.$inferInsert, 'id' | 'orgId' | 'position'>,
) {
  const [row] = await tx
    .insert(choirPieces)
    .values({
      ...values,
      orgId,
      position: sql`(select coalesce(max(position) + 1, 0) from choir_pieces where season_id = ${values.seasonId})`,
    })
    .returning({ id: choirPieces.id });
  return row!.id;
}

/** A piece with its choir (through its season), or null. */
export async function findPiece(tx: Executor, pieceId: string) {
  const [row] = await tx
    .select({ piece: choirPieces, choirId: choirSeasons.choirId })
    .from(choirPieces)
    .innerJoin(choirSeasons, eq(choirSeasons.id, choirPieces.seasonId))
    .where(eq(choirPieces.id, pieceId));
  return row ?? null;
}

export async function piecesOf(tx: Executor, seasonId: string) {
  return tx
    .select()
    .from(choirPieces)
    .where(eq(choirPieces.seasonId, seasonId))
    .orderBy(asc(choirPieces.position));
}

export async function insertTrack(
  tx: Executor,
  orgId: string,
  values: Omit<typeof choirTracks.$inferInsert, 'id' | 'orgId'>,
) {
  const [row] = await tx
    .insert(choirTracks)
    .values({ ...values, orgId })
    .returning({ id: choirTracks.id });
  return row!.id;
}

/** Tracks with what a player needs of their file: name, length, state and renditions. */
export async function tracksOf(tx: Executor, pieceIds: string[]) {
  if (pieceIds.length === 0) return [];
  return tx
    .select({
      ...getTableColumns(choirTracks),
      fileName: files.fileName,
      durationMs: files.durationMs,
      fileStatus: files.status,
      variants: files.variants,
    })
    .from(choirTracks)
    .innerJoin(files, eq(files.id, choirTracks.fileId))
    .where(inArray(choirTracks.pieceId, pieceIds))
    .orderBy(sql`${choirTracks.partId} is not null`, asc(files.fileName));
}

export async function upsertDivisi(
  tx: Executor,
  orgId: string,
  value: { pieceId: string; memberId: string; partId: string },
) {
  await tx
    .insert(choirDivisi)
    .values({ ...value, orgId })
    .onConflictDoUpdate({
      target: [choirDivisi.pieceId, choirDivisi.memberId],
      set: { partId: value.partId },
    });
}

export async function divisiOf(tx: Executor, pieceIds: string[]) {
  if (pieceIds.length === 0) return [];
  return tx.select().from(choirDivisi).where(inArray(choirDivisi.pieceId, pieceIds));
}

/** Learning statuses on the pieces: every singer's, one singer's, or those of a few singers. */
export async function learningOf(tx: Executor, pieceIds: string[], memberId?: string | string[]) {
  if (pieceIds.length === 0 || memberId?.length === 0) return [];
  return tx
    .select({
      pieceId: choirLearning.pieceId,
      memberId: choirLearning.memberId,
      status: choirLearning.status,
    })
    .from(choirLearning)
    .where(
      and(
        inArray(choirLearning.pieceId, pieceIds),
        Array.isArray(memberId)
          ? inArray(choirLearning.memberId, memberId)
          : memberId
            ? eq(choirLearning.memberId, memberId)
            : undefined,
      ),
    );
}

export async function upsertLearning(
  tx: Executor,
  orgId: string,
  value: { pieceId: string; memberId: string; status: 'learning' | 'ready_for_check' | 'ready' },
) {
  await tx
    .insert(choirLearning)
    .values({ ...value, orgId })
    .onConflictDoUpdate({
      target: [choirLearning.pieceId, choirLearning.memberId],
      set: { status: value.status, updatedAt: sql`now()` },
    });
}

export async function insertRecording(
  tx: Executor,
  orgId: string,
  values: { pieceId: string; memberId: string; fileId: string; singerNote: string | null },
) {
  const [row] = await tx
    .insert(choirRecordings)
    .values({ ...values, orgId })
    .returning({ id: choirRecordings.id });
  return row!.id;
}

/** A recording counts once its last byte arrived: one still uploading is nobody's to hear. */
const arrived = sql`exists (select 1 from files f
  where f.id = ${choirRecordings.fileId} and f.status <> 'uploading')`;

export async function recordingsOf(tx: Executor, pieceIds: string[], memberId?: string) {
  if (pieceIds.length === 0) return [];
  return tx
    .select()
    .from(choirRecordings)
    .where(
      and(
        inArray(choirRecordings.pieceId, pieceIds),
        memberId ? eq(choirRecordings.memberId, memberId) : undefined,
        arrived,
      ),
    )
    .orderBy(desc(choirRecordings.createdAt));
}

/** Recordings of singers of the parts, for a section leader: pending first, then the latest. */
export async function queueOf(tx: Executor, choirId: string, partIds: string[] | null) {
  return tx
    .select({
      recording: choirRecordings,
      pieceTitle: choirPieces.title,
      firstName: participants.firstName,
      lastName: participants.lastName,
      partCode: choirParts.code,
      siteName: choirSites.name,
    })
    .from(choirRecordings)
    .innerJoin(choirPieces, eq(choirPieces.id, choirRecordings.pieceId))
    .innerJoin(choirMembers, eq(choirMembers.id, choirRecordings.memberId))
    .innerJoin(participants, eq(participants.id, choirMembers.participantId))
    .innerJoin(choirParts, eq(choirParts.id, choirMembers.partId))
    .innerJoin(choirSites, eq(choirSites.id, choirMembers.siteId))
    .where(
      and(
        eq(choirMembers.choirId, choirId),
        partIds ? inArray(choirMembers.partId, partIds) : undefined,
        arrived,
      ),
    )
    .orderBy(sql`${choirRecordings.review} = 'pending' desc`, desc(choirRecordings.createdAt))
    .limit(200);
}

/** A recording with the choir and primary part of its singer, or null. */
export async function findRecording(tx: Executor, recordingId: string) {
  const [row] = await tx
    .select({
      recording: choirRecordings,
      choirId: choirMembers.choirId,
      partId: choirMembers.partId,
    })
    .from(choirRecordings)
    .innerJoin(choirMembers, eq(choirMembers.id, choirRecordings.memberId))
    .where(eq(choirRecordings.id, recordingId));
  return row ?? null;
}

export async function reviewRecording(
  tx: Executor,
  recordingId: string,
  values: { review: 'approved' | 'redo'; comment: string | null; reviewedBy: string },
) {
  await tx
    .update(choirRecordings)
    .set({ ...values, reviewedAt: sql`now()` })
    .where(eq(choirRecordings.id, recordingId));
}

/** Approved recordings per piece and member: a checked singer counts as ready. */
export async function approvedOf(tx: Executor, pieceIds: string[]) {
  if (pieceIds.length === 0) return [];
  return tx
    .selectDistinct({ pieceId: choirRecordings.pieceId, memberId: choirRecordings.memberId })
    .from(choirRecordings)
    .where(and(inArray(choirRecordings.pieceId, pieceIds), eq(choirRecordings.review, 'approved')));
}

/** The recording a file holds, with its singer's account: whose upload it is. */
export async function recordingOfFile(tx: Executor, fileId: string) {
  const [row] = await tx
    .select({
      pieceId: choirRecordings.pieceId,
      memberId: choirRecordings.memberId,
      choirId: choirMembers.choirId,
      userId: choirMembers.userId,
    })
    .from(choirRecordings)
    .innerJoin(choirMembers, eq(choirMembers.id, choirRecordings.memberId))
    .where(eq(choirRecordings.fileId, fileId));
  return row ?? null;
}
