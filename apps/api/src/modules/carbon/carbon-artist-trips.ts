// Artists' travel: home → venue → home per session, or one chained trip when a day holds several sessions.
import {
  type ArtistTrip,
  artistTripsToVenue,
  type EquipmentTrip,
  type ItineraryStop,
  MODE_UNIT_BASIS,
  type TransportMode,
  tripsFromItineraryDay,
} from '@tutti/carbon';
import {
  type ArtistInfo,
  type ArtistTransport,
  type BuiltTrips,
  emptyBuiltTrips,
  note,
  type ScopeSession,
  type VenueInfo,
} from './carbon-model';
import { type Place, roadKm } from './carbon-places';

/** People per car, driver included: the carbon model's car-pooling assumption. */
export const MAX_CAR_OCCUPANTS = 4;

/** The carbon model's mode for an artist's usual transport, with what the mapping assumes. */
export const ARTIST_MODES: Record<ArtistTransport, { mode: TransportMode; noteCode?: string }> = {
  car: { mode: 'car-combustion' },
  electric_car: { mode: 'car-electric' },
  // Tutti does not know who else is in a car-pool: the car is counted whole (cautious).
  carpool: { mode: 'car-combustion', noteCode: 'artist-carpool-counted-as-car' },
  // Rail km are taken equal to road km; regional lines are the usual rural case.
  train: { mode: 'train-regional', noteCode: 'artist-train-road-km' },
  // Between communes a bus is a regional coach line.
  bus: { mode: 'coach', noteCode: 'artist-bus-as-coach' },
  bike: { mode: 'bike' },
  walk: { mode: 'walking' },
};

type Stop = { session: ScopeSession; venue: VenueInfo & { place: Place } };
type ArtistDay = { date: string; artist: ArtistInfo & { home: Place }; stops: Stop[] };

export type ArtistTripOptions = {
  /** The artists' sessions on every date of the scope, the scope's own included. */
  daySessions: readonly ScopeSession[];
  scopeSessionIds: ReadonlySet<string>;
  artistIdsBySession: ReadonlyMap<string, readonly string[]>;
  artists: ReadonlyMap<string, ArtistInfo>;
  venues: ReadonlyMap<string, VenueInfo>;
  areaKeyOf: (venueId: string) => string | undefined;
  /** Homes near each other (same key) may share a car in the car-pooling scenario. */
  homeAreaOf: (artistId: string) => string;
};

/**
 * One vehicle per group of artists who leave the same home commune by the same mode for the
 * same sessions of a day (at most four per car): their shared car is counted once. A day with
 * one session is a round trip; with several, home → venue A → venue B → home, each leg
 * attributed to the session it reaches (the last one to the session it leaves).
 */
export function buildArtistTrips(options: ArtistTripOptions): BuiltTrips {
  const built = emptyBuiltTrips();
  const vehicles = new Map<string, ArtistDay[]>();
  for (const day of artistDays(options, built)) {
    const { mode } = ARTIST_MODES[day.artist.transportMode];
    const route = day.stops.map((stop) => stop.session.id).join('>');
    const key = `${day.date}|${day.artist.homeKey}|${mode}|${route}`;
    vehicles.set(key, [...(vehicles.get(key) ?? []), day]);
  }
  for (const days of vehicles.values()) {
    const { mode } = ARTIST_MODES[days[0]!.artist.transportMode];
    const size = MODE_UNIT_BASIS[mode] === 'vehicle-km' ? MAX_CAR_OCCUPANTS : days.length;
    for (let start = 0; start < days.length; start += size) {
      addVehicle(days.slice(start, start + size), options, built);
    }
  }
  return built;
}

function artistDays(options: ArtistTripOptions, built: BuiltTrips): ArtistDay[] {
  const days = new Map<string, { date: string; artist: ArtistInfo; stops: Stop[] }>();
  for (const session of options.daySessions) {
    if (session.kind === 'online') continue;
    const venue = session.venueId ? options.venues.get(session.venueId) : undefined;
    const inScope = options.scopeSessionIds.has(session.id);
    if (!venue?.place) {
      if (inScope)
        built.notes.push(
          note(
            'session-venue-unknown',
            { session: sessionLabel(session) },
            {
              sessionId: session.id,
              target: session.venueId
                ? { kind: 'venue', id: session.venueId }
                : { kind: 'session', id: session.id },
            },
          ),
        );
      continue;
    }
    for (const artistId of options.artistIdsBySession.get(session.id) ?? []) {
      const artist = options.artists.get(artistId);
      if (!artist) continue;
      const key = `${artistId}|${session.date}`;
      const day = days.get(key) ?? { date: session.date, artist, stops: [] };
      // Two sessions in a row at the same venue: the artist stays, no leg between them.
      if (day.stops.at(-1)?.venue.id !== venue.id) {
        day.stops.push({ session, venue: { ...venue, place: venue.place } });
      }
      days.set(key, day);
    }
  }
  const located: ArtistDay[] = [];
  for (const day of days.values()) {
    const first = day.stops.find((stop) => options.scopeSessionIds.has(stop.session.id));
    if (day.artist.home) located.push({ ...day, artist: { ...day.artist, home: day.artist.home } });
    else if (first)
      built.notes.push(
        note(
          'artist-home-unknown',
          { artist: day.artist.displayName },
          { sessionId: first.session.id, target: { kind: 'artist', id: day.artist.id } },
        ),
      );
  }
  return located;
}

function addVehicle(days: ArtistDay[], options: ArtistTripOptions, built: BuiltTrips) {
  const { artist, stops, date } = farthestDriver(days);
  const { mode, noteCode } = ARTIST_MODES[artist.transportMode];
  const artistIds = days.map((day) => day.artist.id);
  const people = days.map((day) => day.artist.displayName);
  const tag = [...artistIds].sort().join('+');
  const trips: Array<ArtistTrip | EquipmentTrip> =
    stops.length === 1
      ? artistTripsToVenue({
          idPrefix: `artists:${stops[0]!.session.id}:${tag}`,
          refs: refsOf(stops[0]!.session, options),
          journeys: [
            {
              artistIds,
              distanceKm: roadKm(artist.home, stops[0]!.venue.place),
              mode,
              fromKey: options.homeAreaOf(artist.id),
            },
          ],
        })
      : tripsFromItineraryDay({
          dayId: `day:${date}:${tag}`,
          date,
          mode,
          occupants: artistIds.length,
          artistIds,
          stops: itineraryStops(artist, stops, options),
          legs: legsOf(artist.home, stops),
        }).map((trip) => ({
          ...trip,
          refs: { ...trip.refs, projectId: projectOf(trip, stops) },
          // The day's legs come from one input (the artist's home and day): checked as one.
          inputKey: `day:${date}:${tag}`,
        }));
  const notes = [
    ...(days.length > 1 && MODE_UNIT_BASIS[mode] === 'vehicle-km'
      ? [note('shared-car', { occupants: days.length, commune: artist.home.label })]
      : []),
    ...(stops.length > 1 ? [note('chained-day', { sessions: stops.length })] : []),
    ...(artist.home.atCommuneCentre ? [note('artist-home-at-commune-centre')] : []),
    ...(noteCode ? [note(noteCode)] : []),
  ];
  const labels = [artist.home.label, ...stops.map((s) => s.venue.name), artist.home.label];
  trips.forEach((trip, index) => {
    if (!trip.refs.sessionId || !options.scopeSessionIds.has(trip.refs.sessionId)) return;
    built.trips.push(trip);
    const single = stops.length === 1;
    built.details.set(trip.id, {
      from: labels[single ? 0 : index] ?? null,
      to: labels[single ? 1 : index + 1] ?? null,
      people,
      notes,
    });
  });
}

/** Artists sharing a car leave from the same commune; the one living farthest drives. */
function farthestDriver(days: ArtistDay[]): ArtistDay {
  const kmOf = (day: ArtistDay) =>
    legsOf(day.artist.home, day.stops).reduce((sum, leg) => sum + leg.distanceKm, 0);
  return days.reduce((best, day) => (kmOf(day) > kmOf(best) ? day : best));
}

function legsOf(home: Place, stops: Stop[]) {
  const points = [home, ...stops.map((stop) => stop.venue.place), home];
  return points.slice(1).map((point, i) => ({ distanceKm: roadKm(points[i]!, point) }));
}

function itineraryStops(
  artist: ArtistInfo & { home: Place },
  stops: Stop[],
  options: ArtistTripOptions,
): ItineraryStop[] {
  const home: ItineraryStop = { stopId: `home:${artist.homeKey}`, label: artist.home.label };
  const venues = stops.map((stop): ItineraryStop => {
    const areaKey = options.areaKeyOf(stop.venue.id);
    return {
      stopId: `venue:${stop.venue.id}`,
      label: stop.venue.name,
      sessionId: stop.session.id,
      ...(areaKey !== undefined && { areaKey }),
    };
  });
  return [home, ...venues, home];
}

function refsOf(session: ScopeSession, options: ArtistTripOptions) {
  const areaKey = session.venueId ? options.areaKeyOf(session.venueId) : undefined;
  return {
    projectId: session.projectId,
    sessionId: session.id,
    date: session.date,
    ...(areaKey !== undefined && { areaKey }),
  };
}

function projectOf(trip: { refs: { sessionId?: string } }, stops: Stop[]) {
  return stops.find((stop) => stop.session.id === trip.refs.sessionId)?.session.projectId;
}

export function sessionLabel(session: ScopeSession): string {
  return `${session.title ?? session.kind} (${session.date})`;
}
