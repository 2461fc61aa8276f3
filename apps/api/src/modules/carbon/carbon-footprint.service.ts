// Footprints of a session, a project, an organisation's year or month, and an artist's day.
import { byPeriod, byRef, computeFootprint, groupFootprint } from '@tutti/carbon';
import type {
  ArtistDayFootprint,
  OrganisationFootprint,
  ProjectFootprint,
  SessionFootprint,
} from '@tutti/contracts';
import type { Executor, TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { type CommuneLookup, referenceLookup } from './carbon-communes';
import { currentFactorSet } from './carbon-factor-sets.service';
import {
  beneficiariesOfSessions,
  mergeNotes,
  presentLines,
  presentSessionRef,
  presentSummary,
} from './carbon-footprint.presenter';
import * as scope from './carbon-scope.repository';
import { buildScopeTrips, toScopeSession } from './carbon-trips';

const DAY_MS = 24 * 3600 * 1000;

async function venuesOf(tx: Executor, venueId: string | null) {
  const rows = venueId ? await scope.findVenues(tx, [venueId]) : [];
  return new Map(rows.map((row) => [row.id, { ...row, place: null, densityClass: null }]));
}

/** Trips of the sessions and their footprint under the organisation's current factor version. */
export async function computeScope(
  tx: Executor,
  orgId: string,
  rows: scope.ScopeSessionRow[],
  lookup: CommuneLookup,
) {
  const { set } = await currentFactorSet(tx, orgId);
  const trips = await buildScopeTrips(tx, orgId, rows, lookup);
  const footprint = computeFootprint({ trips: trips.built.trips, factors: set });
  return { factors: set, trips, footprint };
}

/** The footprint of the sessions with these ids, for other modules' figures (impact indicators). */
export async function footprintOfSessions(
  tx: Executor,
  orgId: string,
  sessionIds: string[],
  lookup: CommuneLookup,
) {
  const rows =
    sessionIds.length === 0 ? [] : await scope.findSessions(tx, scope.sessionsById(sessionIds));
  return computeScope(tx, orgId, rows, lookup);
}

export async function sessionFootprint({
  actor,
  database,
  sessionId,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  sessionId: string;
}): Promise<SessionFootprint> {
  requirePermission(actor, 'carbon.read');
  const lookup = await referenceLookup(database);
  return actor.inTenant(async (tx) => {
    const session = await scope.findSession(tx, sessionId);
    if (!session) throw new AppError('CARBON.SESSION_NOT_FOUND', 'Session not found');
    const cancelled = session.status === 'cancelled';
    const { footprint, trips } = await computeScope(
      tx,
      actor.orgId,
      cancelled ? [] : [session],
      lookup,
    );
    return {
      session: presentSessionRef(toScopeSession(session), await venuesOf(tx, session.venueId)),
      summary: presentSummary(
        footprint.lines,
        footprint.factorVersion,
        beneficiariesOfSessions(trips.sessions, trips.beneficiariesBySession),
        trips.sessions,
      ),
      lines: presentLines(footprint.lines, trips.built.trips, trips.built.details),
      notes: cancelled
        ? [{ code: 'session-cancelled', params: {} }]
        : mergeNotes(trips.built.notes),
    };
  });
}

export async function projectFootprint({
  actor,
  database,
  projectId,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  projectId: string;
}): Promise<ProjectFootprint> {
  requirePermission(actor, 'carbon.read');
  const lookup = await referenceLookup(database);
  return actor.inTenant(
    async (tx) => (await projectFootprintIn(tx, actor.orgId, projectId, lookup)).result,
  );
}

/** A project's footprint with per-session lines, and the trips it was computed from. */
export async function projectFootprintIn(
  tx: Executor,
  orgId: string,
  projectId: string,
  lookup: CommuneLookup,
) {
  const project = await scope.findProject(tx, projectId);
  if (!project) throw new AppError('CARBON.PROJECT_NOT_FOUND', 'Project not found');
  const rows = await scope.findSessions(tx, scope.sessionsOfProject(projectId));
  const { footprint, trips, factors } = await computeScope(tx, orgId, rows, lookup);
  const version = footprint.factorVersion;
  const result: ProjectFootprint = {
    project,
    summary: presentSummary(
      footprint.lines,
      version,
      beneficiariesOfSessions(trips.sessions, trips.beneficiariesBySession),
      trips.sessions,
    ),
    sessions: trips.sessions.map((session) => ({
      session: presentSessionRef(session, trips.venues),
      summary: presentSummary(
        footprint.lines.filter((line) => line.refs.sessionId === session.id),
        version,
        beneficiariesOfSessions([session], trips.beneficiariesBySession),
        [session],
      ),
    })),
    lines: presentLines(footprint.lines, trips.built.trips, trips.built.details),
    notes: mergeNotes(trips.built.notes),
  };
  return { result, trips, factors };
}

/** Sessions whose local date falls in the year (or one month of it). */
export async function organisationFootprint({
  actor,
  database,
  year,
  month,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  year: number;
  month: number | null;
}): Promise<OrganisationFootprint> {
  requirePermission(actor, 'carbon.read');
  const lookup = await referenceLookup(database);
  return actor.inTenant((tx) => organisationFootprintIn(tx, actor.orgId, { year, month }, lookup));
}

export async function organisationFootprintIn(
  tx: Executor,
  orgId: string,
  { year, month }: { year: number; month: number | null },
  lookup: CommuneLookup,
): Promise<OrganisationFootprint> {
  const firstMonth = month ?? 1;
  const lastMonth = month ?? 12;
  const monthKeys = Array.from(
    { length: lastMonth - firstMonth + 1 },
    (_, i) => `${year}-${String(firstMonth + i).padStart(2, '0')}`,
  );
  const from = new Date(Date.UTC(year, firstMonth - 1, 1) - DAY_MS);
  const to = new Date(Date.UTC(year, lastMonth, 1) + DAY_MS);
  const rows = (await scope.findSessions(tx, scope.sessionsBetween(from, to))).filter((row) =>
    monthKeys.includes(toScopeSession(row).date.slice(0, 7)),
  );
  const { footprint, trips } = await computeScope(tx, orgId, rows, lookup);
  const months = groupFootprint(footprint.lines, byPeriod('month'));
  const projects = await scope.findProjects(tx, [...new Set(rows.map((r) => r.projectId))]);
  const projectNames = new Map(projects.map((p) => [p.id, p.name]));
  const zero = { artists: 0, audience: 0, equipment: 0, digital: 0 };
  return {
    year,
    month,
    summary: presentSummary(
      footprint.lines,
      footprint.factorVersion,
      beneficiariesOfSessions(trips.sessions, trips.beneficiariesBySession),
      trips.sessions,
    ),
    byMonth: monthKeys.map((key) => {
      const group = months.find((g) => g.key === key);
      return {
        key,
        label: key,
        totalCo2eKg: group?.totalCo2eKg ?? 0,
        bySource: group?.bySource ?? zero,
      };
    }),
    byProject: groupFootprint(footprint.lines, byRef('projectId'))
      .flatMap((group) =>
        group.key === null
          ? []
          : [
              {
                key: group.key,
                label: projectNames.get(group.key) ?? group.key,
                totalCo2eKg: group.totalCo2eKg,
                bySource: group.bySource,
              },
            ],
      )
      .sort((a, b) => b.totalCo2eKg - a.totalCo2eKg),
    notes: mergeNotes(trips.built.notes),
  };
}

/** One artist's tour day: their travel only, chained through the day's venues. */
export async function artistDayFootprint({
  actor,
  database,
  artistId,
  date,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  artistId: string;
  date: string;
}): Promise<ArtistDayFootprint> {
  requirePermission(actor, 'carbon.read');
  const lookup = await referenceLookup(database);
  return actor.inTenant(async (tx) => {
    const artist = await scope.findArtist(tx, artistId);
    if (!artist) throw new AppError('CARBON.ARTIST_NOT_FOUND', 'Artist not found');
    const midnight = Date.parse(`${date}T00:00:00Z`);
    const rows = (
      await scope.findSessionsOfArtists(
        tx,
        [artistId],
        new Date(midnight - DAY_MS),
        new Date(midnight + 2 * DAY_MS),
      )
    ).filter((row) => toScopeSession(row).date === date);
    const { footprint, trips } = await computeScope(tx, actor.orgId, rows, lookup);
    const ownTripIds = new Set(
      trips.built.trips
        .filter((trip) => trip.kind === 'artist' && trip.artistIds?.includes(artistId))
        .map((trip) => trip.id),
    );
    const lines = footprint.lines.filter((line) => ownTripIds.has(line.tripId));
    return {
      artist: { id: artist.id, displayName: artist.displayName },
      date,
      summary: presentSummary(
        lines,
        footprint.factorVersion,
        beneficiariesOfSessions(trips.sessions, trips.beneficiariesBySession),
        trips.sessions,
      ),
      lines: presentLines(lines, trips.built.trips, trips.built.details),
      notes: mergeNotes(trips.built.notes),
    };
  });
}
