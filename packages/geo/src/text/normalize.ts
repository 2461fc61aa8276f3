// Accent-, case- and punctuation-insensitive text keys for searching and matching names.
import { foldText } from '@tutti/kit/text';

// "St", "Ste" are the usual abbreviations in French (and "St." in German names).
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints' };

/**
 * Folds a name to lowercase ASCII words separated by single spaces: accents dropped,
 * hyphens, apostrophes and punctuation become spaces, "St"/"Ste" become "saint"/"sainte".
 *
 * @example normalizeName("Saint-Étienne") // "saint etienne"
 * @example normalizeName("St-Ouen-l'Aumône") // "saint ouen l aumone"
 */
export function normalizeName(text: string): string {
  return nameTokens(text).join(' ');
}

/**
 * The words of a folded name (see `normalizeName`).
 *
 * @example nameTokens("L'Haÿ-les-Roses") // ["l", "hay", "les", "roses"]
 */
export function nameTokens(text: string): string[] {
  const folded = foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (folded === '') return [];
  return folded.split(' ').map((token) => ABBREVIATIONS[token] ?? token);
}

/**
 * The folded name without spaces, so that "lisle adam" still finds "L'Isle-Adam".
 *
 * @example compactName("L'Isle-Adam") // "lisleadam"
 */
export function compactName(text: string): string {
  return nameTokens(text).join('');
}
