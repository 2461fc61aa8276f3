// Footprints of a session, a project, an organisation's year or month, and an artist's day.
import { byPeriod, byRef, groupFootprint } from '@tutti/carbon';
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
import { mergeNotes, presentLines, presentSessionRef } from './carbon-footprint.presenter';
import { type ComputedScope, computeScope, summaryOf } from './carbon-scope';
import * as scope from './carbon-scope.repository';
import { toScopeSession } from './carbon-trips';

const DAY_MS = 24 * 3600 * 1000;

async function venuesOf(tx: Executor, venueId: string | null) {
  const rows = venueId ? await scope.findVenues(tx, [venueId]) : [];
  return new Map(rows.map((row) => [row.id, { ...row, place: null, densityClass: null }]));
}

function linesOf(computed: ComputedScope, lines = computed.lines) {
  const { built } = computed.trips;
  return presentLines(lines, built.trips, built.details, computed.leftOutTripIds);
}

/** A session's footprint; its inputs are checked against its whole project. */
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
    const computed = await computeScope(tx, actor.orgId, cancelled ? [] : [session], lookup);
    return {
      session: presentSessionRef(toScopeSession(session), await venuesOf(tx, session.venueId)),
      summary: summaryOf(computed),
      lines: linesOf(computed),
      notes: cancelled
        ? [{ code: 'session-cancelled', params: {} }]
        : mergeNotes(computed.trips.built.notes),
      flags: computed.flags,
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

/** A project's footprint with per-session lines, and what it was computed from. */
export async function projectFootprintIn(
  tx: Executor,
  orgId: string,
  projectId: string,
  lookup: CommuneLookup,
) {
  const project = await scope.findProject(tx, projectId);
  if (!project) throw new AppError('CARBON.PROJECT_NOT_FOUND', 'Project not found');
  const rows = await scope.findSessions(tx, scope.sessionsOfProject(projectId));
  const computed = await computeScope(tx, orgId, rows, lookup);
  const { trips } = computed;
  const result: ProjectFootprint = {
    project,
    summary: summaryOf(computed),
    sessions: trips.sessions.map((session) => ({
      session: presentSessionRef(session, trips.venues),
      summary: summaryOf(computed, [session]),
    })),
    lines: linesOf(computed),
    notes: mergeNotes(trips.built.notes),
    flags: computed.flags,
  };
  return { result, computed };
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
  const computed = await computeScope(tx, orgId, rows, lookup);
  const months = groupFootprint(computed.headline, byPeriod('month'));
  const projects = await scope.findProjects(tx, [...new Set(rows.map((r) => r.projectId))]);
  const projectNames = new Map(projects.map((p) => [p.id, p.name]));
  const zero = { artists: 0, audience: 0, equipment: 0, digital: 0 };
  return {
    year,
    month,
    summary: summaryOf(computed),
    byMonth: monthKeys.map((key) => {
      const group = months.find((g) => g.key === key);
      return {
        key,
        label: key,
        totalCo2eKg: group?.totalCo2eKg ?? 0,
        bySource: group?.bySource ?? zero,
      };
    }),
    byProject: groupFootprint(computed.headline, byRef('projectId'))
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
    notes: mergeNotes(computed.trips.built.notes),
    flags: computed.flags,
  };
}

/** One artist's tour day: their travel only, chained through the day's venues (not checked). */
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
    const computed = await computeScope(tx, actor.orgId, rows, lookup, { checks: false });
    const { trips } = computed;
    const ownTripIds = new Set(
      trips.built.trips
        .filter((trip) => trip.kind === 'artist' && trip.artistIds?.includes(artistId))
        .map((trip) => trip.id),
    );
    const own = {
      ...computed,
      headline: computed.headline.filter((l) => ownTripIds.has(l.tripId)),
    };
    return {
      artist: { id: artist.id, displayName: artist.displayName },
      date,
      summary: summaryOf(own),
      lines: linesOf(own, own.headline),
      notes: mergeNotes(trips.built.notes),
    };
  });
}
