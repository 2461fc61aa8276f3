// Finds why a session cannot take place as planned: double bookings, capacity, availability, skills.
import type { Conflict, SessionKind } from '@tutti/contracts';
import type { ConflictOverride } from '@tutti/db/schema';
import type { ExcludedDates, WeeklyWindow } from '../../platform/time/weekly-availability';
import { isArtistAvailable } from '../artists';
import { isVenueAvailable } from '../venues';
import { localSlot } from './zoned-time';

export type VenueFacts = {
  id: string;
  name: string;
  capacity: number | null;
  timeZone: string;
  availability: WeeklyWindow[];
  blackouts: ExcludedDates[];
};
export type ArtistFacts = {
  id: string;
  displayName: string;
  skills: SessionKind[];
  availability: WeeklyWindow[];
  unavailability: ExcludedDates[];
};
/** `size` is the larger of the expected size and the participants listed. */
export type GroupFacts = { id: string; name: string; size: number };

/** Another session holding people or a place; cancelled sessions hold nothing. */
export type BusySession = {
  id: string;
  title: string | null;
  kind: SessionKind;
  projectName: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueId: string | null;
  artistIds: string[];
  groupIds: string[];
};

export type SessionCandidate = {
  id: string | null;
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueId: string | null;
  artistIds: string[];
  groupIds: string[];
  capacity: number | null;
};

export type ConflictFacts = {
  venue: VenueFacts | null;
  artists: ArtistFacts[];
  groups: GroupFacts[];
  busy: BusySession[];
};

function describeOther(other: BusySession) {
  const slot = localSlot(other.startsAt, other.endsAt, other.timeZone);
  const title = other.title ?? other.kind;
  return {
    text: `"${title}"${other.projectName ? ` (${other.projectName})` : ''} on ${slot.date} ${slot.startTime}–${slot.endTime} ${other.timeZone}`,
    session: {
      id: other.id,
      title: other.title,
      kind: other.kind,
      projectName: other.projectName,
      startsAt: other.startsAt.toISOString(),
      endsAt: other.endsAt.toISOString(),
      timeZone: other.timeZone,
      local: slot,
    },
  };
}

function overlapping(candidate: SessionCandidate, busy: BusySession[]) {
  return busy.filter(
    (other) =>
      other.id !== candidate.id &&
      other.startsAt < candidate.endsAt &&
      candidate.startsAt < other.endsAt,
  );
}

function doubleBookings(candidate: SessionCandidate, facts: ConflictFacts): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const other of overlapping(candidate, facts.busy)) {
    const { text, session } = describeOther(other);
    candidate.artistIds.forEach((artistId, index) => {
      if (!other.artistIds.includes(artistId)) return;
      const artist = facts.artists.find((a) => a.id === artistId);
      const name = artist?.displayName ?? artistId;
      conflicts.push({
        kind: 'artist_double_booked',
        key: `artist_double_booked:${artistId}:${other.id}`,
        path: `body.artistIds.${index}`,
        message: `${name} is already booked for ${text}`,
        artist: { id: artistId, name },
        otherSession: session,
      });
    });
    if (candidate.venueId && other.venueId === candidate.venueId) {
      const name = facts.venue?.name ?? candidate.venueId;
      conflicts.push({
        kind: 'venue_double_booked',
        key: `venue_double_booked:${candidate.venueId}:${other.id}`,
        path: 'body.venueId',
        message: `${name} is already booked for ${text}`,
        venue: { id: candidate.venueId, name },
        otherSession: session,
      });
    }
    candidate.groupIds.forEach((groupId, index) => {
      if (!other.groupIds.includes(groupId)) return;
      const name = facts.groups.find((g) => g.id === groupId)?.name ?? groupId;
      conflicts.push({
        kind: 'group_double_booked',
        key: `group_double_booked:${groupId}:${other.id}`,
        path: `body.groupIds.${index}`,
        message: `The group ${name} already takes part in ${text}`,
        group: { id: groupId, name },
        otherSession: session,
      });
    });
  }
  return conflicts;
}

function capacityConflicts(candidate: SessionCandidate, facts: ConflictFacts): Conflict[] {
  const limits = [
    ...(candidate.capacity ? [{ limit: candidate.capacity, limitSource: 'session' as const }] : []),
    ...(facts.venue?.capacity
      ? [{ limit: facts.venue.capacity, limitSource: 'venue' as const }]
      : []),
  ].sort((a, b) => a.limit - b.limit);
  const tightest = limits[0];
  const groups = facts.groups.filter((g) => candidate.groupIds.includes(g.id));
  const expected = groups.reduce((sum, g) => sum + g.size, 0);
  if (!tightest || expected <= tightest.limit) return [];
  const of = tightest.limitSource === 'venue' ? `the venue ${facts.venue!.name}` : 'the session';
  return [
    {
      kind: 'capacity_exceeded',
      key: 'capacity_exceeded',
      path: tightest.limitSource === 'venue' ? 'body.venueId' : 'body.capacity',
      message: `The groups bring ${expected} people (${groups.map((g) => `${g.name}: ${g.size}`).join(', ')}) but ${of} holds ${tightest.limit}`,
      capacity: { ...tightest, expected },
    },
  ];
}

function availabilityConflicts(candidate: SessionCandidate, facts: ConflictFacts): Conflict[] {
  const conflicts: Conflict[] = [];
  const venue = facts.venue;
  if (venue && candidate.venueId === venue.id) {
    const result = isVenueAvailable({
      availability: venue.availability,
      blackouts: venue.blackouts,
      startsAt: candidate.startsAt,
      endsAt: candidate.endsAt,
      timeZone: venue.timeZone,
    });
    if (!result.ok) {
      const { message, ...availability } = result.reason;
      conflicts.push({
        kind: 'venue_unavailable',
        key: `venue_unavailable:${venue.id}`,
        path: 'body.startsAtLocal',
        message: `${venue.name}: ${message}`,
        venue: { id: venue.id, name: venue.name },
        availability,
      });
    }
  }
  candidate.artistIds.forEach((artistId, index) => {
    const artist = facts.artists.find((a) => a.id === artistId);
    if (!artist) return;
    const result = isArtistAvailable({
      availability: artist.availability,
      unavailability: artist.unavailability,
      startsAt: candidate.startsAt,
      endsAt: candidate.endsAt,
      timeZone: candidate.timeZone,
    });
    if (!result.ok) {
      const { message, ...availability } = result.reason;
      conflicts.push({
        kind: 'artist_unavailable',
        key: `artist_unavailable:${artistId}`,
        path: `body.artistIds.${index}`,
        message: `${artist.displayName}: ${message}`,
        artist: { id: artistId, name: artist.displayName },
        availability,
      });
    }
    if (!artist.skills.includes(candidate.kind)) {
      conflicts.push({
        kind: 'artist_lacks_skill',
        key: `artist_lacks_skill:${artistId}`,
        path: `body.artistIds.${index}`,
        message: `${artist.displayName} does not lead ${candidate.kind} sessions (skills: ${artist.skills.join(', ') || 'none recorded'})`,
        artist: { id: artistId, name: artist.displayName },
        skills: artist.skills,
      });
    }
  });
  return conflicts;
}

/**
 * Every conflict of a session with what is already planned and with the people and place it
 * needs. Pure: the caller loads the facts (see `conflicts.repository.ts`).
 */
export function detectConflicts(candidate: SessionCandidate, facts: ConflictFacts): Conflict[] {
  return [
    ...doubleBookings(candidate, facts),
    ...capacityConflicts(candidate, facts),
    ...availabilityConflicts(candidate, facts),
  ];
}

export type OverrideDecision =
  | { ok: true; override: ConflictOverride | null }
  | { ok: false; blocking: Conflict[] };

/**
 * Whether a write may go ahead: without conflicts, when every conflict was already accepted,
 * or when a coordinator accepts them now (with a reason). The accepted keys are kept so that
 * the session stays flagged and later edits are not refused for the same conflicts.
 */
export function decideOverride(options: {
  conflicts: Conflict[];
  stored: ConflictOverride | null;
  requested: { reason: string } | undefined;
  actorId: string;
  now: Date;
}): OverrideDecision {
  const { conflicts, stored, requested } = options;
  if (conflicts.length === 0) return { ok: true, override: null };
  const codes = conflicts.map((c) => c.key);
  if (requested) {
    return {
      ok: true,
      override: {
        codes,
        reason: requested.reason,
        by: options.actorId,
        at: options.now.toISOString(),
      },
    };
  }
  const blocking = conflicts.filter((c) => !stored?.codes.includes(c.key));
  if (blocking.length === 0 && stored) return { ok: true, override: { ...stored, codes } };
  return { ok: false, blocking };
}
