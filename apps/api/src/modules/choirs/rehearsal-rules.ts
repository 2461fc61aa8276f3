// A rehearsal series' days: an RFC 5545 rule (weekly or monthly with its days, as the directory
// accepts them, through the same rrule library) unfolded between two dates, less its exceptions,
// each at the series' wall-clock time in its time zone.
import type { ChoirSeriesBody } from '@tutti/contracts';
import { daysBetween, localDateTimeToUtc } from '@tutti/kit/dates';
import rrule from 'rrule';
import { AppError } from '../../platform/errors';
import { normaliseRule, ruleProblem } from '../directory';

const { RRule } = rrule;

/** A season holds at most this many occurrences of one series. */
export const MAX_OCCURRENCES = 400;

export type Occurrence = { startsAt: Date; endsAt: Date };

/** The series' rehearsals, or a 400 naming the field (rule, dates). */
export function unfoldSeries(
  input: Pick<
    ChoirSeriesBody,
    'rule' | 'startTime' | 'durationMin' | 'firstOn' | 'untilOn' | 'exceptOn'
  >,
  timeZone: string,
): { rule: string; occurrences: Occurrence[] } {
  const problem = ruleProblem(input.rule);
  if (problem) {
    throw new AppError('CHOIR.INVALID_RULE', 'The rehearsal rule is not usable', {
      fields: [{ path: 'body.rule', message: problem }],
    });
  }
  if (input.untilOn < input.firstOn || daysBetween(input.firstOn, input.untilOn) > 800) {
    throw new AppError('CHOIR.INVALID_DATES', 'The series ends before it starts', {
      fields: [{ path: 'body.untilOn', message: 'On or after firstOn, within 800 days' }],
    });
  }
  const rule = normaliseRule(input.rule);
  const [y, m, d] = input.firstOn.split('-').map(Number) as [number, number, number];
  const [uy, um, ud] = input.untilOn.split('-').map(Number) as [number, number, number];
  // Dates computed on a floating UTC calendar, then placed on the time zone's clocks.
  const parsed = new RRule({
    ...RRule.parseString(rule),
    dtstart: new Date(Date.UTC(y, m - 1, d)),
    until: new Date(Date.UTC(uy, um - 1, ud, 23, 59)),
  });
  const except = new Set(input.exceptOn ?? []);
  const days = parsed
    .all((_, i) => i < MAX_OCCURRENCES)
    .map((date) => date.toISOString().slice(0, 10))
    .filter((day) => !except.has(day));
  const occurrences = days.flatMap((day) => {
    const startsAt = localDateTimeToUtc(`${day}T${input.startTime.slice(0, 5)}`, timeZone);
    return startsAt
      ? [{ startsAt, endsAt: new Date(startsAt.getTime() + input.durationMin * 60_000) }]
      : [];
  });
  return { rule, occurrences };
}
