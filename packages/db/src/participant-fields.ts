// How the derived columns of `participants` are computed: the search name and the retention date.
import { foldText } from '@tutti/kit/text';

/**
 * The comparable form of a name or of what someone types to find it: Tutti's folding rule
 * (`foldText`), spaces collapsed.
 *
 * @example normaliseForSearch('  Zoé  LŒUVRE-Bâ ') // 'zoe loeuvre-ba'
 */
export function normaliseForSearch(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** What `participants.search_name` holds: "first last", normalised. */
export function searchNameOf(firstName: string, lastName: string | null | undefined): string {
  return normaliseForSearch(`${firstName} ${lastName ?? ''}`);
}

/**
 * The retention rule: a participant's record is kept until 31 August of the year that follows
 * the end of the school year (1 September – 31 August, dates in UTC) in which it was created or
 * last edited; the next day the purge anonymises it.
 *
 * @example retainUntilFor(new Date('2025-10-15')) // '2027-08-31'
 * @example retainUntilFor(new Date('2026-08-31')) // '2027-08-31'
 * @example retainUntilFor(new Date('2026-09-01')) // '2028-08-31'
 */
export function retainUntilFor(day: Date): string {
  const year = day.getUTCFullYear();
  const schoolYearEndsIn = day.getUTCMonth() >= 8 ? year + 1 : year;
  return `${schoolYearEndsIn + 1}-08-31`;
}
