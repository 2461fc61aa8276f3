// Reads cell values written the French way: dd/mm/yyyy dates, decimal commas, "oui"/"non".
import { foldHeader } from './headers';
import type { CellValue } from './table';

/** Days between 1899-12-30 (Excel's day 0, after its 1900 leap-year bug) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** How a date was read when the cell left room for doubt. */
export type DateRepair = 'dateReadDayFirst' | 'yearCompleted';

/**
 * A calendar date as `YYYY-MM-DD` with what reading it took, or null when the cell is not one:
 * dd/mm/yyyy (also with `-` or `.`; `dateReadDayFirst` when the day could have been the month,
 * as in 05/03/2017, which an English spreadsheet reads as the 3rd of May), two-digit years
 * taken in the last hundred years before `today` (`yearCompleted`), ISO yyyy-mm-dd, an XLSX
 * date, or an Excel day number. Impossible dates (31/02) are null.
 *
 * @example readDate('05/03/17', new Date('2026-01-01')) // { date: "2017-03-05", repairs: ["dateReadDayFirst", "yearCompleted"] }
 */
export function readDate(
  cell: CellValue,
  today = new Date(),
): { date: string; repairs: DateRepair[] } | null {
  if (cell instanceof Date) return { date: cell.toISOString().slice(0, 10), repairs: [] };
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return null;
    const date = new Date((cell - EXCEL_EPOCH_OFFSET_DAYS) * 86_400_000).toISOString();
    return { date: date.slice(0, 10), repairs: [] };
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date, repairs: [] } : null;
  }
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!french) return null;
  const [day, month] = [Number(french[1]), Number(french[2])];
  let year = Number(french[3]);
  const repairs: DateRepair[] = [];
  if (day <= 12 && month <= 12 && day !== month) repairs.push('dateReadDayFirst');
  if (french[3]!.length === 2) {
    const century = Math.floor(today.getUTCFullYear() / 100) * 100;
    year = century + year > today.getUTCFullYear() ? century - 100 + year : century + year;
    repairs.push('yearCompleted');
  }
  const date = isoDate(year, month, day);
  return date ? { date, repairs } : null;
}

/**
 * A calendar date as `YYYY-MM-DD`, or null when the cell is not one (see `readDate`).
 *
 * @example parseDate('05/03/2017') // "2017-03-05"
 */
export function parseDate(cell: CellValue, today = new Date()): string | null {
  return readDate(cell, today)?.date ?? null;
}

/** `YYYY-MM-DD` as French offices write it: dd/mm/yyyy. */
export function formatFrenchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

const TRUE_WORDS = new Set(['oui', 'o', 'yes', 'y', 'x', 'vrai', 'true', '1', 'ja', 'j']);
const FALSE_WORDS = new Set(['non', 'n', 'no', 'faux', 'false', '0', 'nein']);

/**
 * "oui"/"non" and their English and German forms, a cross, 1/0, or a spreadsheet boolean;
 * `undefined` for a word that is neither (a blank cell is null, "not stated").
 *
 * @example parseBoolean('Oui') // true
 */
export function parseBoolean(cell: CellValue): boolean | null | undefined {
  if (typeof cell === 'boolean') return cell;
  if (cell === null) return null;
  const word = foldHeader(String(cell));
  if (word === '') return null;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/**
 * A decimal number with a comma or a point, spaces (also the narrow no-break space of French
 * number formatting) between thousands; null when the cell is not a number.
 *
 * @example parseDecimal('47,0036') // 47.0036
 */
export function parseDecimal(cell: CellValue): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}

/**
 * A whole number, possibly followed by a unit word ("120 places", "8 ans"); null otherwise.
 *
 * @example parseWholeNumber('1 200 places') // 1200
 */
export function parseWholeNumber(cell: CellValue): number | null {
  const text = typeof cell === 'string' ? cell.trim().replace(/\s*\p{L}[\p{L}\s.]*$/u, '') : cell;
  const value = parseDecimal(text);
  return value !== null && Number.isInteger(value) ? value : null;
}
