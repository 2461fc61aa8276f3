// The outcome of a run as people read it: itineraries per artist and day with km, time and CO2,
// the plan compared with today's and with the baseline, what would change, what stays unplaced.

import type { FactorSet } from '@tutti/carbon';
import type { Itinerary, PlanningResult, UnplacedReason } from '@tutti/contracts';
import { zonedToUtc } from '@tutti/kit/dates';
import { localClock, localOf, toMinute } from './tour-calendar';
import { likeForLike } from './tour-compare';
import { currentDays, daysFromRoutes, type MeasuredDay, measureDay } from './tour-days';
import { refineReason } from './tour-diagnose';
import { dayFootprint, planTotals, round, savedPercent } from './tour-footprint';
import type { Layout, TourProblem } from './tour-problem';
import { describeStop, type Placement, planChanges, planWarnings } from './tour-result-parts';
import { separateShared } from './tour-separate';
import type { TourWorkerOutput } from './tour-solve';
import { preferredTimes } from './tour-times';
import type { TourFacts } from './tour-types';

export type AssignmentRow = {
  sessionId: string;
  sessionVersion: Date;
  currentStartsAt: Date;
  currentArtistIds: string[];
  pinned: boolean;
  artistId: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  unplacedReason: UnplacedReason | null;
};

type Options = {
  facts: TourFacts;
  tour: TourProblem;
  layout: Layout;
  output: TourWorkerOutput;
  factors: FactorSet;
};

function placementsOf(days: readonly MeasuredDay[]) {
  const placements = new Map<number, Placement>();
  for (const day of days) {
    for (const stop of day.stops) {
      if (stop.ref.kind !== 'session') continue;
      placements.set(stop.ref.index, {
        artist: day.artist,
        startMin: stop.startMin,
        endMin: stop.endMin,
      });
    }
  }
  return placements;
}

/** A session's current time of day on the date the plan gives it; fixed and pinned stops stay. */
function preferCurrent(facts: TourFacts, tour: TourProblem) {
  return (job: number, engineStartMin: number): number | null => {
    const ref = tour.jobs[job];
    if (ref?.kind !== 'session' || ref.pinned || ref.agreed) return null;
    const session = facts.sessions[ref.index]!;
    const zone = session.venue.timeZone;
    const date = localClock(engineStartMin, tour.epochMs, zone).date;
    const wanted = zonedToUtc(date, localOf(session.startsAt, zone).minuteOfDay, zone);
    return wanted ? toMinute(wanted, tour.epochMs) : null;
  };
}

/** What a job holds that no other session may hold at once: its venue and its groups. */
function sharedKeys(facts: TourFacts, tour: TourProblem) {
  return (job: number): string[] => {
    const ref = tour.jobs[job];
    if (ref?.kind !== 'session') return [];
    const session = facts.sessions[ref.index]!;
    return [`venue|${session.venue.id}`, ...session.groupIds.map((id) => `group|${id}`)];
  };
}

/** Sessions whose time the plan may still change (not pinned, not agreed, not fixed). */
const movable = (tour: TourProblem) => (job: number) => {
  const ref = tour.jobs[job];
  return ref?.kind === 'session' && !ref.pinned && !ref.agreed;
};

export function buildTourResult(options: Options): {
  result: PlanningResult;
  assignments: AssignmentRow[];
} {
  const { facts, tour, layout, output, factors } = options;
  const matrix = tour.problem.matrix!;
  const measure = (days: ReturnType<typeof daysFromRoutes>) =>
    days.map((d) => measureDay(d, matrix));
  const prefer = preferCurrent(facts, tour);
  const timed = preferredTimes(tour.problem, output.plan.routes, prefer);
  const plan = measure(
    daysFromRoutes(
      separateShared(tour.problem, timed, sharedKeys(facts, tour), movable(tour), prefer),
      tour,
    ),
  );
  const baseline = measure(daysFromRoutes(output.baseline.routes, tour));
  const current = measure(currentDays(facts, tour, layout.venueLocation));
  const footprint = (day: MeasuredDay) =>
    dayFootprint({ day, facts, points: layout.points, factors });
  const [planCo2, baselineCo2, currentCo2] = [plan, baseline, current].map((days) =>
    days.map(footprint),
  );
  const planned = placementsOf(plan);
  const count = facts.sessions.length;
  const totals = {
    plan: planTotals(plan, planCo2!, planned.size, count),
    baseline: planTotals(baseline, baselineCo2!, placementsOf(baseline).size, count),
    current: planTotals(current, currentCo2!, placementsOf(current).size, count),
  };
  const unplaced = new Map<number, { reason: UnplacedReason; detail: string }>();
  for (const early of tour.unplacedEarly) unplaced.set(early.index, early);
  for (const missed of output.plan.unassigned) {
    const ref = tour.jobs[missed.job];
    if (ref?.kind !== 'session') continue;
    const refined = refineReason(tour.problem, missed.job, missed.reason);
    unplaced.set(ref.index, refined ?? { reason: missed.reason, detail: missed.detail });
  }
  const changes = planChanges(facts, planned, tour.epochMs);
  const changedIds = new Set(changes.map((c) => c.sessionId));
  const result: PlanningResult = {
    timeZone: facts.rules.timeZone,
    factorVersion: factors.version,
    ...totals,
    savedVsCurrentPercent: savedPercent(totals.plan, totals.current),
    savedVsBaselinePercent: savedPercent(totals.plan, totals.baseline),
    likeForLike: likeForLike({ facts, plan, current, matrix, footprint }),
    itineraries: itineraries({ ...options, days: plan, footprints: planCo2!, changedIds }),
    changes,
    unplaced: [...unplaced].map(([index, u]) => {
      const session = facts.sessions[index]!;
      return {
        sessionId: session.id,
        title: session.title,
        kind: session.kind,
        venueName: session.venue.name,
        ...u,
      };
    }),
    warnings: planWarnings(facts, planned),
    iterations: output.plan.iterations,
    elapsedMs: Math.round(output.plan.elapsedMs),
  };
  const assignments = facts.sessions.map((session, index): AssignmentRow => {
    const placement = planned.get(index);
    return {
      sessionId: session.id,
      sessionVersion: session.updatedAt,
      currentStartsAt: session.startsAt,
      currentArtistIds: session.artistIds,
      pinned: facts.pins.has(session.id),
      artistId: placement ? facts.artists[placement.artist]!.id : null,
      startsAt: placement ? new Date(tour.epochMs + placement.startMin * 60_000) : null,
      endsAt: placement ? new Date(tour.epochMs + placement.endMin * 60_000) : null,
      unplacedReason: placement ? null : (unplaced.get(index)?.reason ?? 'TIME_WINDOW'),
    };
  });
  return { result, assignments };
}

function itineraries(
  options: Options & {
    days: MeasuredDay[];
    footprints: { co2eKg: number; legCo2eKg: number[] }[];
    changedIds: Set<string>;
  },
): Itinerary[] {
  const { facts, tour, layout, days, footprints } = options;
  const zone = facts.rules.timeZone;
  const venueName = new Map<number, string>();
  for (const s of facts.sessions)
    venueName.set(layout.venueLocation.get(s.venue.id)!, s.venue.name);
  for (const o of facts.others)
    if (o.venue) venueName.set(layout.venueLocation.get(o.venue.id)!, o.venue.name);
  const label = (location: number) =>
    facts.artists[location]?.homeLabel ?? venueName.get(location) ?? '';
  const byArtist = new Map<number, number[]>();
  days.forEach((day, i) => {
    byArtist.set(day.artist, [...(byArtist.get(day.artist) ?? []), i]);
  });
  return [...byArtist.entries()]
    .map(([artistIndex, indexes]) => {
      const artist = facts.artists[artistIndex]!;
      const artistDays = indexes
        .map((i) => ({ day: days[i]!, footprint: footprints[i]! }))
        .sort((a, b) => a.day.departureMin - b.day.departureMin)
        .map(({ day, footprint }) => ({
          date: day.date,
          departure: localClock(day.departureMin, tour.epochMs, zone).time,
          return: localClock(day.returnMin, tour.epochMs, zone).time,
          distanceKm: round(day.distanceKm, 1),
          travelMin: Math.round(day.travelMin),
          co2eKg: round(footprint.co2eKg, 2),
          lunchBreak: day.break
            ? {
                start: localClock(day.break.startMin, tour.epochMs, zone).time,
                end: localClock(day.break.endMin, tour.epochMs, zone).time,
              }
            : null,
          stops: day.stops.map((stop) =>
            describeStop({ stop, facts, tour, changedIds: options.changedIds }),
          ),
          legs: day.legs.map((leg, i) => ({
            from: label(leg.from),
            to: label(leg.to),
            distanceKm: round(leg.distanceKm, 1),
            travelMin: Math.round(leg.travelMin),
            co2eKg: round(footprint.legCo2eKg[i] ?? 0, 2),
          })),
        }));
      const sum = (pick: (d: (typeof artistDays)[number]) => number) =>
        artistDays.reduce((total, d) => total + pick(d), 0);
      return {
        artistId: artist.id,
        artistName: artist.name,
        transportMode: artist.transportMode,
        home: { label: artist.homeLabel, latitude: artist.latitude, longitude: artist.longitude },
        distanceKm: round(
          sum((d) => d.distanceKm),
          1,
        ),
        travelMin: sum((d) => d.travelMin),
        co2eKg: round(
          sum((d) => d.co2eKg),
          2,
        ),
        days: artistDays,
      };
    })
    .sort((a, b) => a.artistName.localeCompare(b.artistName, 'fr'));
}
