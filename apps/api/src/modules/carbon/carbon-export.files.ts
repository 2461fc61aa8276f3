// Writes export tables as CSV (UTF-8 with BOM, semicolons, for spreadsheet software) or XLSX.
import type { Locale } from '@tutti/contracts';
import { writeCsv } from '@tutti/kit/csv';
import { loadExcelJs } from '../../platform/tabular/load-exceljs';

export type Cell = string | number | null;

/** One table of an export: a sheet in XLSX, the whole file in CSV. */
export type ExportTable = { name: string; header: string[]; rows: Cell[][] };

/**
 * A CSV file (see `writeCsv`): numbers rounded to 3 decimals with the locale's decimal mark
 * (French and German spreadsheets read a decimal comma).
 * @example toCsv({ name: 'x', header: ['kg'], rows: [[1.5]] }, 'fr') // '\uFEFFkg\r\n1,5\r\n'
 */
export function toCsv(table: ExportTable, locale: Locale): Buffer {
  const rows = table.rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? Math.round(cell * 1000) / 1000 : cell)),
  );
  return Buffer.from(
    writeCsv([table.header, ...rows], { decimalMark: locale === 'en' ? '.' : ',' }),
    'utf8',
  );
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
