// What an official file's name says about it: its kind and the year of its data, offered in the
// upload form (the admin can change both).
import { REFERENCE_YEAR_MAX, REFERENCE_YEAR_MIN, type ReferenceImportKind } from '@tutti/contracts';

const KIND_PATTERNS: [RegExp, ReferenceImportKind][] = [
  [/densit/i, 'density-grid'],
  [/quartier|qpv|prioritaire/i, 'priority-areas'],
  [/equipement|équipement|lieux|basilic|culturel/i, 'cultural-facilities'],
  [/commune/i, 'commune-centres'],
];

/** `grille_densite_7_niveaux_2024.csv` → density-grid; null when the name says nothing. */
export function guessKind(fileName: string): ReferenceImportKind | null {
  return KIND_PATTERNS.find(([pattern]) => pattern.test(fileName))?.[1] ?? null;
}

/** The last 20xx number of the name, as the server reads it when no year is given. */
export function guessYear(fileName: string): number | null {
  const year = Number((fileName.match(/20\d\d/g) ?? []).at(-1));
  return year >= REFERENCE_YEAR_MIN && year <= REFERENCE_YEAR_MAX ? year : null;
}
