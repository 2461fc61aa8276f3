// Turns an interval check into the reason a venue or an artist cannot take a session, with a message.
import { formatSecondOfDay } from '@tutti/kit/dates';
import {
  checkInterval,
  describeSegment,
  describeWindows,
  type IntervalCheckInput,
  type WeeklyWindow,
} from './weekly-availability';

/** Why an interval is refused; `message` is for people reading logs and API answers (English). */
export type UnavailabilityReason<ExcludedCode extends string> =
  | { code: 'invalid_interval'; message: string }
  | { code: ExcludedCode; message: string; startsOn: string; endsOn: string; note: string | null }
  | {
      code: 'outside_availability';
      message: string;
      /** The local date and times of the part of the session that does not fit. */
      localDate: string;
      weekday: number;
      localStartsAt: string;
      localEndsAt: string;
      /** The windows of that weekday, so that the explanation can show what would fit. */
      windowsThatDay: WeeklyWindow[];
    };

export type Availability<ExcludedCode extends string> =
  | { ok: true }
  | { ok: false; reason: UnavailabilityReason<ExcludedCode> };

/** Runs the check and words its outcome for `subject` ("The venue", "The artist"). */
export function explainAvailability<ExcludedCode extends string>(
  input: IntervalCheckInput,
  wording: { subject: string; excludedCode: ExcludedCode; excludedVerb: string },
): Availability<ExcludedCode> {
  const check = checkInterval(input);
  if (check.ok) return check;
  if (check.problem === 'invalid_interval') {
    return {
      ok: false,
      reason: {
        code: 'invalid_interval',
        message: 'The end must be a valid instant after the start',
      },
    };
  }
  if (check.problem === 'excluded_dates') {
    const { startsOn, endsOn, reason } = check.range;
    const why = reason ? ` (${reason})` : '';
    return {
      ok: false,
      reason: {
        code: wording.excludedCode,
        message: `${wording.subject} is ${wording.excludedVerb} from ${startsOn} to ${endsOn}${why}`,
        startsOn,
        endsOn,
        note: reason ?? null,
      },
    };
  }
  const { segment, windowsThatDay } = check;
  return {
    ok: false,
    reason: {
      code: 'outside_availability',
      message: `${describeSegment(segment)} (${input.timeZone}) is outside the availability of ${wording.subject.toLowerCase()} on that day (${describeWindows(windowsThatDay)})`,
      localDate: segment.date,
      weekday: segment.weekday,
      localStartsAt: formatSecondOfDay(segment.fromSecond),
      localEndsAt: formatSecondOfDay(segment.toSecond),
      windowsThatDay,
    },
  };
}
