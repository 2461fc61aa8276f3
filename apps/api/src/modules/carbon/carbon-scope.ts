// A footprint of any set of sessions, checked against their whole projects: the lines of the
// sessions, the headline (inputs still to check left out), and the flags to show with it.
import { computeFootprint, type FactorSet, type FootprintLine as ModelLine } from '@tutti/carbon';
import type { CarbonFlag, FootprintSummary } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { type CheckedInputs, checkInputs, presentFlags } from './carbon-checks';
import type { CommuneLookup } from './carbon-communes';
import { currentFactorSet } from './carbon-factor-sets.service';
import { beneficiariesOfSessions, presentSummary } from './carbon-footprint.presenter';
import type { ScopeSession } from './carbon-model';
import * as scope from './carbon-scope.repository';
import { buildScopeTrips, restrictToSessions, type ScopeTrips } from './carbon-trips';

export type ComputedScope = {
  factors: FactorSet;
  factorVersion: string;
  trips: ScopeTrips;
  /** Every line of the sessions, left-out ones included. */
  lines: ModelLine[];
  /** The lines the headline counts. */
  headline: ModelLine[];
  leftOutTripIds: ReadonlySet<string>;
  flags: CarbonFlag[];
};

const NOTHING_CHECKED: CheckedInputs = { inputs: [], leftOutTripIds: new Set() };

/**
 * Trips of the sessions and their footprint under the organisation's current factor version.
 * With `checks` (the default), the sessions' whole projects are computed too, so that a line's
 * share is always measured against its whole project, whatever page shows it.
 */
export async function computeScope(
  tx: Executor,
  orgId: string,
  rows: scope.ScopeSessionRow[],
  lookup: CommuneLookup,
  options: { checks?: boolean } = {},
): Promise<ComputedScope> {
  const { set } = await currentFactorSet(tx, orgId);
  const checks = options.checks ?? true;
  const wide = checks ? await withWholeProjects(tx, rows) : rows;
  const all = await buildScopeTrips(tx, orgId, wide, lookup);
  const footprint = computeFootprint({ trips: all.built.trips, factors: set });
  const checked = checks
    ? await checkInputs(tx, all.built.trips, footprint.lines)
    : NOTHING_CHECKED;
  const ids = new Set(rows.map((row) => row.id));
  const narrow = wide.length > rows.length;
  const trips = narrow ? restrictToSessions(all, ids) : all;
  const lines = narrow
    ? footprint.lines.filter((line) => ids.has(line.refs.sessionId ?? ''))
    : footprint.lines;
  return {
    factors: set,
    factorVersion: footprint.factorVersion,
    trips,
    lines,
    headline: lines.filter((line) => !checked.leftOutTripIds.has(line.tripId)),
    leftOutTripIds: checked.leftOutTripIds,
    flags: presentFlags(checked, trips),
  };
}

/** The rows and every other session of their projects (cancelled ones emit nothing). */
async function withWholeProjects(tx: Executor, rows: scope.ScopeSessionRow[]) {
  const projectIds = [...new Set(rows.map((row) => row.projectId))];
  if (projectIds.length === 0) return rows;
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const row of await scope.findSessions(tx, scope.sessionsOfProjects(projectIds)))
    if (!byId.has(row.id)) byId.set(row.id, row);
  return [...byId.values()].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id),
  );
}

/** The headline summary of some of the scope's sessions (all of them by default). */
export function summaryOf(
  computed: ComputedScope,
  sessions: readonly ScopeSession[] = computed.trips.sessions,
  now = new Date(),
): FootprintSummary {
  const ids = new Set(sessions.map((session) => session.id));
  const inScope = (line: ModelLine) => ids.has(line.refs.sessionId ?? '');
  const flags = computed.flags.filter((flag) => flag.session && ids.has(flag.session.id));
  const summary = presentSummary(
    computed.headline.filter(inScope),
    computed.factorVersion,
    beneficiariesOfSessions(sessions, computed.trips.beneficiariesBySession),
    sessions,
    {
      now,
      leftOutLines: computed.lines.filter(
        (line) => inScope(line) && computed.leftOutTripIds.has(line.tripId),
      ),
      flags,
    },
  );
  if (summary.sessions.held === 0 || summary.sessions.planned === 0) return summary;
  const held = summaryOf(
    computed,
    sessions.filter((session) => session.startsAt.getTime() <= now.getTime()),
    now,
  );
  return {
    ...summary,
    heldOnly: {
      totalCo2eKg: held.totalCo2eKg,
      beneficiaries: held.beneficiaries.total,
      perBeneficiaryCo2eKg: held.perBeneficiaryCo2eKg,
    },
  };
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
  const computed = await computeScope(tx, orgId, rows, lookup);
  return { summary: summaryOf(computed), flags: computed.flags };
}

/** The trips the headline counts: what scenarios start from. */
export function headlineTrips(computed: ComputedScope) {
  return computed.trips.built.trips.filter((trip) => !computed.leftOutTripIds.has(trip.id));
}
