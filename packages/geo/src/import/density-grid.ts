// Importer for the INSEE communal density grid (grille communale de densité, 7 levels).

import { foldText } from '@tutti/kit/text';
import type { DataSource, DensityClass } from '../types';
import { readCsvTable } from './csv';
import { field, headerKey, issue, mapColumns, normalizeCommuneCode, parseDecimal } from './fields';
import {
  fileError,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  yearFrom,
} from './result';

export type DensityRecord = {
  code: string;
  densityClass: DensityClass;
  /** INSEE's own label, kept verbatim. */
  label: string | null;
};

// Published names: CODGEO/LIBGEO/DENS/LIBDENS/PMUNyy/P1..P7 ("grille_densite_7_niveaux_<year>")
// and depcom/libdens in the "detaille" workbook.
const COLUMNS = {
  code: ['codgeo', 'depcom', 'code_commune', 'code_insee'],
  level: ['dens', 'dens7', 'grille_densite', 'degre de densite'],
  label: ['libdens', 'libdens7', 'grille_densite_texte'],
} as const;

// Labels of the former 4-level grid: its levels 1–4 do not mean the same as the 7-level ones.
const FOUR_LEVEL_LABEL = /peu dense|densement peupl|densite intermediaire/i;

const SOURCE: Omit<DataSource, 'year'> = {
  name: 'Grille communale de densité à 7 niveaux',
  publisher: 'INSEE',
  licence: 'Licence Ouverte 2.0',
};

/**
 * Parses the INSEE density grid saved as CSV from the published workbook (sheet
 * "Grille_Densite"; the title lines above the header are skipped). The 7-level grid
 * (published since 2022) is required; the older 4-level grid is refused.
 *
 * @example parseDensityGrid(text, { fileName: 'grille_densite_7_niveaux_2024.csv' }).records
 */
export function parseDensityGrid(
  text: string,
  options: ImportOptions = {},
): ImportResult<DensityRecord> {
  const table = readCsvTable(text, (fields) => {
    const keys = fields.map(headerKey);
    return COLUMNS.code.some((c) => keys.includes(c.replace(/_/g, ' ')));
  });
  const year = yearFrom(options);
  const source: DataSource = { ...SOURCE, year: year ?? 0, fileName: options.fileName };
  const layout = 'insee-grille-densite-7';
  if (!table) return fileError('unknownLayout', 'No CODGEO/depcom header found', source, layout);
  const col = mapColumns(table.header, COLUMNS);
  if (col.level === undefined) {
    return fileError('missingColumn', 'No DENS column', source, layout);
  }
  if (!year)
    return fileError('missingYear', 'Data year not given nor in file name', source, layout);
  const errors: ImportIssue[] = [];
  const records: DensityRecord[] = [];
  for (const { line, fields } of table.rows) {
    const rawCode = field(fields, col.code);
    const code = normalizeCommuneCode(rawCode);
    if (!code) {
      errors.push(issue(line, 'invalidCommuneCode', 'CODGEO', rawCode, 'Not an INSEE code'));
      continue;
    }
    const rawLevel = field(fields, col.level);
    const level = parseDecimal(rawLevel);
    const label = field(fields, col.label) ?? null;
    if (label && FOUR_LEVEL_LABEL.test(foldText(label))) {
      errors.push(issue(line, 'invalidDensityClass', 'LIBDENS', label, '4-level grid label'));
      continue;
    }
    if (level === undefined || !Number.isInteger(level) || level < 1 || level > 7) {
      errors.push(issue(line, 'invalidDensityClass', 'DENS', rawLevel, 'Density level 1 to 7'));
      continue;
    }
    records.push({ code, densityClass: level as DensityClass, label });
  }
  return {
    ok: errors.length === 0,
    records,
    errors,
    warnings: [],
    source,
    layout,
    linesRead: table.rows.length,
  };
}
