// Dates of a journey's sessions: one per step, each `spacingDays` after the previous, past blackouts.
import type { JourneyAdjustment } from '@tutti/contracts';
import { addDays, isoWeekday } from '@tutti/kit/dates';
import type { ExcludedDates } from '../../platform/time/weekly-availability';

export type PlanStep = { position: number; spacingDays: number };

/** Enough for any real calendar; it only stops a pathological list of blackouts from looping. */
const MAX_SKIPS = 60;

/** The first date on or after `date` that falls on ISO `weekday`. */
export function nextWeekday(date: string, weekday: number): string {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

/**
 * Plans the date of every step. The first is `startsOn`, or the first `weekday` from it; each
 * next one is `spacingDays` after the date actually kept for the previous one. A date inside a
 * blackout moves to the first day after it on the same weekday, so a weekly rhythm stays weekly,
 * and the move is reported.
 *
 * @example
 * planJourneyDates({
 *   steps: [{ position: 1, spacingDays: 0 }, { position: 2, spacingDays: 7 }],
 *   startsOn: '2027-04-05', weekday: 2,
 *   blackouts: [{ startsOn: '2027-04-12', endsOn: '2027-04-18', reason: 'Vacances' }],
 * })
 * // dates: 2027-04-06, then 2027-04-13 moved to 2027-04-20 (reported in adjustments)
 */
export function planJourneyDates(options: {
  steps: PlanStep[];
  startsOn: string;
  weekday?: number | undefined;
  blackouts: readonly ExcludedDates[];
}): { dates: { position: number; date: string }[]; adjustments: JourneyAdjustment[] } {
  const dates: { position: number; date: string }[] = [];
  const adjustments: JourneyAdjustment[] = [];
  let previous: string | null = null;
  for (const step of options.steps) {
    const plannedOn: string =
      previous === null
        ? options.weekday
          ? nextWeekday(options.startsOn, options.weekday)
          : options.startsOn
        : addDays(previous, step.spacingDays);
    let date = plannedOn;
    let firstBlackout: ExcludedDates | null = null;
    for (let skip = 0; skip < MAX_SKIPS; skip++) {
      const blackout = options.blackouts.find((b) => b.startsOn <= date && date <= b.endsOn);
      if (!blackout) break;
      firstBlackout ??= blackout;
      date = nextWeekday(addDays(blackout.endsOn, 1), isoWeekday(plannedOn));
    }
    if (firstBlackout) {
      adjustments.push({
        position: step.position,
        plannedOn,
        movedTo: date,
        reason: 'venue_blackout',
        blackout: {
          startsOn: firstBlackout.startsOn,
          endsOn: firstBlackout.endsOn,
          note: firstBlackout.reason ?? null,
        },
      });
    }
    dates.push({ position: step.position, date });
    previous = date;
  }
  return { dates, adjustments };
}
