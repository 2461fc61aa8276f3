// Import results: the records read, a line-by-line error report, and the data's provenance.

import type { DataSource } from '../types';

/** Error and warning codes; each is a translation key under `import.error.` / `import.warning.`. */
export type ImportIssueCode =
  | 'unknownLayout'
  | 'missingColumn'
  | 'invalidCommuneCode'
  | 'unknownCommune'
  | 'invalidNumber'
  | 'invalidCoordinates'
  | 'invalidDensityClass'
  | 'missingName'
  | 'missingYear'
  | 'noCoordinates'
  | 'duplicateCommune'
  | 'invalidAreaCode';

export type ImportIssue = {
  /** 1-based line of the file (0 for the whole file). */
  line: number;
  code: ImportIssueCode;
  column?: string;
  value?: string;
  /** English explanation for logs; the UI translates `code` instead. */
  message: string;
};

export type ImportResult<T> = {
  /** True when no line has an error: imports apply all lines or none. */
  ok: boolean;
  records: T[];
  errors: ImportIssue[];
  /** Lines kept with a caveat (for example a facility without coordinates). */
  warnings: ImportIssue[];
  source: DataSource;
  layout: string;
  linesRead: number;
};

export type ImportOptions = {
  /** Year of the data; when absent it is read from the file name (e.g. `communes-france-2025.csv`). */
  year?: number;
  fileName?: string;
};

/**
 * The data year from the options, else the last 20xx number in the file name.
 *
 * @example yearFrom({ fileName: 'grille_densite_7_niveaux_2024.csv' }) // 2024
 */
export function yearFrom(options: ImportOptions): number | null {
  if (options.year) return options.year;
  const years = options.fileName?.match(/20\d\d/g);
  return years ? Number(years[years.length - 1]) : null;
}

/**
 * A failed import of the whole file (unknown layout, no year...).
 *
 * @example fileError('unknownLayout', 'No known header', source, 'communes')
 */
export function fileError<T>(
  code: ImportIssueCode,
  message: string,
  source: DataSource,
  layout: string,
): ImportResult<T> {
  return {
    ok: false,
    records: [],
    errors: [{ line: 0, code, message }],
    warnings: [],
    source,
    layout,
    linesRead: 0,
  };
}
