// Sessions as people outside the organisation see them (a family, a whole group): when, where,
// what kind; never who leads them nor who else attends.
import type { SharedSession } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, gte, inArray } from 'drizzle-orm';
import * as repository from './sessions.repository';

/** The sessions of any of `groupIds` ending from now on, by start time, cancelled ones included. */
export async function findUpcomingSessionsOfGroups(
  tx: Executor,
  groupIds: string[],
  limit = 30,
): Promise<{ groupIds: string[]; session: SharedSession }[]> {
  if (groupIds.length === 0) return [];
  const { sessions, sessionGroups } = schema;
  const views = await repository.findSessionViews(
    tx,
    and(
      gte(sessions.endsAt, new Date()),
      inArray(
        sessions.id,
        tx
          .select({ id: sessionGroups.sessionId })
          .from(sessionGroups)
          .where(inArray(sessionGroups.groupId, groupIds)),
      ),
    ),
    limit,
  );
  return views.map((view) => ({
    groupIds: view.groups.map((group) => group.id),
    session: {
      kind: view.session.kind,
      title: view.session.title,
      status: view.session.status,
      startsAt: view.session.startsAt.toISOString(),
      endsAt: view.session.endsAt.toISOString(),
      timeZone: view.session.timeZone,
      venue: view.venue
        ? {
            name: view.venue.name,
            addressLine: view.venue.addressLine,
            postalCode: view.venue.postalCode,
            communeName: view.venue.communeName,
          }
        : null,
      online: view.session.onlineUrl !== null,
    },
  }));
}
