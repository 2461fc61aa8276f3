// The shape every tabular file (CSV or XLSX) is read into before its columns are understood.

/** A cell as read: CSV gives text; XLSX also numbers, booleans and dates. */
export type CellValue = string | number | boolean | Date | null;

export type TableRow = {
  /** The line (CSV) or row (XLSX) number as a person sees it in the file, from 1. */
  line: number;
  cells: CellValue[];
  /** A quote opened on this line and never closed (CSV only). */
  unclosedQuote?: boolean;
};

export type TableSource = {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252' | null;
  separator: ';' | ',' | '\t' | null;
  sheetName: string | null;
};

/** Non-blank rows only; blank lines are dropped but the numbering keeps counting them. */
export type Table = { source: TableSource; rows: TableRow[] };

/** True when nothing is written in any cell. */
export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
