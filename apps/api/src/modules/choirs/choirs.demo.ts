// The demo choir's files: learning tracks of the first piece (the full mix and each part alone),
// and a few first altos' recordings waiting for their section leader, so that the singer's
// player and the checking queue have something to play. Made in code and processed like any
// upload. Run after the demo organisation is seeded.
import { schema, type TuttiDatabase } from '@tutti/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Config } from '../../platform/config';
import type { JobQueue } from '../../platform/jobs/queue';
import { type DemoFile, melodyWav, seedDemoFiles } from '../media';

type Note = Parameters<typeof melodyWav>[0][number];

/** "Dona nobis pacem", a line per register (the parts of a canon enter in turn). */
const lines: Record<string, Note[]> = {
  S: ['G4', 'A4', 'G4', 'E4', 'F4', 'G4', 'A4', 'G4', 'C5', 'A4', 'G4', 'E4'],
  A: ['E4', 'F4', 'E4', 'C4', 'D4', 'E4', 'F4', 'E4', 'G4', 'F4', 'E4', 'C4'],
  T: ['C4', 'D4', 'C4', 'E4', 'D4', 'C4', 'D4', 'E4', 'F4', 'D4', 'C4', 'C4'],
  B: ['C4', 'C4', 'G4', 'C4', 'D4', 'D4', 'G4', 'G4', 'C4', 'F4', 'G4', 'C4'],
};
const BEAT = 0.6;
/** Recordings waiting for the first altos' section leader: the singers' notes. */
const recordingNotes = ['Première prise, le passage « pacem » est fragile.', null, null] as const;

async function demoChoir(database: TuttiDatabase) {
  const [choir] = await database.db
    .select({ id: schema.choirs.id, orgId: schema.choirs.orgId })
    .from(schema.choirs)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.choirs.orgId))
    .where(eq(schema.organisations.isDemo, true))
    .limit(1);
  if (!choir) return null;
  const [piece] = await database.db
    .select({ id: schema.choirPieces.id })
    .from(schema.choirPieces)
    .innerJoin(schema.choirSeasons, eq(schema.choirSeasons.id, schema.choirPieces.seasonId))
    .where(eq(schema.choirSeasons.choirId, choir.id))
    .orderBy(asc(schema.choirPieces.position))
    .limit(1);
  const parts = await database.db
    .select({
      id: schema.choirParts.id,
      code: schema.choirParts.code,
      leaderMemberId: schema.choirParts.leaderMemberId,
    })
    .from(schema.choirParts)
    .where(eq(schema.choirParts.choirId, choir.id))
    .orderBy(asc(schema.choirParts.position));
  return piece ? { ...choir, pieceId: piece.id, parts } : null;
}

export async function seedDemoChoirFiles(deps: {
  database: TuttiDatabase;
  config: Config;
  jobs?: JobQueue;
}) {
  const choir = await demoChoir(deps.database);
  if (!choir) return null;
  const { orgId, pieceId, parts } = choir;
  const lineOf = (code: string) => lines[code.charAt(0)] ?? lines.S!;
  const full = parts.flatMap((part, i) => (i % 2 === 0 ? lineOf(part.code) : []));
  const trackFiles: DemoFile[] = [
    {
      fileName: 'Dona nobis pacem — tutti.wav',
      use: 'recording',
      bytes: () => melodyWav(full, BEAT / 2),
    },
    ...parts.map(
      (part): DemoFile => ({
        fileName: `Dona nobis pacem — ${part.code} seul.wav`,
        use: 'recording',
        bytes: () => melodyWav(lineOf(part.code), BEAT),
      }),
    ),
  ];
  const trackIds = await seedDemoFiles({ ...deps, orgId, files: trackFiles });

  // Three first altos who sent their part; not the demo accounts, who are linked to a login.
  const altos = parts.find((part) => part.code === 'A1');
  const singers = altos
    ? await deps.database.db
        .select({ id: schema.choirMembers.id })
        .from(schema.choirMembers)
        .where(
          and(
            eq(schema.choirMembers.partId, altos.id),
            isNull(schema.choirMembers.userId),
            isNull(schema.choirMembers.guestSeasonId),
          ),
        )
        .orderBy(asc(schema.choirMembers.id))
        .limit(recordingNotes.length)
    : [];
  const sung = (k: number): Note[] => lineOf('A').map((n, i) => (i === 4 + k ? 'D4' : n));
  const recordingIds = await seedDemoFiles({
    ...deps,
    orgId,
    files: singers.map((_, k) => ({
      fileName: `Dona nobis pacem — A1 — prise ${k + 1}.wav`,
      // A singer's recording is theirs and their section leader's: never on the media pages.
      use: 'audition',
      bytes: () => melodyWav(sung(k), BEAT),
    })),
  });
  await deps.database.withTenant({ orgId, userId: null }, async (tx) => {
    await tx.insert(schema.choirTracks).values([
      { orgId, pieceId, partId: null, mix: 'full_mix', fileId: trackIds[0]! },
      ...parts.map((part, i) => ({
        orgId,
        pieceId,
        partId: part.id,
        mix: 'part_alone' as const,
        fileId: trackIds[i + 1]!,
      })),
    ]);
    if (singers.length === 0) return;
    await tx.insert(schema.choirRecordings).values(
      singers.map((singer, k) => ({
        orgId,
        pieceId,
        memberId: singer.id,
        fileId: recordingIds[k]!,
        singerNote: recordingNotes[k] ?? null,
        createdAt: new Date(Date.now() - (k + 1) * 3_600_000),
      })),
    );
    // Who sent a recording asked for a check.
    await tx
      .insert(schema.choirLearning)
      .values(
        singers.map((singer) => ({
          orgId,
          pieceId,
          memberId: singer.id,
          status: 'ready_for_check' as const,
        })),
      )
      .onConflictDoUpdate({
        target: [schema.choirLearning.pieceId, schema.choirLearning.memberId],
        set: { status: 'ready_for_check' },
      });
  });
  return { pieceId, tracks: trackIds.length, recordings: recordingIds.length };
}
