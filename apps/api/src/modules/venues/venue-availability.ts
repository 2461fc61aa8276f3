// Whether a venue can host a session: its weekly opening windows and its blackout dates.
import { type Availability, explainAvailability } from '../../platform/time/availability-reason';
import type { ExcludedDates, WeeklyWindow } from '../../platform/time/weekly-availability';

export type VenueAvailabilityInput = {
  /** Weekly windows in the venue's local time; none at all means open every day. */
  availability: readonly WeeklyWindow[];
  blackouts: readonly ExcludedDates[];
  startsAt: Date | string;
  endsAt: Date | string;
  /** The venue's IANA time zone, in which windows and blackout dates are read. */
  timeZone: string;
};

export type VenueAvailability = Availability<'blackout'>;

/**
 * Checks a session's interval against a venue's availability windows and blackout dates.
 * Pure: the caller loads the rows (`venue_availability`, `venue_blackouts`) and passes them as is.
 *
 * @example
 * isVenueAvailable({
 *   availability: [{ weekday: 3, startsAt: '14:00', endsAt: '18:00' }],
 *   blackouts: [{ startsOn: '2025-04-14', endsOn: '2025-04-25', reason: 'Travaux' }],
 *   startsAt: '2025-04-16T12:00:00Z',
 *   endsAt: '2025-04-16T13:30:00Z',
 *   timeZone: 'Europe/Paris',
 * }) // { ok: false, reason: { code: 'blackout', startsOn: '2025-04-14', ..., note: 'Travaux' } }
 */
export function isVenueAvailable(input: VenueAvailabilityInput): VenueAvailability {
  return explainAvailability(
    {
      windows: input.availability,
      excluded: input.blackouts,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: input.timeZone,
    },
    { subject: 'The venue', excludedCode: 'blackout', excludedVerb: 'closed' },
  );
}
