// Turns the facts of a run into the engine's problem: locations, artist-days as vehicles, sessions
// as jobs with their allowed windows, pins, fixed stops, and the plan to stay close to.
import type { UnplacedReason } from '@tutti/contracts';
import type {
  Job,
  PlanningProblem,
  PreviousAssignment,
  TravelMatrix,
  Vehicle,
} from '@tutti/planner';
import { epochOf, localOf, toMinute } from './tour-calendar';
import { jobId, vehicleId } from './tour-ids';
import type { Assignment, OtherSession, Place, TourFacts } from './tour-types';
import { type ArtistDay, artistDays, type FixedStop, placeFixedStops } from './tour-vehicles';
import { allowedDates, busyIntervals, journeyNeighbours, sessionWindows } from './tour-windows';

/** Where things are: artists' homes first (location = artist index), then venues. */
export type Layout = { points: Place[]; venueLocation: Map<string, number> };

export function layoutLocations(facts: TourFacts): Layout {
  const points: Place[] = facts.artists.map((a) => ({
    latitude: a.latitude,
    longitude: a.longitude,
  }));
  const venueLocation = new Map<string, number>();
  const add = (venue: Place & { id: string }) => {
    if (venueLocation.has(venue.id)) return;
    venueLocation.set(venue.id, points.length);
    points.push({ latitude: venue.latitude, longitude: venue.longitude });
  };
  for (const session of facts.sessions) add(session.venue);
  for (const other of facts.others) if (other.venue) add(other.venue);
  return { points, venueLocation };
}

/** What each engine job stands for: a session of the run, or another session kept fixed. */
export type JobRef =
  | { kind: 'session'; index: number; pinned: boolean }
  | { kind: 'fixed'; index: number; artist: number };

export type TourProblem = {
  problem: PlanningProblem;
  epochMs: number;
  /** Parallel to `problem.vehicles` and `problem.jobs`. */
  days: ArtistDay[];
  jobs: JobRef[];
  /** Sessions decided before the engine runs: no allowed slot, or a pin that cannot hold. */
  unplacedEarly: { index: number; reason: UnplacedReason; detail: string }[];
  fixedStops: FixedStop[];
  minimiseChangesFrom: PreviousAssignment | undefined;
};

/** The artist-day holding an assignment, if the artist works then. */
function dayOf(days: ArtistDay[], artist: number, startMin: number, endMin: number) {
  const i = days.findIndex(
    (d) => d.artist === artist && d.shift.startMin <= startMin && endMin <= d.shift.endMin,
  );
  return i < 0 ? undefined : i;
}

export function buildTourProblem(
  facts: TourFacts,
  layout: Layout,
  matrix: TravelMatrix,
): TourProblem {
  const { rules } = facts;
  const epochMs = epochOf(rules.from);
  const artistIndex = new Map(facts.artists.map((a, i) => [a.id, i]));
  const neighbours = journeyNeighbours([...facts.sessions, ...facts.others]);
  const windows = facts.sessions.map((session) => {
    const dates = allowedDates(session, rules, neighbours.get(session.id));
    const busy = busyIntervals(session, facts.others, epochMs);
    return { dates, windows: sessionWindows({ session, rules, dates, busy, epochMs }) };
  });
  const workDates = new Set(windows.flatMap((w) => w.dates));
  for (const pin of facts.pins.values()) workDates.add(localOf(pin.startsAt, rules.timeZone).date);
  const dates = [...workDates].sort();
  const allDays = facts.artists.flatMap((artist, index) =>
    facts.chosenArtistIds.has(artist.id)
      ? artistDays({ artist, index, dates, timeZone: rules.timeZone, epochMs })
      : [],
  );
  const at = (a: number, b: number) => a * matrix.size + b;
  const travel = (a: number, b: number) => ({
    km: Number(matrix.distanceKm[at(a, b)]),
    min: Number(matrix.durationMin[at(a, b)]),
  });
  const { days, fixed } = placeFixedStops({
    days: allDays,
    others: facts.others,
    artistIndex,
    // An online session keeps the artist at home.
    locationOf: (other: OtherSession, artist: number) =>
      other.venue ? layout.venueLocation.get(other.venue.id)! : artist,
    homeOf: facts.artists.map((_, i) => i),
    timeZone: rules.timeZone,
    epochMs,
    travel,
  });

  const vehicles: Vehicle[] = days.map((day, i) => ({
    id: vehicleId(i),
    startLocation: day.artist,
    shift: day.shift,
    skills: facts.artists[day.artist]!.skills,
    ...(day.maxDistanceKm === undefined ? {} : { maxDistanceKm: day.maxDistanceKm }),
  }));
  const jobs: Job[] = [];
  const refs: JobRef[] = [];
  const unplacedEarly: TourProblem['unplacedEarly'] = [];
  const jobOfSession = new Map<string, string>();
  facts.sessions.forEach((session, index) => {
    const durationMin = Math.round(
      (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000,
    );
    const location = layout.venueLocation.get(session.venue.id)!;
    const pin = facts.pins.get(session.id);
    const id = jobId(jobs.length);
    if (pin) {
      const startMin = toMinute(pin.startsAt, epochMs);
      const artist = artistIndex.get(pin.artistId);
      const day =
        artist === undefined ? undefined : dayOf(days, artist, startMin, startMin + durationMin);
      if (day === undefined) {
        unplacedEarly.push({
          index,
          reason: 'PINNED_CONFLICT',
          detail: 'the pinned artist does not work then',
        });
        return;
      }
      jobs.push({
        id,
        location,
        serviceMin: durationMin,
        pinnedVehicleId: vehicleId(day),
        pinnedStartMin: startMin,
      });
      refs.push({ kind: 'session', index, pinned: true });
    } else {
      const timeWindows = windows[index]!.windows;
      if (timeWindows.length === 0) {
        unplacedEarly.push({
          index,
          reason: 'NO_ALLOWED_SLOT',
          detail: 'no allowed date and hour is free',
        });
        return;
      }
      jobs.push({ id, location, serviceMin: durationMin, timeWindows, skills: [session.kind] });
      refs.push({ kind: 'session', index, pinned: false });
    }
    jobOfSession.set(session.id, id);
  });
  const fixedStops: FixedStop[] = [];
  fixed.forEach((stops, day) => {
    for (const stop of stops) {
      jobs.push({
        id: jobId(jobs.length),
        location: stop.location,
        serviceMin: stop.endMin - stop.startMin,
        pinnedVehicleId: vehicleId(day),
        pinnedStartMin: stop.startMin,
      });
      refs.push({ kind: 'fixed', index: fixedStops.length, artist: stop.artist });
      fixedStops.push(stop);
    }
  });
  const problem: PlanningProblem = { vehicles, jobs, matrix };
  return {
    problem,
    epochMs,
    days,
    jobs: refs,
    unplacedEarly,
    fixedStops,
    minimiseChangesFrom: previousAssignment(facts, days, jobOfSession, artistIndex, epochMs),
  };
}

function previousAssignment(
  facts: TourFacts,
  days: ArtistDay[],
  jobOfSession: Map<string, string>,
  artistIndex: Map<string, number>,
  epochMs: number,
): PreviousAssignment | undefined {
  if (!facts.previous) return undefined;
  const result: PreviousAssignment = [];
  for (const session of facts.sessions) {
    const before: Assignment | undefined = facts.previous.get(session.id);
    const job = jobOfSession.get(session.id);
    const artist = before ? artistIndex.get(before.artistId) : undefined;
    if (!before || !job || artist === undefined || facts.pins.has(session.id)) continue;
    const startMin = toMinute(before.startsAt, epochMs);
    const durationMin = (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
    const day = dayOf(days, artist, startMin, startMin + durationMin);
    if (day !== undefined) result.push({ jobId: job, vehicleId: vehicleId(day) });
  }
  return result;
}
