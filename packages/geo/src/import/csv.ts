// Reference files as CSV tables (read by @tutti/kit's CSV reader), their header found under title lines.
import { type CsvSeparator, detectSeparator, readCsv } from '@tutti/kit/csv';

export type CsvRow = {
  /** 1-based line number where the row starts in the file, for error reports. */
  line: number;
  fields: string[];
};

export type CsvTable = { separator: string; header: string[]; headerLine: number; rows: CsvRow[] };

const HEADER_SEARCH_LINES = 20;

function rowsOf(text: string, separator: CsvSeparator): CsvRow[] {
  return readCsv(text, { separator }).rows.map((row) => ({ line: row.line, fields: row.cells }));
}

/**
 * Reads a CSV file whose header row may follow title lines (INSEE workbooks saved as CSV
 * start with a few lines of titles): the header is the first row for which `isHeader` holds,
 * its separator the one that line uses most (`;` when it has none).
 *
 * @example readCsvTable(text, (fields) => fields.includes('CODGEO'))
 */
export function readCsvTable(
  text: string,
  isHeader: (fields: string[]) => boolean,
): CsvTable | null {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const candidate of source.split(/\r?\n/, HEADER_SEARCH_LINES)) {
    const separator = detectSeparator(candidate) ?? ';';
    if (!isHeader(rowsOf(candidate, separator)[0]?.fields ?? [])) continue;
    const rows = rowsOf(source, separator);
    const index = rows.findIndex((r) => isHeader(r.fields));
    const header = rows[index];
    if (!header) return null;
    return {
      separator,
      header: header.fields,
      headerLine: header.line,
      rows: rows.slice(index + 1),
    };
  }
  return null;
}
