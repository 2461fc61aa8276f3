// What holding a session online instead of in person avoids, for other modules' pages (the
// journey space's "online meeting instead of travel"): the online scenario of @tutti/carbon
// applied to in-person sessions of reference, divided by the sessions it moved.
import { footprintLine, onlineScenario } from '@tutti/carbon';
import type { Executor } from '@tutti/db';
import type { CommuneLookup } from './carbon-communes';
import { computeScope, headlineTrips } from './carbon-scope';
import * as scope from './carbon-scope.repository';

export type OnlineSaving = {
  /**
   * kg CO2e one session avoids, on average over the references: the travel counted for it
   * (artists, groups; audiences of public events stay in person) less the video call's energy
   * (devices × hours × the factor set's online video factor).
   */
  perSessionCo2eKg: number;
  sessions: number;
  factorVersion: string;
};

export async function onlineSaving(
  tx: Executor,
  orgId: string,
  referenceSessionIds: readonly string[],
  lookup: CommuneLookup,
): Promise<OnlineSaving | null> {
  if (referenceSessionIds.length === 0) return null;
  const rows = await scope.findSessions(tx, scope.sessionsById([...referenceSessionIds]));
  const computed = await computeScope(tx, orgId, rows, lookup, { checks: false });
  const trips = headlineTrips(computed);
  const scenario = onlineScenario(trips, {
    factors: computed.factors,
    sessionIds: referenceSessionIds,
    durationHoursBySession: Object.fromEntries(
      computed.trips.sessions.map((session) => [session.id, session.durationHours]),
    ),
  });
  const moved = scenario.stats.sessionsReplaced ?? 0;
  if (moved === 0) return null;
  const removed = new Set(scenario.removedTripIds);
  const added = new Set(scenario.addedTripIds);
  const kg = (list: typeof trips) =>
    list.reduce((sum, trip) => sum + footprintLine(trip, computed.factors).co2eKg, 0);
  const saved =
    kg(trips.filter((trip) => removed.has(trip.id))) -
    kg(scenario.trips.filter((trip) => added.has(trip.id)));
  return {
    perSessionCo2eKg: Math.max(0, saved / moved),
    sessions: moved,
    factorVersion: computed.factorVersion,
  };
}
