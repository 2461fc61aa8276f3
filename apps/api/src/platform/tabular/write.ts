// Writes a table as French offices open it: CSV for Excel in French, or a typed XLSX sheet.
import { writeCsv } from '@tutti/kit/csv';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs';
import { formatFrenchDate } from './values';

export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'boolean';
export type SheetColumn = { header: string; type: ColumnType };
/** Dates as `YYYY-MM-DD`; booleans are written "oui"/"non". */
export type SheetCell = string | number | boolean | null;
export type Sheet = { name: string; columns: readonly SheetColumn[]; rows: readonly SheetCell[][] };

/** A cell as French offices write it: "oui"/"non", dates dd/mm/yyyy, numbers left as numbers. */
function frenchCell(cell: SheetCell, type: ColumnType): string | number | null {
  if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
  if (typeof cell === 'string' && type === 'date') return formatFrenchDate(cell);
  return cell;
}

function frenchText(cell: SheetCell, type: ColumnType): string {
  const value = frenchCell(cell, type);
  if (value === null) return '';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

/**
 * CSV for Excel in French (see `writeCsv`): dates dd/mm/yyyy, decimal commas, "oui"/"non".
 *
 * @example toCsv({ name: 'x', columns: [{ header: 'Né le', type: 'date' }], rows: [['2017-03-05']] })
 * // bytes of "\uFEFFNé le\r\n05/03/2017\r\n"
 */
export function toCsv(sheet: Sheet): Buffer {
  const rows = [
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((row) => row.map((cell, i) => frenchCell(cell, sheet.columns[i]!.type))),
  ];
  return Buffer.from(writeCsv(rows, { decimalMark: ',' }), 'utf8');
}

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  integer: '0',
  date: 'dd/mm/yyyy',
};

function xlsxValue(cell: SheetCell, type: ColumnType): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
  if (type === 'date' && typeof cell === 'string') return new Date(`${cell}T00:00:00Z`);
  return cell;
}

/**
 * One sheet with typed cells (numbers as numbers, dates as dates shown dd/mm/yyyy, codes such
 * as postal codes as text so their leading zero stays), a bold shaded header row that stays in
 * view, a filter on every column, and widths fitted to the content.
 */
export async function toXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Tutti';
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } };
  for (const row of sheet.rows) {
    worksheet.addRow(row.map((cell, i) => xlsxValue(cell, sheet.columns[i]!.type)));
  }
  sheet.columns.forEach((column, index) => {
    const target = worksheet.getColumn(index + 1);
    const format = NUMBER_FORMATS[column.type];
    if (format) target.numFmt = format;
    let longest = column.header.length;
    for (const row of sheet.rows) {
      longest = Math.max(longest, frenchText(row[index] ?? null, column.type).length);
    }
    target.width = Math.min(50, Math.max(10, longest + 2));
  });
  if (sheet.columns.length > 0) {
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: sheet.columns.length },
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
