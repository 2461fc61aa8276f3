// Queries for what a run plans with: sessions in a scope or by id, venues' hours and closures,
// artists and their availability.
import { type Executor, inTurn, schema } from '@tutti/db';
import { and, asc, eq, gte, inArray, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';

const {
  artistAvailability,
  artistUnavailability,
  artists,
  journeys,
  projects,
  sessions,
  venueAvailability,
  venueBlackouts,
  venues,
} = schema;

const artistsJson = sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', a.id, 'name', a.display_name) order by a.display_name)
  from session_artists sa join artists a on a.id = sa.artist_id where sa.session_id = sessions.id
), '[]'::json)`;
/** Who a date is agreed with: the partner of one of its groups (a school), else the venue's. */
const partnerName = sql<string | null>`coalesce((
  select p.name from session_groups sg
  join groups g on g.id = sg.group_id join partners p on p.id = g.partner_id
  where sg.session_id = sessions.id order by p.name limit 1
), (select p.name from partners p where p.id = venues.partner_id))`;
const groupIds = sql<
  string[]
>`array(select sg.group_id from session_groups sg where sg.session_id = sessions.id)::text[]`;

const sessionColumns = {
  id: sessions.id,
  title: sessions.title,
  kind: sessions.kind,
  status: sessions.status,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  timeZone: sessions.timeZone,
  journeyId: sessions.journeyId,
  journeyPosition: sessions.journeyPosition,
  updatedAt: sessions.updatedAt,
  project: { id: projects.id, name: projects.name },
  journeyName: journeys.name,
  venue: {
    id: venues.id,
    name: venues.name,
    communeName: venues.communeName,
    latitude: venues.latitude,
    longitude: venues.longitude,
    timeZone: venues.timeZone,
  },
  artists: artistsJson,
  groupIds,
  partnerName,
};

function selectSessions(tx: Executor, where: SQL | undefined, limit: number) {
  return tx
    .select(sessionColumns)
    .from(sessions)
    .innerJoin(projects, eq(projects.id, sessions.projectId))
    .leftJoin(journeys, eq(journeys.id, sessions.journeyId))
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(where)
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(limit);
}

export type SessionFactsRow = Awaited<ReturnType<typeof selectSessions>>[number];

/** Non-cancelled sessions of a scope: a project, a period, or a project within a period. */
export function scopeSessions(
  tx: Executor,
  scope: { projectId?: string | undefined; from: Date; to: Date },
  limit: number,
) {
  return selectSessions(
    tx,
    and(
      scope.projectId ? eq(sessions.projectId, scope.projectId) : undefined,
      gte(sessions.startsAt, scope.from),
      lt(sessions.startsAt, scope.to),
      ne(sessions.status, 'cancelled'),
    ),
    limit,
  );
}

export function sessionsByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return selectSessions(tx, inArray(sessions.id, ids), ids.length);
}

/** Weekly opening windows and closures of venues, by venue id. */
export async function venueRules(tx: Executor, venueIds: string[]) {
  if (venueIds.length === 0) return { windows: [], closures: [] };
  const [windows, closures] = await inTurn(
    () => tx.select().from(venueAvailability).where(inArray(venueAvailability.venueId, venueIds)),
    () => tx.select().from(venueBlackouts).where(inArray(venueBlackouts.venueId, venueIds)),
  );
  return { windows, closures };
}

/** Artists in use (not archived), or the ones asked for, with their weekly windows and absences. */
export async function artistFacts(tx: Executor, ids?: string[]) {
  if (ids && ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(artists)
    .where(ids ? inArray(artists.id, ids) : isNull(artists.archivedAt))
    .orderBy(asc(artists.displayName));
  const found = rows.map((r) => r.id);
  if (found.length === 0) return [];
  const [windows, absences] = await inTurn(
    () => tx.select().from(artistAvailability).where(inArray(artistAvailability.artistId, found)),
    () =>
      tx.select().from(artistUnavailability).where(inArray(artistUnavailability.artistId, found)),
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
export type ArtistFactsRow = Awaited<ReturnType<typeof artistFacts>>[number];

export async function projectName(tx: Executor, projectId: string) {
  const [row] = await tx
    .select({ name: projects.name })
    .from(projects)
    .where(eq(projects.id, projectId));
  return row?.name ?? null;
}
