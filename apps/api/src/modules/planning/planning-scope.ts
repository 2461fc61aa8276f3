// What a run may plan: the sessions of a project or a period (and why some cannot be planned),
// the artists it could use, and the dates it covers.
import type { notPlannableReasons, SessionKind } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { addDays, zonedToUtc } from '@tutti/kit/dates';
import * as facts from './planning-facts.repository';
import { localOf } from './tour-calendar';

export type NotPlannable = (typeof notPlannableReasons)[number];
export type ScopeRequest = {
  projectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** Without a period, a project's sessions are looked for ten years ahead, others' 90 days ahead. */
const PROJECT_HORIZON_DAYS = 3650;
const SEASON_HORIZON_DAYS = 90;
export const MAX_SCOPE_SESSIONS = 5000;

/**
 * Why a session cannot be placed by a run, or null: the run gives each session one artist and
 * drives to its venue, and never moves it into the past. A confirmed session can be planned: the
 * run keeps its agreed date unless the coordinator frees it (planning-request.ts).
 */
export function notPlannable(
  session: facts.SessionFactsRow,
  earliestDate: string,
): NotPlannable | null {
  if (session.kind === 'online') return 'online';
  if (!session.venue) return 'no_venue';
  if (session.venue.latitude === null || session.venue.longitude === null)
    return 'venue_not_located';
  if (session.artists.length > 1) return 'several_artists';
  if (session.status !== 'planned' && session.status !== 'confirmed') return 'not_planned';
  if (localOf(session.startsAt, session.timeZone).date < earliestDate) return 'past';
  return null;
}

/** Tomorrow in the organisation's zone: the first date a plan may use. */
export function earliestDateFor(now: Date, timeZone: string) {
  return addDays(localOf(now, timeZone).date, 1);
}

/** The later of two `YYYY-MM-DD` dates. */
const later = (a: string, b: string) => (a > b ? a : b);

const midnight = (date: string, timeZone: string) =>
  zonedToUtc(date, 0, timeZone) ?? new Date(`${date}T00:00:00Z`);

/** The scope's sessions (all, with their plannability) and the period they span. */
export async function scopeSessions(
  tx: Executor,
  options: { scope: ScopeRequest; timeZone: string; now: Date },
) {
  const { scope, timeZone, now } = options;
  const earliestDate = earliestDateFor(now, timeZone);
  const from = scope.from ? midnight(scope.from, timeZone) : now;
  const to = scope.to
    ? midnight(addDays(scope.to, 1), timeZone)
    : new Date(
        now.getTime() + (scope.projectId ? PROJECT_HORIZON_DAYS : SEASON_HORIZON_DAYS) * 86_400_000,
      );
  const rows = await facts.scopeSessions(
    tx,
    { projectId: scope.projectId, from, to },
    MAX_SCOPE_SESSIONS,
  );
  return rows.map((row) => ({ row, notPlannable: notPlannable(row, earliestDate) }));
}

/**
 * The run's dates: the period asked for, or the project's planned sessions' dates widened by the
 * window; never before tomorrow.
 */
export function scopeDates(options: {
  scope: ScopeRequest;
  sessions: readonly facts.SessionFactsRow[];
  windowDays: number;
  earliestDate: string;
}) {
  const { scope, earliestDate } = options;
  if (scope.from && scope.to) {
    return { from: later(scope.from, earliestDate), to: scope.to };
  }
  const dates = options.sessions.map((s) => localOf(s.startsAt, s.timeZone).date).sort();
  const first = dates[0] ?? earliestDate;
  const last = dates.at(-1) ?? earliestDate;
  const from = addDays(first, -options.windowDays);
  return { from: later(from, earliestDate), to: addDays(last, options.windowDays) };
}

/** Artists who lead one of the kinds and live somewhere known: chosen unless the request says. */
export function suggestedArtist(artist: facts.ArtistFactsRow, kinds: ReadonlySet<SessionKind>) {
  return (
    artist.latitude !== null &&
    artist.longitude !== null &&
    artist.skills.some((skill) => kinds.has(skill))
  );
}
