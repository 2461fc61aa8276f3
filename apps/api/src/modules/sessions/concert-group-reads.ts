// The groups a concert closes the work of: the concert's own groups, and those of the workshops
// before it (of its journey when it has one, else of its project), read for the seats the box
// office holds for them.
import { type Executor, schema } from '@tutti/db';
import { and, eq, inArray, like, lt, ne, type SQL } from 'drizzle-orm';

const { sessions, sessionGroups, journeys } = schema;

/**
 * Ids of the groups of concert `concertId` and of the sessions before it in its journey (or, when
 * it belongs to none, the workshops before it in its project); cancelled sessions left out.
 */
export async function findGroupsBeforeConcert(tx: Executor, concertId: string): Promise<string[]> {
  const [concert] = await tx
    .select({
      projectId: sessions.projectId,
      journeyId: sessions.journeyId,
      startsAt: sessions.startsAt,
    })
    .from(sessions)
    .where(and(eq(sessions.id, concertId), eq(sessions.kind, 'concert')));
  if (!concert) return [];
  const before: SQL[] = [lt(sessions.startsAt, concert.startsAt), ne(sessions.status, 'cancelled')];
  const earlier = concert.journeyId
    ? and(eq(sessions.journeyId, concert.journeyId), ...before)!
    : and(eq(sessions.projectId, concert.projectId), like(sessions.kind, 'workshop%'), ...before)!;
  const rows = await tx
    .selectDistinct({ groupId: sessionGroups.groupId })
    .from(sessionGroups)
    .where(
      inArray(
        sessionGroups.sessionId,
        tx
          .select({ id: sessions.id })
          .from(sessions)
          .where(earlier)
          .union(tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, concertId))),
      ),
    );
  const ids = new Set(rows.map((row) => row.groupId));
  if (concert.journeyId) {
    const [journey] = await tx
      .select({ groupId: journeys.groupId })
      .from(journeys)
      .where(eq(journeys.id, concert.journeyId));
    if (journey) ids.add(journey.groupId);
  }
  return [...ids];
}
