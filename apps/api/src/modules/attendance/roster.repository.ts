// The only place with queries for rosters: sessions with venue, groups, participants, marks, counts.
import { consentMissingSql, type Executor, schema } from '@tutti/db';
import { and, asc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';

const {
  sessions,
  venues,
  sessionGroups,
  sessionArtists,
  artists,
  groups,
  participants,
  attendanceMarks,
  sessionHeadcounts,
  participantAccessNeeds,
} = schema;

export async function artistIdsOfUser(tx: Executor, userId: string) {
  const rows = await tx
    .select({ id: artists.id })
    .from(artists)
    .where(and(eq(artists.userId, userId), isNull(artists.archivedAt)));
  return rows.map((row) => row.id);
}

/** Days are read in `timeZone`: from its midnight on `day` to its midnight on `dayAfter`. */
export function startsWithin(timeZone: string, fromDay: string, toDayExclusive: string): SQL {
  return and(
    gte(sessions.startsAt, sql`(${fromDay}::date)::timestamp at time zone ${timeZone}`),
    lt(sessions.startsAt, sql`(${toDayExclusive}::date)::timestamp at time zone ${timeZone}`),
  )!;
}

export async function sessionIdsLedOn(
  tx: Executor,
  artistIds: string[],
  timeZone: string,
  day: string,
  dayAfter: string,
) {
  const rows = await tx
    .selectDistinct({ id: sessions.id, startsAt: sessions.startsAt })
    .from(sessions)
    .innerJoin(sessionArtists, eq(sessionArtists.sessionId, sessions.id))
    .where(and(inArray(sessionArtists.artistId, artistIds), startsWithin(timeZone, day, dayAfter)))
    .orderBy(asc(sessions.startsAt));
  return rows.map((row) => row.id);
}

export async function sessionsWithVenue(tx: Executor, sessionIds: string[]) {
  return tx
    .select({
      session: sessions,
      venueName: venues.name,
      venueAddress: venues.addressLine,
      venueCommune: venues.communeName,
    })
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(inArray(sessions.id, sessionIds))
    .orderBy(asc(sessions.startsAt));
}

export async function groupsOfSessions(tx: Executor, sessionIds: string[]) {
  return tx
    .select({ sessionId: sessionGroups.sessionId, group: groups })
    .from(sessionGroups)
    .innerJoin(groups, eq(groups.id, sessionGroups.groupId))
    .where(inArray(sessionGroups.sessionId, sessionIds))
    .orderBy(asc(groups.name));
}

/**
 * The current participants of the groups, and anyone already marked in these sessions (a
 * participant archived since still shows on the sessions they attended).
 */
export async function rosterParticipants(tx: Executor, groupIds: string[], sessionIds: string[]) {
  if (groupIds.length === 0) return [];
  return tx
    .select({
      id: participants.id,
      groupId: participants.groupId,
      firstName: participants.firstName,
      lastName: participants.lastName,
      ageBand: participants.ageBand,
      consentMissing: consentMissingSql,
    })
    .from(participants)
    .where(
      and(
        inArray(participants.groupId, groupIds),
        or(
          and(isNull(participants.archivedAt), isNull(participants.anonymisedAt)),
          inArray(
            participants.id,
            tx
              .select({ id: attendanceMarks.participantId })
              .from(attendanceMarks)
              .where(inArray(attendanceMarks.sessionId, sessionIds)),
          ),
        ),
      ),
    )
    .orderBy(asc(participants.searchName), asc(participants.id));
}

export async function marksOfSessions(tx: Executor, sessionIds: string[]) {
  return tx
    .select({
      sessionId: attendanceMarks.sessionId,
      participantId: attendanceMarks.participantId,
      status: attendanceMarks.status,
      recordedAt: attendanceMarks.recordedAt,
    })
    .from(attendanceMarks)
    .where(inArray(attendanceMarks.sessionId, sessionIds));
}

export async function headcountsOfSessions(tx: Executor, sessionIds: string[]) {
  return tx
    .select({
      sessionId: sessionHeadcounts.sessionId,
      groupId: sessionHeadcounts.groupId,
      count: sessionHeadcounts.count,
      recordedAt: sessionHeadcounts.recordedAt,
    })
    .from(sessionHeadcounts)
    .where(inArray(sessionHeadcounts.sessionId, sessionIds));
}

/** Only inside a transaction opened with `sensitive: true`; empty otherwise (row-level security). */
export async function accessNeedsOf(tx: Executor, participantIds: string[]) {
  if (participantIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({
      participantId: participantAccessNeeds.participantId,
      needs: participantAccessNeeds.needs,
    })
    .from(participantAccessNeeds)
    .where(inArray(participantAccessNeeds.participantId, participantIds));
  return new Map(rows.map((row) => [row.participantId, row.needs]));
}

/** Of `sessionIds`, those where the user is one of the artists. */
export async function sessionsLedBy(tx: Executor, userId: string, sessionIds: string[]) {
  if (sessionIds.length === 0) return new Set<string>();
  const rows = await tx
    .select({ sessionId: sessionArtists.sessionId })
    .from(sessionArtists)
    .innerJoin(artists, eq(artists.id, sessionArtists.artistId))
    .where(and(eq(artists.userId, userId), inArray(sessionArtists.sessionId, sessionIds)));
  return new Set(rows.map((row) => row.sessionId));
}
