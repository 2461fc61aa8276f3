// Turns the sessions of a scope (a session, a project, a period) into the carbon model's trips.
import { DEFAULT_MODE_SPLITS, isTransportMode, type TransportMode } from '@tutti/carbon';
import type { Executor } from '@tutti/db';
import { toLocalMoment } from '@tutti/kit/dates';
import { readDoorTravel } from '../concerts';
import { buildArtistTrips } from './carbon-artist-trips';
import {
  type AttendanceData,
  attendeesOf,
  type Beneficiaries,
  beneficiariesOf,
  type GroupInfo,
} from './carbon-attendees';
import { buildAudienceTrips, type ProjectAssumptions } from './carbon-audience-trips';
import { type CommuneLookup, locateCommunes } from './carbon-communes';
import {
  type ArtistInfo,
  type BuiltTrips,
  mergeBuiltTrips,
  type ScopeSession,
  type VenueInfo,
} from './carbon-model';
import { areaKeys, placeOf } from './carbon-places';
import * as scope from './carbon-scope.repository';
import { buildEquipmentTrip, buildOnlineTrip } from './carbon-session-trips';
import * as settings from './carbon-settings.repository';

export type ScopeTrips = {
  sessions: ScopeSession[];
  built: BuiltTrips;
  beneficiariesBySession: Map<string, Beneficiaries>;
  venues: Map<string, VenueInfo>;
};

const DAY_MS = 24 * 3600 * 1000;

export function toScopeSession(row: scope.ScopeSessionRow): ScopeSession {
  return {
    ...row,
    date: toLocalMoment(row.startsAt, row.timeZone).date,
    durationHours: Math.max(0, (row.endsAt.getTime() - row.startsAt.getTime()) / 3_600_000),
  };
}

/** Loads everything the sessions' trips depend on and builds them; see each builder for the rules. */
export async function buildScopeTrips(
  tx: Executor,
  orgId: string,
  rows: readonly scope.ScopeSessionRow[],
  lookup: CommuneLookup,
): Promise<ScopeTrips> {
  const sessions = rows.map(toScopeSession);
  const scopeIds = new Set(sessions.map((s) => s.id));
  const links = await scope.findSessionArtists(tx, [...scopeIds]);
  const artistIds = unique(links.map((link) => link.artistId));
  const daySessions = await sessionsOfTheSameDays(tx, sessions, artistIds);
  const otherIds = daySessions.filter((s) => !scopeIds.has(s.id)).map((s) => s.id);
  const artistIdsBySession = groupValues(
    [...links, ...(await scope.findSessionArtists(tx, otherIds))],
    (link) => link.sessionId,
    (link) => link.artistId,
  );

  const artistRows = await scope.findArtists(tx, artistIds);
  const venueRows = await scope.findVenues(tx, unique(daySessions.map((s) => s.venueId)));
  const groupRows = await scope.findSessionGroups(tx, [...scopeIds]);
  const listed = unique(groupRows.filter((g) => g.listedIndividually).map((g) => g.id));
  const participants = await scope.findGroupParticipants(tx, listed);
  const marks = await scope.findMarks(tx, [...scopeIds]);
  const communes = await locateCommunes(
    tx,
    orgId,
    [
      ...[...venueRows, ...groupRows, ...participants, ...marks].map((row) => row.communeCode),
      ...artistRows.map((row) => row.homeCommuneCode),
    ].filter((code): code is string => !!code),
    lookup,
  );

  const venues = new Map<string, VenueInfo>(
    venueRows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        place: placeOf({ ...row, label: row.name }, communes),
        densityClass: row.communeCode
          ? (communes.get(row.communeCode)?.densityClass ?? null)
          : null,
      },
    ]),
  );
  const artists = new Map<string, ArtistInfo>(
    artistRows.map((row) => [
      row.id,
      {
        id: row.id,
        displayName: row.displayName,
        home: placeOf(
          {
            ...row,
            communeCode: row.homeCommuneCode,
            label: row.homeCommuneName ?? row.displayName,
          },
          communes,
        ),
        homeKey: row.homeCommuneCode ?? `artist:${row.id}`,
        transportMode: row.transportMode,
      },
    ]),
  );
  const homeAreas = areaKeys([...artists.values()].map((a) => ({ id: a.id, place: a.home })));
  const venueAreas = areaKeys([...venues.values()]);
  const parts: BuiltTrips[] = [
    buildArtistTrips({
      daySessions,
      scopeSessionIds: scopeIds,
      artistIdsBySession,
      artists,
      venues,
      areaKeyOf: (venueId) => venueAreas.get(venueId),
      homeAreaOf: (artistId) => homeAreas.get(artistId) ?? `artist:${artistId}`,
    }),
  ];

  const groupsById = new Map<string, GroupInfo>(groupRows.map((g) => [g.id, g]));
  const attendance: AttendanceData = {
    groupsBySession: groupValues(
      groupRows,
      (g) => g.sessionId,
      (g) => g as GroupInfo,
    ),
    groupsById,
    participantsByGroup: groupValues(
      participants,
      (p) => p.groupId,
      (p) => p,
    ),
    marksBySession: groupValues(
      marks,
      (m) => m.sessionId,
      (m) => m,
    ),
    headcountsBySession: groupValues(
      await scope.findHeadcounts(tx, [...scopeIds]),
      (h) => h.sessionId,
      (h) => h,
    ),
  };
  const projectRows = await settings.findProjectSettings(
    tx,
    unique(sessions.map((s) => s.projectId)),
  );
  const assumptionsOf = new Map(projectRows.map((row) => [row.projectId, projectAssumptions(row)]));
  const sessionVanKm = new Map(
    (await settings.findSessionSettings(tx, [...scopeIds])).map((r) => [r.sessionId, r.vanKm]),
  );
  // How concert audiences said they came, at the door: their split replaces the assumed one.
  const doorTravel = await readDoorTravel(
    tx,
    sessions.filter((s) => s.kind === 'concert').map((s) => s.id),
  );
  const beneficiariesBySession = new Map<string, Beneficiaries>();
  for (const session of sessions) {
    const { attendees, notes } = attendeesOf(session, attendance);
    beneficiariesBySession.set(session.id, beneficiariesOf(attendees));
    // Every note of the session says so, for a scope to keep its own sessions' notes.
    const push = (part: BuiltTrips) =>
      parts.push({ ...part, notes: part.notes.map((n) => ({ sessionId: session.id, ...n })) });
    push({ trips: [], details: new Map(), notes });
    const assumptions = assumptionsOf.get(session.projectId) ?? projectAssumptions(undefined);
    const artistCount = artistIdsBySession.get(session.id)?.length ?? 0;
    if (session.kind === 'online') {
      push(buildOnlineTrip({ session, attendees, artistCount }));
      continue;
    }
    const venue = session.venueId ? venues.get(session.venueId) : undefined;
    if (venue?.place) {
      const located = { ...venue, place: venue.place };
      push(
        buildAudienceTrips({
          session,
          venue: located,
          attendees,
          communes,
          assumptions,
          door: doorTravel.get(session.id),
        }),
      );
    }
    push(
      buildEquipmentTrip({
        session,
        venueName: venue?.name ?? null,
        sessionVanKm: sessionVanKm.get(session.id),
        assumptions,
      }),
    );
  }
  return { sessions, built: mergeBuiltTrips(parts), beneficiariesBySession, venues };
}

/** The part of built trips that belongs to these sessions: their trips, notes and people. */
export function restrictToSessions(all: ScopeTrips, sessionIds: ReadonlySet<string>): ScopeTrips {
  const trips = all.built.trips.filter((trip) => sessionIds.has(trip.refs.sessionId ?? ''));
  return {
    sessions: all.sessions.filter((session) => sessionIds.has(session.id)),
    built: {
      trips,
      details: new Map(
        trips.flatMap((trip) => {
          const detail = all.built.details.get(trip.id);
          return detail ? [[trip.id, detail] as const] : [];
        }),
      ),
      notes: all.built.notes.filter(
        (n) => n.sessionId === undefined || sessionIds.has(n.sessionId),
      ),
    },
    beneficiariesBySession: new Map(
      [...all.beneficiariesBySession].filter(([id]) => sessionIds.has(id)),
    ),
    venues: all.venues,
  };
}

/** The scope's sessions and, for its artists, every other session on the same local dates. */
async function sessionsOfTheSameDays(
  tx: Executor,
  sessions: ScopeSession[],
  artistIds: string[],
): Promise<ScopeSession[]> {
  if (sessions.length === 0 || artistIds.length === 0) return sessions;
  const times = sessions.map((s) => s.startsAt.getTime());
  // Local dates differ from UTC ones by at most a day either way.
  const from = new Date(Math.min(...times) - DAY_MS);
  const to = new Date(Math.max(...times) + DAY_MS);
  const dates = new Set(sessions.map((s) => s.date));
  const byId = new Map(sessions.map((s) => [s.id, s]));
  for (const row of await scope.findSessionsOfArtists(tx, artistIds, from, to)) {
    const session = toScopeSession(row);
    if (dates.has(session.date) && !byId.has(session.id)) byId.set(session.id, session);
  }
  return [...byId.values()].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id),
  );
}

export function projectAssumptions(
  row: settings.ProjectSettingsRow | undefined,
): ProjectAssumptions {
  const split = row?.audienceModeSplit;
  return {
    // Shares are stored in % as the coordinator gave them; the model normalises them.
    split: split
      ? {
          shares: split.shares as Partial<Record<TransportMode, number>>,
          carOccupancy: split.carOccupancy,
          maxDistanceKm: DEFAULT_MODE_SPLITS.rural.maxDistanceKm,
        }
      : null,
    groupMode: row && isTransportMode(row.groupMode) ? row.groupMode : 'coach',
    vanKmPerSession: row?.vanKmPerSession ?? null,
    vanSessionKinds: row?.vanSessionKinds ?? ['concert'],
  };
}

function unique<T>(values: readonly (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== undefined))];
}

function groupValues<T, V>(items: readonly T[], keyOf: (item: T) => string, pick: (item: T) => V) {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(pick(item));
    else groups.set(key, [pick(item)]);
  }
  return groups;
}
