// Loads what conflict detection needs: the venue, artists and groups of a session, and busy sessions.
import { type Executor, inTurn, schema } from '@tutti/db';
import { and, eq, gt, inArray, isNull, lt, ne, notInArray, or, sql } from 'drizzle-orm';
import type { ArtistFacts, BusySession, GroupFacts, VenueFacts } from './conflicts';
import { artistIdsColumn, groupIdsColumn } from './sessions.repository';

const {
  artistAvailability,
  artistUnavailability,
  artists,
  groups,
  participants,
  projects,
  sessionArtists,
  sessionGroups,
  sessions,
  venueAvailability,
  venueBlackouts,
  venues,
} = schema;

export async function loadVenueFacts(tx: Executor, venueId: string): Promise<VenueFacts | null> {
  const [venue] = await tx
    .select({
      id: venues.id,
      name: venues.name,
      capacity: venues.capacity,
      timeZone: venues.timeZone,
    })
    .from(venues)
    .where(eq(venues.id, venueId));
  if (!venue) return null;
  const [availability, blackouts] = await inTurn(
    () =>
      tx
        .select({
          weekday: venueAvailability.weekday,
          startsAt: venueAvailability.startsAt,
          endsAt: venueAvailability.endsAt,
        })
        .from(venueAvailability)
        .where(eq(venueAvailability.venueId, venueId)),
    () =>
      tx
        .select({
          startsOn: venueBlackouts.startsOn,
          endsOn: venueBlackouts.endsOn,
          reason: venueBlackouts.reason,
        })
        .from(venueBlackouts)
        .where(eq(venueBlackouts.venueId, venueId)),
  );
  return { ...venue, availability, blackouts };
}

export async function loadArtistFacts(tx: Executor, artistIds: string[]): Promise<ArtistFacts[]> {
  if (artistIds.length === 0) return [];
  const [rows, windows, absences] = await inTurn(
    () =>
      tx
        .select({ id: artists.id, displayName: artists.displayName, skills: artists.skills })
        .from(artists)
        .where(inArray(artists.id, artistIds)),
    () =>
      tx.select().from(artistAvailability).where(inArray(artistAvailability.artistId, artistIds)),
    () =>
      tx
        .select()
        .from(artistUnavailability)
        .where(inArray(artistUnavailability.artistId, artistIds)),
  );
  return rows.map((artist) => ({
    ...artist,
    availability: windows
      .filter((w) => w.artistId === artist.id)
      .map(({ weekday, startsAt, endsAt }) => ({ weekday, startsAt, endsAt })),
    unavailability: absences
      .filter((a) => a.artistId === artist.id)
      .map(({ startsOn, endsOn, reason }) => ({ startsOn, endsOn, reason })),
  }));
}

/** A group counts as the larger of its expected size and its listed, current participants. */
export async function loadGroupFacts(tx: Executor, groupIds: string[]): Promise<GroupFacts[]> {
  if (groupIds.length === 0) return [];
  const listed = tx
    .select({ count: sql<number>`count(*)::int` })
    .from(participants)
    .where(and(eq(participants.groupId, groups.id), isNull(participants.archivedAt)));
  return tx
    .select({
      id: groups.id,
      name: groups.name,
      size: sql<number>`greatest(coalesce(${groups.expectedSize}, 0), (${listed}))::int`,
    })
    .from(groups)
    .where(inArray(groups.id, groupIds));
}

/**
 * Sessions between `from` and `to` that hold one of the venues, artists or groups, except the
 * given ones (the session being edited or moved). Cancelled sessions hold nothing.
 */
export async function loadBusySessions(
  tx: Executor,
  options: {
    from: Date;
    to: Date;
    venueIds: string[];
    artistIds: string[];
    groupIds: string[];
    excludeIds: string[];
  },
): Promise<BusySession[]> {
  const holders = [
    options.venueIds.length > 0 ? inArray(sessions.venueId, options.venueIds) : undefined,
    options.artistIds.length > 0
      ? inArray(
          sessions.id,
          tx
            .select({ id: sessionArtists.sessionId })
            .from(sessionArtists)
            .where(inArray(sessionArtists.artistId, options.artistIds)),
        )
      : undefined,
    options.groupIds.length > 0
      ? inArray(
          sessions.id,
          tx
            .select({ id: sessionGroups.sessionId })
            .from(sessionGroups)
            .where(inArray(sessionGroups.groupId, options.groupIds)),
        )
      : undefined,
  ].filter((condition) => condition !== undefined);
  if (holders.length === 0) return [];
  const rows = await tx
    .select({
      id: sessions.id,
      title: sessions.title,
      kind: sessions.kind,
      projectName: projects.name,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      timeZone: sessions.timeZone,
      venueId: sessions.venueId,
      artistIds: artistIdsColumn,
      groupIds: groupIdsColumn,
    })
    .from(sessions)
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .where(
      and(
        lt(sessions.startsAt, options.to),
        gt(sessions.endsAt, options.from),
        // Also no earlier than the longest session before `from`: with `startsAt < to`, a range
        // of the (org_id, starts_at) index instead of every session since the first. A whole
        // subquery, so that row-level security lets the bound reach the index.
        gt(
          sessions.startsAt,
          sql`(select ${options.from}::timestamptz - max(m.ends_at - m.starts_at) from sessions m)`,
        ),
        ne(sessions.status, 'cancelled'),
        options.excludeIds.length > 0 ? notInArray(sessions.id, options.excludeIds) : undefined,
        or(...holders),
      ),
    )
    .orderBy(sessions.startsAt)
    .limit(5000);
  return rows;
}
