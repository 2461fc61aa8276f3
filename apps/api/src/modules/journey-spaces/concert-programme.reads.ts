// A published concert's programme (the pieces and who wrote them, as set on its journey's space
// card) for the concert's public page, read in the page's tenant transaction. Empty when the
// concert is not published, is not a concert, or has no programme.
import type { SpaceProgrammePiece } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, eq } from 'drizzle-orm';

const { sessions, spaceConcerts } = schema;

export async function readPublicConcertProgramme(
  tx: Executor,
  publicCode: string,
): Promise<SpaceProgrammePiece[]> {
  const [row] = await tx
    .select({ programme: spaceConcerts.programme })
    .from(spaceConcerts)
    .innerJoin(sessions, eq(sessions.id, spaceConcerts.sessionId))
    .where(
      and(
        eq(sessions.publicCode, publicCode),
        eq(sessions.isPublic, true),
        eq(sessions.kind, 'concert'),
      ),
    );
  return row?.programme ?? [];
}
