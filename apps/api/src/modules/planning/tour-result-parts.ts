// Pieces of a run's result: one stop as shown, the changes against today's plan, and the overlaps
// the plan would create between its own sessions (same venue or same group at once).
import type { PlanChange, PlanningResult } from '@tutti/contracts';
import { localClock, localOf, toMinute } from './tour-calendar';
import type { DayStop } from './tour-days';
import type { TourProblem } from './tour-problem';
import type { TourFacts } from './tour-types';

/** Where the plan puts a session: an artist (index) and engine minutes. */
export type Placement = { artist: number; startMin: number; endMin: number };

export function describeStop(options: {
  stop: DayStop;
  facts: TourFacts;
  tour: TourProblem;
  changedIds: Set<string>;
}) {
  const { stop, facts, tour } = options;
  const { epochMs } = tour;
  if (stop.ref.kind === 'session') {
    const session = facts.sessions[stop.ref.index]!;
    const zone = session.venue.timeZone;
    return {
      sessionId: session.id,
      title: session.title,
      kind: session.kind,
      venueName: session.venue.name,
      communeName: session.venue.communeName,
      latitude: session.venue.latitude,
      longitude: session.venue.longitude,
      arrival: localClock(stop.arrivalMin, epochMs, zone).time,
      start: localClock(stop.startMin, epochMs, zone).time,
      end: localClock(stop.endMin, epochMs, zone).time,
      fixed: false,
      pinned: stop.ref.pinned,
      agreed: stop.ref.agreed,
      changed: options.changedIds.has(session.id),
    };
  }
  const fixed = tour.fixedStops[stop.ref.index]!;
  const other = facts.others[fixed.other]!;
  const home = facts.artists[fixed.artist]!;
  return {
    sessionId: other.id,
    title: other.title,
    kind: other.kind,
    venueName: other.venue?.name ?? home.homeLabel,
    communeName: other.venue?.communeName ?? null,
    latitude: other.venue?.latitude ?? home.latitude,
    longitude: other.venue?.longitude ?? home.longitude,
    arrival: localClock(stop.arrivalMin, epochMs, other.timeZone).time,
    start: localClock(stop.startMin, epochMs, other.timeZone).time,
    end: localClock(stop.endMin, epochMs, other.timeZone).time,
    fixed: true,
    pinned: false,
    agreed: false,
    changed: false,
  };
}

/** Sessions whose date, time or artist the plan changes, with before and after. */
export function planChanges(
  facts: TourFacts,
  planned: ReadonlyMap<number, Placement>,
  epochMs: number,
): PlanChange[] {
  const names = new Map(facts.artists.map((a) => [a.id, a.name]));
  const changes: PlanChange[] = [];
  for (const [index, placement] of planned) {
    const session = facts.sessions[index]!;
    const artist = facts.artists[placement.artist]!;
    const sameArtist = session.artistIds.length === 1 && session.artistIds[0] === artist.id;
    const sameStart = toMinute(session.startsAt, epochMs) === placement.startMin;
    if (sameArtist && sameStart) continue;
    const zone = session.venue.timeZone;
    const before = localOf(session.startsAt, zone);
    const after = localClock(placement.startMin, epochMs, zone);
    changes.push({
      sessionId: session.id,
      title: session.title,
      kind: session.kind,
      venueName: session.venue.name,
      from: {
        date: before.date,
        start: before.time,
        artists: session.artistIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      },
      to: { date: after.date, start: after.time, artists: [{ id: artist.id, name: artist.name }] },
    });
  }
  return changes.sort((a, b) =>
    `${a.to.date}${a.to.start}`.localeCompare(`${b.to.date}${b.to.start}`),
  );
}

/** Planned sessions that would hold the same venue or group at the same time. */
export function planWarnings(
  facts: TourFacts,
  planned: ReadonlyMap<number, Placement>,
): PlanningResult['warnings'] {
  const holders = new Map<string, { index: number; placement: Placement }[]>();
  for (const [index, placement] of planned) {
    const session = facts.sessions[index]!;
    const keys = [`venue|${session.venue.id}`, ...session.groupIds.map((g) => `group|${g}`)];
    for (const key of keys) holders.set(key, [...(holders.get(key) ?? []), { index, placement }]);
  }
  const warnings: PlanningResult['warnings'] = [];
  for (const [key, list] of holders) {
    list.sort((a, b) => a.placement.startMin - b.placement.startMin);
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1]!;
      const after = list[i]!;
      if (after.placement.startMin >= before.placement.endMin) continue;
      warnings.push({
        sessionId: facts.sessions[after.index]!.id,
        otherSessionId: facts.sessions[before.index]!.id,
        shared: key.startsWith('venue') ? 'venue' : 'group',
      });
    }
  }
  return warnings;
}
