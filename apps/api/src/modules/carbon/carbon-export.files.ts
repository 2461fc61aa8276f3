// Writes export tables as CSV (UTF-8 with BOM, semicolons, for spreadsheet software) or XLSX.
import type { Locale } from '@tutti/contracts';
import { loadExcelJs } from '../../platform/tabular/load-exceljs';

export type Cell = string | number | null;

/** One table of an export: a sheet in XLSX, the whole file in CSV. */
export type ExportTable = { name: string; header: string[]; rows: Cell[][] };

const BOM = '\uFEFF';

function csvCell(value: Cell, locale: Locale): string {
  if (value === null) return '';
  // French and German spreadsheets read a decimal comma; that is why the separator is a semicolon.
  const text =
    typeof value === 'number'
      ? String(Math.round(value * 1000) / 1000).replace('.', locale === 'en' ? '.' : ',')
      : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file: UTF-8 byte order mark, `;` between cells, CRLF between lines, numbers rounded to
 * 3 decimals with the locale's decimal mark.
 * @example toCsv({ name: 'x', header: ['kg'], rows: [[1.5]] }, 'fr') // '\uFEFFkg\r\n1,5\r\n'
 */
export function toCsv(table: ExportTable, locale: Locale): Buffer {
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((cell) => csvCell(cell, locale)).join(';'),
  );
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A workbook with one sheet per table, header row bold and frozen, numbers kept as numbers. */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Tutti';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.header).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of table.rows) sheet.addRow(row);
    table.header.forEach((title, index) => {
      const column = sheet.getColumn(index + 1);
      const longest = Math.max(
        title.length,
        ...table.rows.map((row) => String(row[index] ?? '').length),
      );
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name safe everywhere: accents and spaces become plain dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'export'
  );
}
