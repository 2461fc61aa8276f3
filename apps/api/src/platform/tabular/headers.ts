// Understands a file's header row: which column fills which field, whatever the case, accents and spacing.
import { foldText } from '@tutti/kit/text';
import type { CellValue, TableRow } from './table';

/** A field and the headers that name it, written naturally ("Tranche d'âge", "first name"). */
export type FieldSpec = {
  field: string;
  headers: readonly string[];
  /** Numbered columns fill repeated fields: "Contact 2", "E-mail 2" (the first may omit "1"). */
  repeatable?: boolean;
};

export type ColumnMatch = {
  position: number;
  header: string;
  /** `field`, or `field.2` for the second of a repeatable field; null when the column is ignored. */
  key: string | null;
};

/** Rows above the header that a title ("Liste des élèves — CE1") may take. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The comparable form of a header: lower case, no accents, no units in brackets, no
 * punctuation, single spaces.
 *
 * @example foldHeader("  Tranche d’âge (ans) * ") // "tranche d age"
 */
export function foldHeader(text: string): string {
  return foldText(text.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function indexHeaders(specs: readonly FieldSpec[]) {
  const byHeader = new Map<string, FieldSpec>();
  for (const spec of specs) {
    for (const header of [spec.field, ...spec.headers]) byHeader.set(foldHeader(header), spec);
  }
  return byHeader;
}

function keyOf(folded: string, byHeader: Map<string, FieldSpec>): string | null {
  const exact = byHeader.get(folded);
  if (exact) return exact.field;
  const numbered = /^(.*\D) ?(\d{1,2})$/.exec(folded);
  if (!numbered) return null;
  const spec = byHeader.get(numbered[1]!.trim());
  if (!spec?.repeatable) return null;
  const n = Number(numbered[2]);
  return n <= 1 ? spec.field : `${spec.field}.${n}`;
}

/**
 * Maps each header cell to a field; a second column naming a field already taken is ignored.
 *
 * @example matchColumns(['Prénom', 'Remarque'], [{ field: 'firstName', headers: ['prénom'] }])
 * // [{ position: 1, header: 'Prénom', key: 'firstName' }, { position: 2, header: 'Remarque', key: null }]
 */
export function matchColumns(cells: readonly CellValue[], specs: readonly FieldSpec[]) {
  const byHeader = indexHeaders(specs);
  const taken = new Set<string>();
  const columns: ColumnMatch[] = [];
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (!header) return;
    const key = keyOf(foldHeader(header), byHeader);
    const free = key !== null && !taken.has(key);
    if (free) taken.add(key);
    columns.push({ position: index + 1, header, key: free ? key : null });
  });
  return columns;
}

/**
 * The header is the row, among the first ones, that names the most known fields: a title or
 * a blank line above it is passed over. Null when no row names any field.
 */
export function locateHeader(rows: readonly TableRow[], specs: readonly FieldSpec[]) {
  let best: { index: number; columns: ColumnMatch[]; known: number } | null = null;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const columns = matchColumns(row.cells, specs);
    const known = columns.filter((c) => c.key !== null).length;
    if (known > 0 && (!best || known > best.known)) best = { index, columns, known };
  });
  if (!best) return null;
  const { index, columns } = best as { index: number; columns: ColumnMatch[] };
  return { header: rows[index]!, columns, data: rows.slice(index + 1) };
}
