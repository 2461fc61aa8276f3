// The home's reads for an artist: their record, their sessions from a week ago, and who comes to
// the next one.
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { type HomeSessionRow, notCancelled, sessionColumns } from './home-sessions.repository';

const {
  sessions,
  sessionArtists,
  sessionGroups,
  projects,
  venues,
  artists,
  groups,
  attendanceMarks,
  sessionHeadcounts,
} = schema;

export async function artistOfUser(tx: Executor, orgId: string, userId: string) {
  const [row] = await tx
    .select({ id: artists.id })
    .from(artists)
    .where(and(eq(artists.orgId, orgId), eq(artists.userId, userId)))
    .orderBy(sql`${artists.archivedAt} is not null`, asc(artists.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/** At most this many of an artist's sessions are read from a week ago on (weeks of work). */
export const ARTIST_SESSIONS_READ = 120;

export type ArtistSessionRow = HomeSessionRow & {
  onlineUrl: string | null;
  venueAddress: string | null;
  venueCommune: string | null;
  /** A mark or a head count has reached the server. */
  hasAttendance: boolean;
  hasGroups: boolean;
};

/**
 * The artist's sessions (cancelled ones left out) starting from `since`, by start: through the
 * artist's index on session_artists, so one query serves the next session, its day, what follows,
 * the week's count and the attendance still awaited.
 */
export async function sessionsOfArtistSince(tx: Executor, artistId: string, since: Date) {
  return (await tx
    .select({
      ...sessionColumns,
      onlineUrl: sessions.onlineUrl,
      venueAddress: venues.addressLine,
      venueCommune: venues.communeName,
      hasAttendance: sql<boolean>`(exists (select 1 from ${attendanceMarks} where ${attendanceMarks.sessionId} = ${sessions.id}) or exists (select 1 from ${sessionHeadcounts} where ${sessionHeadcounts.sessionId} = ${sessions.id}))`,
      hasGroups: sql<boolean>`exists (select 1 from ${sessionGroups} where ${sessionGroups.sessionId} = ${sessions.id})`,
    })
    .from(sessionArtists)
    .innerJoin(sessions, eq(sessions.id, sessionArtists.sessionId))
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(and(eq(sessionArtists.artistId, artistId), gte(sessions.startsAt, since), notCancelled))
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(ARTIST_SESSIONS_READ)) as ArtistSessionRow[];
}

/** A session's groups and artists, in one query. */
export async function peopleOfSession(tx: Executor, sessionId: string) {
  return rowsOf<{ kind: 'group' | 'artist'; id: string; name: string }>(
    tx,
    sql`select 'group' as kind, g.id, g.name from ${sessionGroups} sg
          join ${groups} g on g.id = sg.group_id where sg.session_id = ${sessionId}
        union all
        select 'artist', a.id, a.display_name from ${sessionArtists} sa
          join ${artists} a on a.id = sa.artist_id where sa.session_id = ${sessionId}
        order by 1, 3, 2`,
  );
}
