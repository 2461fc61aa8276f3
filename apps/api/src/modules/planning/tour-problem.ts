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
import { fixedStopsLeaveBreak, lunchOf } from './tour-breaks';
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
  | { kind: 'session'; index: number; pinned: boolean; agreed: boolean }
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
  const keptTimes = heldSessions(facts);
  const windows = facts.sessions.map((session) => {
    const dates = allowedDates(session, rules, neighbours.get(session.id));
    const blocking = [...facts.others, ...keptTimes.filter((h) => h.id !== session.id)];
    const busy = busyIntervals(session, blocking, epochMs);
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
    const agreed = facts.agreed.has(session.id);
    const id = jobId(jobs.length);
    if (agreed && !pin) {
      // Agreed with the partner and nobody yet: the date and time stay, any skilled artist.
      const startMin = toMinute(session.startsAt, epochMs);
      jobs.push({
        id,
        location,
        serviceMin: durationMin,
        pinnedStartMin: startMin,
        skills: [session.kind],
      });
      refs.push({ kind: 'session', index, pinned: false, agreed });
    } else if (pin) {
      const startMin = toMinute(pin.startsAt, epochMs);
      const artist = artistIndex.get(pin.artistId);
      const day =
        artist === undefined ? undefined : dayOf(days, artist, startMin, startMin + durationMin);
      if (day === undefined) {
        unplacedEarly.push({
          index,
          reason: 'PINNED_CONFLICT',
          detail: agreed
            ? 'the artist of the agreed date does not work then'
            : 'the pinned artist does not work then',
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
      refs.push({ kind: 'session', index, pinned: !agreed, agreed });
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
      refs.push({ kind: 'session', index, pinned: false, agreed: false });
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
  const held = heldStops(jobs);
  const vehicles: Vehicle[] = days.map((day, i) => {
    const lunch = lunchOf(rules, day.date, epochMs);
    const stops = held.get(vehicleId(i)) ?? [];
    const keeps =
      lunch &&
      fixedStopsLeaveBreak({
        rule: lunch,
        shift: day.shift,
        home: day.artist,
        stops,
        travelMin: (a, b) => travel(a, b).min,
      });
    return {
      id: vehicleId(i),
      startLocation: day.artist,
      shift: day.shift,
      skills: facts.artists[day.artist]!.skills,
      ...(day.maxDistanceKm === undefined ? {} : { maxDistanceKm: day.maxDistanceKm }),
      // A day whose sessions at fixed times already leave no break gets no rule: the plan
      // cannot give it back, and the sessions it holds must stay.
      ...(keeps ? { break: lunch } : {}),
    };
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

/** The run's sessions that keep their time (pins, agreed dates): their venue and groups are taken then. */
function heldSessions(facts: TourFacts) {
  return facts.sessions.flatMap((session) => {
    const pin = facts.pins.get(session.id);
    if (!pin && !facts.agreed.has(session.id)) return [];
    const startsAt = pin?.startsAt ?? session.startsAt;
    const length = session.endsAt.getTime() - session.startsAt.getTime();
    return [
      {
        id: session.id,
        venue: { id: session.venue.id },
        groupIds: session.groupIds,
        startsAt,
        endsAt: new Date(startsAt.getTime() + length),
      },
    ];
  });
}

/** Jobs at a fixed time on a fixed artist-day (others, pins, agreed dates), by vehicle, in order. */
function heldStops(jobs: readonly Job[]) {
  const held = new Map<string, { location: number; startMin: number; endMin: number }[]>();
  for (const job of jobs) {
    if (job.pinnedVehicleId === undefined || job.pinnedStartMin === undefined) continue;
    const list = held.get(job.pinnedVehicleId) ?? [];
    list.push({
      location: job.location,
      startMin: job.pinnedStartMin,
      endMin: job.pinnedStartMin + job.serviceMin,
    });
    held.set(job.pinnedVehicleId, list);
  }
  for (const list of held.values()) list.sort((a, b) => a.startMin - b.startMin);
  return held;
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
