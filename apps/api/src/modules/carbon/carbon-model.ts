// Types shared by the trip builders: the sessions, people and places a footprint is computed from.
import type { Trip } from '@tutti/carbon';
import type { CarbonNote, TransportMode } from '@tutti/contracts';
import type { Place } from './carbon-places';
import type { ScopeSessionRow } from './carbon-scope.repository';

export type ScopeSession = ScopeSessionRow & {
  /** Local date in the session's time zone, `YYYY-MM-DD`. */
  date: string;
  durationHours: number;
};

export type ArtistTransport = TransportMode;

export type ArtistInfo = {
  id: string;
  displayName: string;
  home: Place | null;
  /** Artists with the same key start from the same place (their home commune). */
  homeKey: string;
  transportMode: ArtistTransport;
};

export type VenueInfo = {
  id: string;
  name: string;
  place: Place | null;
  densityClass: number | null;
};

/** What a footprint line is about, for the details view. */
export type TripDetail = {
  from: string | null;
  to: string | null;
  people: string[];
  notes: CarbonNote[];
  /** The groups whose people the trip carries, to link a flagged line to what to fix. */
  groups?: { id: string; name: string }[];
};

/** What to open to fix an input: its group, venue, artist, session or the session's attendance. */
export type FixTarget = {
  kind: 'group' | 'venue' | 'artist' | 'session' | 'attendance' | 'session-carbon';
  id: string;
};

/** A note with the session it came from (to keep a scope's own) and what would fix its gap. */
export type ScopedNote = CarbonNote & { sessionId?: string; target?: FixTarget };

export type BuiltTrips = {
  trips: Trip[];
  details: Map<string, TripDetail>;
  /** Approximations and gaps that concern no single trip (an unknown home, an unknown origin). */
  notes: ScopedNote[];
};

export function emptyBuiltTrips(): BuiltTrips {
  return { trips: [], details: new Map(), notes: [] };
}

export function mergeBuiltTrips(parts: readonly BuiltTrips[]): BuiltTrips {
  const merged = emptyBuiltTrips();
  for (const part of parts) {
    merged.trips.push(...part.trips);
    for (const [id, detail] of part.details) merged.details.set(id, detail);
    merged.notes.push(...part.notes);
  }
  return merged;
}

export function note(
  code: string,
  params: CarbonNote['params'] = {},
  scope: { sessionId?: string; target?: FixTarget } = {},
): ScopedNote {
  return { code, params, ...scope };
}
