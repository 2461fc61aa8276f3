// The domain's terms in French, English and German, for the API (pages, calendar feeds, exports).
// The web app loads one language at a time from `@tutti/contracts/vocabulary/<locale>`.
import type { Locale } from '../common';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { Vocabulary } from './types';

export type { Vocabulary };
export const VOCABULARY: Record<Locale, Vocabulary> = { fr, en, de };

/** "oui" / "yes" / "ja", "non" / "no" / "nein". */
export function yesNo(locale: Locale, value: boolean): string {
  return value ? VOCABULARY[locale].boolean.yes : VOCABULARY[locale].boolean.no;
}
