// Tables of figures for readers (funder reports, carbon exports) in their language: CSV with the
// locale's decimal mark and dates, or an XLSX workbook whose cells are typed (numbers, dates,
// percentages), never numbers or dates stored as text.
import type { Locale } from '@tutti/contracts';
import { yesNo } from '@tutti/contracts/vocabulary';
import { type CsvCell, writeCsv } from '@tutti/kit/csv';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs';

/** A value with its meaning, for what a bare number or text cannot say. */
export type TypedCell =
  /** A calendar date, `YYYY-MM-DD`. */
  | { type: 'date'; value: string }
  /** A local date and time, `YYYY-MM-DD HH:mm` (or with a `T`). */
  | { type: 'dateTime'; value: string }
  /** A month, `YYYY-MM`. */
  | { type: 'month'; value: string }
  /** A share from 0 to 1, shown as a percentage. */
  | { type: 'percent'; value: number }
  /** A test's p-value: three decimals, or "< 0.001" (never 0). */
  | { type: 'pValue'; value: number };

/** Text, a number, yes/no (a boolean, written in the reader's words), a typed value, or nothing. */
export type Cell = string | number | boolean | TypedCell | null;

/** One table of an export: a sheet in XLSX, the whole file in CSV. */
export type ExportTable = { name: string; header: string[]; rows: Cell[][] };

/** Typed cells; a null or a text (a hidden figure: "< 5", "masked") passes through. */
export const typed = {
  date: (value: string | null): Cell => (value === null ? null : { type: 'date', value }),
  dateTime: (value: string | null): Cell => (value === null ? null : { type: 'dateTime', value }),
  month: (value: string): Cell => ({ type: 'month', value }),
  percent: (value: number | string | null): Cell =>
    typeof value === 'number' ? { type: 'percent', value } : value,
  pValue: (value: number | string | null): Cell =>
    typeof value === 'number' ? { type: 'pValue', value } : value,
};

const P_FLOOR = 0.001;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Date parts of `YYYY-MM-DD[ T]HH:mm`, as the locale's spreadsheet writes and reads them. */
function localDate(locale: Locale, value: string, withTime: boolean): string {
  const [, y, m, d, hh, mm] = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(value) ?? [];
  if (!y) return value;
  const day =
    locale === 'en' ? `${y}-${m}-${d}` : locale === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
  return withTime && hh !== undefined ? `${day} ${hh}:${mm}` : day;
}

function decimal(locale: Locale, value: number): string {
  return locale === 'en' ? String(value) : String(value).replace('.', ',');
}

/** "< 0,001" (FR, DE) or "< 0.001" (EN): the words for a p-value below what is printed. */
export function pValueFloor(locale: Locale): string {
  return `< ${decimal(locale, P_FLOOR)}`;
}

function csvCell(locale: Locale, cell: Cell): CsvCell {
  if (cell === null || typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return yesNo(locale, cell);
  if (typeof cell === 'number') return round(cell, 3);
  switch (cell.type) {
    case 'date':
    case 'dateTime':
      return { formatted: localDate(locale, cell.value, cell.type === 'dateTime') };
    case 'month': {
      const [y, m] = cell.value.split('-');
      return {
        formatted: locale === 'en' ? `${y}-${m}` : `${m}${locale === 'de' ? '.' : '/'}${y}`,
      };
    }
    case 'percent':
      return { formatted: `${decimal(locale, round(cell.value * 100, 1))}%` };
    case 'pValue':
      return cell.value < P_FLOOR ? pValueFloor(locale) : round(cell.value, 3);
  }
}

/**
 * A CSV file (see `writeCsv`): numbers rounded to 3 decimals with the locale's decimal mark,
 * dates as the locale's spreadsheet reads them (01/09/2025, 01.09.2025, 2025-09-01),
 * percentages as "87,5%", yes/no in words.
 * @example exportCsv({ name: 'x', header: ['kg'], rows: [[1.5]] }, 'fr') // '\uFEFFkg\r\n1,5\r\n'
 */
export function exportCsv(table: ExportTable, locale: Locale): Buffer {
  const rows = table.rows.map((row) => row.map((cell) => csvCell(locale, cell)));
  return Buffer.from(
    writeCsv([table.header, ...rows], { decimalMark: locale === 'en' ? '.' : ',' }),
    'utf8',
  );
}

const DATE_FORMATS: Record<Locale, { date: string; month: string }> = {
  fr: { date: 'dd/mm/yyyy', month: 'mm/yyyy' },
  en: { date: 'yyyy-mm-dd', month: 'yyyy-mm' },
  de: { date: 'dd.mm.yyyy', month: 'mm.yyyy' },
};

/** The value and number format of a cell in the workbook. */
function xlsxCell(locale: Locale, cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null || typeof cell === 'string') return { value: cell };
  if (typeof cell === 'boolean') return { value: yesNo(locale, cell) };
  if (typeof cell === 'number') return { value: round(cell, 3) };
  const formats = DATE_FORMATS[locale];
  switch (cell.type) {
    case 'date':
      return { value: new Date(`${cell.value.slice(0, 10)}T00:00:00Z`), numFmt: formats.date };
    case 'dateTime':
      return {
        value: new Date(`${cell.value.slice(0, 10)}T${cell.value.slice(11, 16) || '00:00'}:00Z`),
        numFmt: `${formats.date} hh:mm`,
      };
    case 'month':
      return { value: new Date(`${cell.value.slice(0, 7)}-01T00:00:00Z`), numFmt: formats.month };
    case 'percent':
      return { value: round(cell.value, 4), numFmt: '0.0%' };
    case 'pValue':
      return cell.value < P_FLOOR
        ? { value: pValueFloor(locale) }
        : { value: round(cell.value, 3), numFmt: '0.000' };
  }
}

function shownLength(locale: Locale, cell: Cell): number {
  const written = csvCell(locale, cell);
  if (written === null) return 0;
  return typeof written === 'object' ? written.formatted.length : String(written).length;
}

/**
 * A workbook with one sheet per table: header row bold and frozen, numbers as numbers, dates as
 * dates with the locale's format, percentages as shares with a % format, p-values below 0.001
 * as the words "< 0,001" (right-aligned like the numbers).
 */
export async function exportXlsx(tables: readonly ExportTable[], locale: Locale): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Tutti';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.header).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of table.rows) {
      const cells = row.map((cell) => xlsxCell(locale, cell));
      const added = sheet.addRow(cells.map((c) => c.value));
      cells.forEach((c, index) => {
        const target = added.getCell(index + 1);
        if (c.numFmt) target.numFmt = c.numFmt;
        if (typeof row[index] === 'object' && row[index] !== null && typeof c.value === 'string') {
          target.alignment = { horizontal: 'right' };
        }
      });
    }
    table.header.forEach((title, index) => {
      const longest = Math.max(
        title.length,
        ...table.rows.map((row) => shownLength(locale, row[index] ?? null)),
      );
      sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
