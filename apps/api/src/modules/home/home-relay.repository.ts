// The home's reads for a relay: their groups, each group's next session and its open surveys.
import { consentMissingSql, type Executor, schema } from '@tutti/db';
import { and, asc, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import { type HomeSessionRow, notCancelled, sessionColumns } from './home-sessions.repository';

const {
  sessions,
  sessionGroups,
  projects,
  venues,
  groups,
  partners,
  participants,
  journeys,
  surveys,
  surveyResponses,
} = schema;

/** The relay's groups (archived ones left out), with counts of participants and missing consents. */
export async function groupsOfRelay(tx: Executor, orgId: string, userId: string) {
  return tx
    .select({
      id: groups.id,
      name: groups.name,
      partnerName: partners.name,
      listedIndividually: groups.listedIndividually,
      participants: sql<number>`(select count(*)::int from ${participants} where ${participants.groupId} = ${groups.id} and ${participants.archivedAt} is null)`,
      missingConsents: sql<number>`(select count(*)::int from ${participants} where ${participants.groupId} = ${groups.id} and ${participants.archivedAt} is null and ${consentMissingSql})`,
    })
    .from(groups)
    .leftJoin(partners, eq(partners.id, groups.partnerId))
    .where(
      and(
        eq(groups.orgId, orgId),
        eq(groups.relayUserId, userId),
        sql`${groups.archivedAt} is null`,
      ),
    )
    .orderBy(asc(groups.name), asc(groups.id));
}

/** For each group, its first session not over at `now`. */
export async function nextSessionsOfGroups(tx: Executor, groupIds: string[], now: Date) {
  if (groupIds.length === 0) return [];
  return (await tx
    .selectDistinctOn([sessionGroups.groupId], {
      groupId: sessionGroups.groupId,
      ...sessionColumns,
    })
    .from(sessionGroups)
    .innerJoin(sessions, eq(sessions.id, sessionGroups.sessionId))
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(inArray(sessionGroups.groupId, groupIds), gt(sessions.endsAt, now), notCancelled))
    .orderBy(
      sessionGroups.groupId,
      asc(sessions.startsAt),
      asc(sessions.id),
    )) as (HomeSessionRow & {
    groupId: string;
  })[];
}

/** Open surveys of the groups' journeys, with the answers recorded for each group. */
export async function openSurveysOfGroups(tx: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return tx
    .select({
      groupId: journeys.groupId,
      id: surveys.id,
      title: surveys.title,
      answers: sql<number>`(select count(*)::int from ${surveyResponses} where ${surveyResponses.surveyId} = ${surveys.id} and ${surveyResponses.groupId} = ${journeys.groupId})`,
    })
    .from(surveys)
    .innerJoin(journeys, eq(journeys.id, surveys.journeyId))
    .where(
      and(
        inArray(journeys.groupId, groupIds),
        eq(surveys.status, 'open'),
        isNotNull(surveys.journeyId),
      ),
    )
    .orderBy(asc(surveys.title), asc(surveys.id));
}
