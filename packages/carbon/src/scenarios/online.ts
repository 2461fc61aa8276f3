// Replacing some sessions by online ones: their travel disappears, video hours appear.
import type { FactorSet } from '../factors/types';
import { footprintLine } from '../footprint/compute';
import type { Speeds } from '../travel/time';
import type { DigitalTrip, TravelTrip, Trip } from '../trips/types';
import { isTravelTrip } from '../trips/types';
import { buildScenario, groupBy } from './build';
import { type Scenario, TUTTI_ASSUMPTION } from './types';

export type OnlineOptions = {
  /** Used to pick the sessions whose travel emits most when `sessionIds` is not given. */
  factors: FactorSet;
  /** Share of sessions to move online (rounded to whole sessions); default 0.2. */
  share?: number;
  /** Exactly these sessions, chosen by the coordinator; overrides `share` and `eligibleSessionIds`. */
  sessionIds?: readonly string[];
  /**
   * Sessions that could be held online (workshops, say). By default every session without
   * estimated audience travel: a public event such as a concert is not moved online unless listed.
   */
  eligibleSessionIds?: readonly string[];
  durationHoursBySession?: Readonly<Record<string, number>>;
  defaultDurationHours?: number;
  speeds?: Speeds;
};

function onlineReplacement(
  sessionId: string,
  trips: TravelTrip[],
  durationHours: number,
): DigitalTrip {
  let participants = 0;
  let connectedDevices = 0;
  for (const trip of trips) {
    if (trip.kind === 'audience') {
      // Audience members join from home, one device each.
      participants += trip.travellers;
      connectedDevices += trip.travellers;
    } else if (trip.kind === 'group') {
      // A class or group follows together on one screen.
      participants += trip.travellers;
      connectedDevices += 1;
    } else if (trip.kind === 'artist' && trip.occupants > 0) {
      participants += trip.occupants;
      connectedDevices += 1;
    }
  }
  const { areaKey: _area, ...refs } = trips[0]!.refs;
  return {
    kind: 'digital',
    id: `online:${sessionId}`,
    refs,
    participants,
    connectedDevices,
    durationHours,
    derivedFrom: trips.map((trip) => trip.id),
  };
}

/**
 * Moves sessions online: every trip attributed to a chosen session is dropped and one online
 * session added (audience on their own devices, groups and artists one device each). Without
 * `sessionIds`, `share` of all sessions is moved, choosing among the eligible ones those whose
 * travel emits most. Legs of a shared itinerary day attributed to a session are dropped too;
 * a re-plan gives the exact day.
 * @example onlineScenario(trips, { factors: ADEME_2025, share: 0.2 }).stats.sessionsReplaced
 */
export function onlineScenario(trips: readonly Trip[], options: OnlineOptions): Scenario {
  const share = Math.min(1, Math.max(0, options.share ?? 0.2));
  const defaultDurationHours = options.defaultDurationHours ?? 1.5;
  const bySession = groupBy(trips.filter(isTravelTrip), (trip) => trip.refs.sessionId);
  const eligible = (sessionId: string, sessionTrips: TravelTrip[]) =>
    options.eligibleSessionIds?.includes(sessionId) ??
    !sessionTrips.some((trip) => trip.kind === 'audience');
  const sessionKg = [...bySession.entries()]
    .filter(([sessionId, sessionTrips]) => eligible(sessionId, sessionTrips))
    .map(([sessionId, sessionTrips]) => ({
      sessionId,
      co2eKg: sessionTrips.reduce((sum, t) => sum + footprintLine(t, options.factors).co2eKg, 0),
    }));
  sessionKg.sort((a, b) => b.co2eKg - a.co2eKg || a.sessionId.localeCompare(b.sessionId));
  const chosen = new Set(
    options.sessionIds ??
      sessionKg.slice(0, Math.round(share * bySession.size)).map((s) => s.sessionId),
  );
  const added: DigitalTrip[] = [];
  for (const [sessionId, sessionTrips] of bySession) {
    if (!chosen.has(sessionId)) continue;
    const hours = options.durationHoursBySession?.[sessionId] ?? defaultDurationHours;
    added.push(onlineReplacement(sessionId, sessionTrips, hours));
  }
  const kept = trips.filter(
    (trip) =>
      !(isTravelTrip(trip) && trip.refs.sessionId !== undefined && chosen.has(trip.refs.sessionId)),
  );
  return buildScenario({
    lever: 'online',
    before: trips,
    after: [...kept, ...added],
    assumptions: [
      options.sessionIds
        ? {
            name: 'onlineSessionsChosen',
            value: options.sessionIds.length,
            unit: 'sessions',
            source: TUTTI_ASSUMPTION,
          }
        : { name: 'onlineShare', value: share, unit: 'share', source: TUTTI_ASSUMPTION },
      {
        name: 'onlineDurationHours',
        value: defaultDurationHours,
        unit: 'h',
        source: TUTTI_ASSUMPTION,
      },
      {
        name: 'onlineVideoFactor',
        value: options.factors.onlineVideo.kgPerDeviceHour,
        unit: 'kg-per-device-hour',
        source: 'factor-set',
      },
    ],
    stats: { sessionsReplaced: added.length, sessionsTotal: bySession.size },
    ...(options.speeds && { speeds: options.speeds }),
  });
}
