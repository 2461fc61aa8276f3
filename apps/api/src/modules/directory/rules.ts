// Rehearsal rules are RFC 5545 recurrence rules, checked by the rrule library before they are kept.
import { type Rehearsal, weekdayCodes } from '@tutti/contracts';
import rrule from 'rrule';
import { AppError } from '../../platform/errors';

const { RRule } = rrule;
/** Frequencies a rehearsal pattern may have: a choir meets weekly, or on the 1st Saturday… */
const FREQUENCIES = new Set([RRule.WEEKLY, RRule.MONTHLY]);

/** The rule's problem in words, or null when it is a weekly or monthly rule with its days. */
export function ruleProblem(rule: string): string | null {
  let parsed: InstanceType<typeof RRule>;
  try {
    parsed = RRule.fromString(rule.replace(/^RRULE:/i, ''));
  } catch {
    return 'Not an RFC 5545 rule';
  }
  const { freq, byweekday, bynweekday, dtstart, until, count } = parsed.origOptions as {
    freq?: number;
    byweekday?: unknown;
    bynweekday?: unknown;
    dtstart?: Date;
    until?: Date;
    count?: number;
  };
  void bynweekday;
  if (freq === undefined || !FREQUENCIES.has(freq)) return 'Weekly or monthly (FREQ=WEEKLY)';
  if (byweekday === undefined || byweekday === null) return 'Name the days (BYDAY=TU)';
  if (dtstart || until || count) return 'No DTSTART, UNTIL or COUNT: a pattern that goes on';
  return null;
}

/** Refuses a rule that is not a weekly or monthly pattern with its days, naming the field. */
export function checkRehearsals(rehearsals: readonly Rehearsal[], path = 'body.rehearsals') {
  const fields = rehearsals.flatMap((rehearsal, index) => {
    const problem = ruleProblem(rehearsal.rule);
    return problem ? [{ path: `${path}.${index}.rule`, message: problem }] : [];
  });
  if (fields.length > 0) {
    throw new AppError('ENSEMBLE.INVALID_RULE', 'A rehearsal rule is not usable', { fields });
  }
}

/** The rule as stored: upper case, without the `RRULE:` prefix. */
export function normaliseRule(rule: string) {
  return rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
}

/** Bit mask of the weekdays a set of rehearsals falls on (bit 0 = Monday). */
export function weekdayMask(rehearsals: readonly Rehearsal[]) {
  let mask = 0;
  for (const rehearsal of rehearsals) {
    const days = /BYDAY=([^;]+)/.exec(rehearsal.rule.toUpperCase())?.[1] ?? '';
    for (const day of days.split(',')) {
      const index = weekdayCodes.indexOf(day.slice(-2) as (typeof weekdayCodes)[number]);
      if (index >= 0) mask |= 1 << index;
    }
  }
  return mask;
}
