// Reads the first sheet of an XLSX workbook (exceljs) into rows of plain cell values.
import type ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { loadExcelJs } from './load-exceljs';
import { type CellValue, isBlankRow, type TableRow } from './table';

/** Formulas give their result, rich text and links their text, errors nothing. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  return null;
}

/**
 * The first worksheet's non-blank rows with their row numbers. Dates typed as dates come as
 * `Date` (UTC midnight of the day shown); text, numbers and booleans as they are.
 *
 * @example (await readXlsx(bytes)).rows[0] // { line: 1, cells: ['Prénom', 'Nom'] }
 */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ sheetName: string; rows: TableRow[] }> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable('The file is not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets.find((s) => s.state !== 'hidden') ?? workbook.worksheets[0];
  if (!sheet) throw unreadable('The workbook has no sheet');
  const rows: TableRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let column = 1; column <= Math.max(width, row.cellCount); column++) {
      cells.push(plainValue(row.getCell(column).value));
    }
    if (!isBlankRow(cells)) rows.push({ line: rowNumber, cells });
  });
  return { sheetName: sheet.name, rows };
}

export function unreadable(message: string) {
  return new AppError('IMPORT.UNREADABLE', message, {
    fields: [{ path: 'body', message }],
  });
}
