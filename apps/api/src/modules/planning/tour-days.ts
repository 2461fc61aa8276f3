// Plans as artist-days with their stops — the engine's, the baseline's and today's — measured with
// the run's travel matrix so that the three compare on the same distances.
import type { TravelMatrix } from '@tutti/planner';
import type { DayRoute } from './tour-baseline';
import { localOf, toMinute } from './tour-calendar';
import type { JobRef, TourProblem } from './tour-problem';
import type { TourFacts } from './tour-types';

export type DayStop = {
  ref: JobRef;
  location: number;
  arrivalMin: number;
  startMin: number;
  endMin: number;
};
/** An artist's day; `break` when the lunch break is taken on the road (not at home). */
export type DayPlan = {
  artist: number;
  date: string;
  stops: DayStop[];
  break?: { startMin: number; endMin: number };
};

export type Leg = { from: number; to: number; distanceKm: number; travelMin: number };
export type MeasuredDay = DayPlan & {
  legs: Leg[];
  distanceKm: number;
  travelMin: number;
  departureMin: number;
  returnMin: number;
};

export function daysFromRoutes(routes: readonly DayRoute[], tour: TourProblem): DayPlan[] {
  return routes
    .filter((route) => route.stops.length > 0)
    .map((route) => {
      const day = tour.days[route.vehicle]!;
      return {
        artist: day.artist,
        date: day.date,
        stops: route.stops.map((stop) => ({
          ref: tour.jobs[stop.job]!,
          location: tour.problem.jobs[stop.job]!.location,
          arrivalMin: stop.arrivalMin,
          startMin: stop.startMin,
          endMin: stop.endMin,
        })),
        ...(route.break ? { break: route.break } : {}),
      };
    });
}

/**
 * Today's plan of the run's sessions, with the same fixed sessions as the engine saw, per
 * artist and date. Sessions without an artist (or with one the run cannot place) are left out.
 */
export function currentDays(
  facts: TourFacts,
  tour: TourProblem,
  venueLocation: ReadonlyMap<string, number>,
): DayPlan[] {
  const artistIndex = new Map(facts.artists.map((a, i) => [a.id, i]));
  const days = new Map<string, DayPlan>();
  const add = (artist: number, stop: DayStop, date: string) => {
    const key = `${artist}|${date}`;
    const day = days.get(key) ?? { artist, date, stops: [] };
    day.stops.push(stop);
    days.set(key, day);
  };
  facts.sessions.forEach((session, index) => {
    for (const artistId of session.artistIds) {
      const artist = artistIndex.get(artistId);
      if (artist === undefined) continue;
      const startMin = toMinute(session.startsAt, tour.epochMs);
      add(
        artist,
        {
          ref: { kind: 'session', index, pinned: false, agreed: facts.agreed.has(session.id) },
          location: venueLocation.get(session.venue.id)!,
          arrivalMin: startMin,
          startMin,
          endMin: toMinute(session.endsAt, tour.epochMs),
        },
        localOf(session.startsAt, facts.rules.timeZone).date,
      );
    }
  });
  tour.fixedStops.forEach((stop, index) => {
    const date = localOf(facts.others[stop.other]!.startsAt, facts.rules.timeZone).date;
    add(
      stop.artist,
      { ref: { kind: 'fixed', index, artist: stop.artist }, ...stop, arrivalMin: stop.startMin },
      date,
    );
  });
  const list = [...days.values()];
  for (const day of list) day.stops.sort((a, b) => a.startMin - b.startMin);
  return list;
}

/**
 * Legs home → stops → home, kilometres, driving minutes, departure and return (earlier or later by
 * the break when it is taken on the way to the first stop or back from the last).
 */
export function measureDay(day: DayPlan, matrix: TravelMatrix): MeasuredDay {
  const at = (a: number, b: number) => a * matrix.size + b;
  const path = [day.artist, ...day.stops.map((s) => s.location), day.artist];
  const legs: Leg[] = path.slice(1).map((to, i) => ({
    from: path[i]!,
    to,
    distanceKm: Number(matrix.distanceKm[at(path[i]!, to)]),
    travelMin: Number(matrix.durationMin[at(path[i]!, to)]),
  }));
  const first = day.stops[0]!;
  const last = day.stops.at(-1)!;
  const pause = day.break;
  const before = pause && pause.endMin <= first.startMin ? pause.endMin - pause.startMin : 0;
  const after = pause && pause.startMin >= last.endMin ? pause.endMin - pause.startMin : 0;
  return {
    ...day,
    legs,
    distanceKm: legs.reduce((sum, leg) => sum + leg.distanceKm, 0),
    travelMin: legs.reduce((sum, leg) => sum + leg.travelMin, 0),
    departureMin: first.startMin - legs[0]!.travelMin - before,
    returnMin: last.endMin + legs.at(-1)!.travelMin + after,
  };
}
