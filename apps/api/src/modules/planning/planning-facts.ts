// Reads, in one tenant transaction, everything a run plans with, as plain facts for the engine.
import type { Executor } from '@tutti/db';
import { addDays, secondsOfTime } from '@tutti/kit/dates';
import { organisationTimeZone } from '../organisations';
import { findBusySessions } from '../sessions';
import * as repository from './planning.repository';
import * as facts from './planning-facts.repository';
import type { StoredRequest } from './planning-request';
import { earliestDateFor, notPlannable } from './planning-scope';
import type { Assignment, OtherSession, TourArtist, TourFacts, TourSession } from './tour-types';

const minutes = (time: string) => secondsOfTime(time) / 60;
const located = <T extends { latitude: number | null; longitude: number | null }>(row: T) =>
  row.latitude !== null && row.longitude !== null;

function toArtist(row: facts.ArtistFactsRow): TourArtist {
  return {
    id: row.id,
    name: row.displayName,
    homeLabel: row.homeCommuneName ?? row.displayName,
    latitude: row.latitude!,
    longitude: row.longitude!,
    transportMode: row.transportMode,
    maxTravelKmPerDay: row.maxTravelKmPerDay,
    skills: row.skills,
    availability: row.availability,
    unavailability: row.unavailability,
  };
}

function toOther(row: facts.SessionFactsRow): OtherSession {
  const venue = row.venue && located(row.venue) ? row.venue : null;
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    venue: venue
      ? {
          id: venue.id,
          name: venue.name,
          communeName: venue.communeName,
          latitude: venue.latitude!,
          longitude: venue.longitude!,
        }
      : null,
    artistIds: row.artists.map((a) => a.id),
    groupIds: row.groupIds,
    journeyId: row.journeyId,
    journeyPosition: row.journeyPosition,
  };
}

/** Where the sessions stand in the run re-planned, or today. */
async function assignmentsOf(tx: Executor, runId: string): Promise<Map<string, Assignment>> {
  const rows = await repository.findAssignments(tx, runId);
  return new Map(
    rows.flatMap((row) =>
      row.artistId && row.startsAt
        ? [[row.sessionId, { artistId: row.artistId, startsAt: row.startsAt }]]
        : [],
    ),
  );
}

export async function loadTourFacts(
  tx: Executor,
  options: { orgId: string; request: StoredRequest; now: Date },
): Promise<TourFacts> {
  const { request, now } = options;
  const timeZone = await organisationTimeZone(tx, options.orgId);
  const earliestDate = earliestDateFor(now, timeZone);
  // Sessions edited since the run was asked for: those that cannot be planned any more are left out.
  const rows = (await facts.sessionsByIds(tx, request.sessionIds)).filter(
    (row) => notPlannable(row, earliestDate) === null,
  );
  const venueIds = [...new Set(rows.map((r) => r.venue!.id))];
  const rules = await facts.venueRules(tx, venueIds);
  const current = new Map(
    rows.flatMap((row) =>
      row.artists[0] ? [[row.id, { artistId: row.artists[0].id, startsAt: row.startsAt }]] : [],
    ),
  );
  const base = request.replanOf ? await assignmentsOf(tx, request.replanOf) : null;
  const pins = new Map<string, Assignment>();
  for (const id of request.pinnedSessionIds) {
    const kept = (base ?? current).get(id);
    if (kept) pins.set(id, kept);
  }
  // A date agreed with a partner stays, with today's artist when there is one.
  const agreed = new Set(request.agreedSessionIds ?? []);
  for (const id of agreed) {
    const today = current.get(id);
    if (today) pins.set(id, today);
  }
  const wanted = new Set([
    ...request.artistIds,
    ...[...current.values(), ...pins.values()].map((a) => a.artistId),
  ]);
  const artists = (await facts.artistFacts(tx, [...wanted])).filter(located).map(toArtist);
  const chosenArtistIds = new Set(
    [...request.artistIds, ...[...pins.values()].map((p) => p.artistId)].filter((id) =>
      artists.some((a) => a.id === id),
    ),
  );
  const sessions: TourSession[] = rows.map((row) => {
    const venue = row.venue!;
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      venue: {
        id: venue.id,
        name: venue.name,
        communeName: venue.communeName,
        timeZone: venue.timeZone,
        latitude: venue.latitude!,
        longitude: venue.longitude!,
        availability: rules.windows
          .filter((w) => w.venueId === venue.id)
          .map(({ weekday, startsAt, endsAt }) => ({ weekday, startsAt, endsAt })),
        blackouts: rules.closures
          .filter((c) => c.venueId === venue.id)
          .map(({ startsOn, endsOn, reason }) => ({ startsOn, endsOn, reason })),
      },
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      timeZone: row.timeZone,
      artistIds: row.artists.map((a) => a.id),
      groupIds: row.groupIds,
      journeyId: row.journeyId,
      journeyPosition: row.journeyPosition,
      updatedAt: row.updatedAt,
    };
  });
  // The sessions module's own rule for who is busy; then their venues and journeys.
  const busy = await findBusySessions(tx, {
    from: new Date(`${addDays(request.from, -1)}T00:00:00Z`),
    to: new Date(`${addDays(request.to, 2)}T00:00:00Z`),
    excludeIds: sessions.map((s) => s.id),
    artistIds: [...chosenArtistIds],
    venueIds,
    groupIds: [...new Set(sessions.flatMap((s) => s.groupIds))],
  });
  const others = await facts.sessionsByIds(
    tx,
    busy.map((b) => b.id),
  );
  return {
    sessions,
    others: others.map(toOther),
    artists,
    chosenArtistIds,
    pins,
    agreed,
    previous: base ?? (request.keepCurrentAssignments ? current : null),
    rules: {
      from: request.from,
      to: request.to,
      earliestDate,
      windowDays: request.windowDays,
      hours: { fromMin: minutes(request.hours.from), toMin: minutes(request.hours.to) },
      weekdays: request.weekdays,
      lunchBreak: request.lunchBreak
        ? {
            fromMin: minutes(request.lunchBreak.from),
            toMin: minutes(request.lunchBreak.to),
            minutes: request.lunchBreak.minutes,
          }
        : null,
      // Runs asked for before the option existed avoided nothing; new ones avoid by default.
      avoidPublicHolidays: request.avoidPublicHolidays ?? false,
      sessionRules: new Map(
        request.sessionRules.map((rule) => [
          rule.sessionId,
          {
            ...(rule.from ? { from: rule.from } : {}),
            ...(rule.to ? { to: rule.to } : {}),
            ...(rule.hours
              ? { hours: { fromMin: minutes(rule.hours.from), toMin: minutes(rule.hours.to) } }
              : {}),
          },
        ]),
      ),
      timeZone,
    },
  };
}
