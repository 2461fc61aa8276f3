// Reads what a footprint is made of: sessions, their venues, artists, groups, participants and attendance.
import type { SessionKind } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, gte, inArray, isNull, lt, ne, type SQL } from 'drizzle-orm';

const { sessions, sessionArtists, sessionGroups, venues, artists, groups, participants } = schema;
const { attendanceMarks, sessionHeadcounts, projects } = schema;

const sessionColumns = {
  id: sessions.id,
  projectId: sessions.projectId,
  kind: sessions.kind,
  title: sessions.title,
  venueId: sessions.venueId,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  timeZone: sessions.timeZone,
};

export type ScopeSessionRow = {
  id: string;
  projectId: string;
  kind: SessionKind;
  title: string | null;
  venueId: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
};

/** Sessions that happen (cancelled ones emit nothing), in start order. */
export async function findSessions(tx: Executor, where: SQL): Promise<ScopeSessionRow[]> {
  return tx
    .select(sessionColumns)
    .from(sessions)
    .where(and(where, ne(sessions.status, 'cancelled')))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
}

/** One session whatever its status (a cancelled session still has a page, with nothing emitted). */
export async function findSession(tx: Executor, id: string) {
  const [row] = await tx
    .select({ ...sessionColumns, status: sessions.status })
    .from(sessions)
    .where(eq(sessions.id, id));
  return row ?? null;
}

export const sessionsById = (ids: string[]) => inArray(sessions.id, ids);
export const sessionsOfProject = (projectId: string) => eq(sessions.projectId, projectId);
export const sessionsOfProjects = (projectIds: string[]) => inArray(sessions.projectId, projectIds);
export const sessionsBetween = (from: Date, to: Date) =>
  and(gte(sessions.startsAt, from), lt(sessions.startsAt, to)) as SQL;

/** Sessions of these artists starting in `[from, to)`: the other stops of their days. */
export async function findSessionsOfArtists(
  tx: Executor,
  artistIds: string[],
  from: Date,
  to: Date,
): Promise<ScopeSessionRow[]> {
  if (artistIds.length === 0) return [];
  return tx
    .selectDistinct(sessionColumns)
    .from(sessions)
    .innerJoin(sessionArtists, eq(sessionArtists.sessionId, sessions.id))
    .where(
      and(
        inArray(sessionArtists.artistId, artistIds),
        gte(sessions.startsAt, from),
        lt(sessions.startsAt, to),
        ne(sessions.status, 'cancelled'),
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
}

export async function findSessionArtists(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({ sessionId: sessionArtists.sessionId, artistId: sessionArtists.artistId })
    .from(sessionArtists)
    .where(inArray(sessionArtists.sessionId, sessionIds));
}

export async function findArtists(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({
      id: artists.id,
      displayName: artists.displayName,
      homeCommuneCode: artists.homeCommuneCode,
      homeCommuneName: artists.homeCommuneName,
      latitude: artists.latitude,
      longitude: artists.longitude,
      transportMode: artists.transportMode,
    })
    .from(artists)
    .where(inArray(artists.id, ids));
}

export async function findArtist(tx: Executor, id: string) {
  const [artist] = await findArtists(tx, [id]);
  return artist ?? null;
}

export async function findVenues(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({
      id: venues.id,
      name: venues.name,
      communeCode: venues.communeCode,
      communeName: venues.communeName,
      latitude: venues.latitude,
      longitude: venues.longitude,
    })
    .from(venues)
    .where(inArray(venues.id, ids));
}

/** Positions the organisation already knows, by commune: a fallback to locate origins. */
export async function findKnownCommunePositions(tx: Executor, orgId: string) {
  const fromVenues = await tx
    .select({ code: venues.communeCode, lat: venues.latitude, lon: venues.longitude })
    .from(venues)
    .where(eq(venues.orgId, orgId));
  const fromArtists = await tx
    .select({ code: artists.homeCommuneCode, lat: artists.latitude, lon: artists.longitude })
    .from(artists)
    .where(eq(artists.orgId, orgId));
  return [...fromVenues, ...fromArtists];
}

export async function findSessionGroups(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({
      sessionId: sessionGroups.sessionId,
      id: groups.id,
      name: groups.name,
      kind: groups.kind,
      listedIndividually: groups.listedIndividually,
      expectedSize: groups.expectedSize,
      communeCode: groups.communeCode,
      communeName: groups.communeName,
    })
    .from(sessionGroups)
    .innerJoin(groups, eq(groups.id, sessionGroups.groupId))
    .where(inArray(sessionGroups.sessionId, sessionIds));
}

/** Participants listed in the groups (archived ones have left). */
export async function findGroupParticipants(tx: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return tx
    .select({
      id: participants.id,
      groupId: participants.groupId,
      communeCode: participants.communeCode,
      communeName: participants.communeName,
    })
    .from(participants)
    .where(and(inArray(participants.groupId, groupIds), isNull(participants.archivedAt)));
}

/** Every mark (to know attendance was taken) with the participant's group and commune. */
export async function findMarks(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({
      sessionId: attendanceMarks.sessionId,
      participantId: attendanceMarks.participantId,
      status: attendanceMarks.status,
      groupId: participants.groupId,
      communeCode: participants.communeCode,
      communeName: participants.communeName,
    })
    .from(attendanceMarks)
    .innerJoin(participants, eq(participants.id, attendanceMarks.participantId))
    .where(inArray(attendanceMarks.sessionId, sessionIds));
}

export async function findHeadcounts(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({
      sessionId: sessionHeadcounts.sessionId,
      groupId: sessionHeadcounts.groupId,
      count: sessionHeadcounts.count,
    })
    .from(sessionHeadcounts)
    .where(inArray(sessionHeadcounts.sessionId, sessionIds));
}

export async function findProjects(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(inArray(projects.id, ids));
}

export async function findProject(tx: Executor, id: string) {
  const [project] = await findProjects(tx, [id]);
  return project ?? null;
}
