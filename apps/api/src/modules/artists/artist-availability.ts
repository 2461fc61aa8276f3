// Whether an artist can lead a session: their weekly working windows and their unavailable dates.
import { type Availability, explainAvailability } from '../../platform/time/availability-reason';
import type { ExcludedDates, WeeklyWindow } from '../../platform/time/weekly-availability';

export type ArtistAvailabilityInput = {
  /** Weekly windows in local time; none at all means available any day, at any time. */
  availability: readonly WeeklyWindow[];
  unavailability: readonly ExcludedDates[];
  startsAt: Date | string;
  endsAt: Date | string;
  /** The zone of the session (its venue's), in which the artist's windows and dates are read. */
  timeZone: string;
};

export type ArtistAvailability = Availability<'unavailable'>;

/**
 * Checks a session's interval against an artist's weekly availability and unavailable dates.
 * Pure: the caller loads the rows (`artist_availability`, `artist_unavailability`).
 *
 * @example
 * isArtistAvailable({
 *   availability: [{ weekday: 2, startsAt: '09:00', endsAt: '17:00' }],
 *   unavailability: [],
 *   startsAt: '2025-03-25T17:00:00Z', // Tuesday 18:00 in Paris
 *   endsAt: '2025-03-25T19:00:00Z',
 *   timeZone: 'Europe/Paris',
 * }) // { ok: false, reason: { code: 'outside_availability', localStartsAt: '18:00', ... } }
 */
export function isArtistAvailable(input: ArtistAvailabilityInput): ArtistAvailability {
  return explainAvailability(
    {
      windows: input.availability,
      excluded: input.unavailability,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: input.timeZone,
    },
    { subject: 'The artist', excludedCode: 'unavailable', excludedVerb: 'unavailable' },
  );
}
