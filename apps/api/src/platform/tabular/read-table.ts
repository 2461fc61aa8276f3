// Reads an uploaded CSV or XLSX file into a table, deciding the format from the bytes themselves.
import { MAX_IMPORT_CELL_CHARS, MAX_IMPORT_COLUMNS } from '@tutti/contracts';
import { type CsvExcess, readCsv } from '@tutti/kit/csv';
import { AppError } from '../errors';
import { decodeText } from './decode';
import { cellTooLong, MAX_READ_ROWS, tooManyColumns, tooManyRows, unreadable } from './limits';
import type { Table } from './table';
import { readXlsx } from './xlsx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file header of the old binary `.xls` (and `.doc`) formats. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const CSV_LIMITS = {
  maxRows: MAX_READ_ROWS,
  maxColumns: MAX_IMPORT_COLUMNS,
  maxCellChars: MAX_IMPORT_CELL_CHARS,
};

function refusalOf({ limit, line, column }: CsvExcess) {
  if (limit === 'rows') return tooManyRows(line);
  return limit === 'columns' ? tooManyColumns(line, column) : cellTooLong(line, column);
}

function startsWith(bytes: Uint8Array, signature: number[]) {
  return signature.every((byte, i) => bytes[i] === byte);
}

/**
 * An XLSX workbook (a ZIP archive) or CSV text in any of the encodings of `decodeText`. The
 * declared type is not trusted: Windows calls CSV files "Excel" files. Old `.xls` files and
 * other binaries are refused with a message that says what to do, and so is a file beyond the
 * limits of one import (lines, columns, characters in a cell, inflated size), as soon as
 * reading reaches them.
 *
 * @example (await readTable(Buffer.from('Nom;Ville\nMairie;Nevers'))).source.separator // ";"
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new AppError('IMPORT.EMPTY', 'The file is empty');
  let table: Table;
  if (startsWith(bytes, ZIP)) {
    const { sheetName, rows } = await readXlsx(bytes);
    table = { source: { format: 'xlsx', encoding: null, separator: null, sheetName }, rows };
  } else if (startsWith(bytes, OLE)) {
    throw unreadable('Old Excel files (.xls) are not read: save the sheet as .xlsx or CSV');
  } else {
    const { text, encoding } = decodeText(bytes);
    // Text files do not hold NUL characters; binaries (a PDF, an image) nearly always do.
    if (text.includes('\u0000')) throw unreadable('The file is neither CSV text nor XLSX');
    const { separator, rows, excess } = readCsv(text, { limits: CSV_LIMITS });
    if (excess) throw refusalOf(excess);
    table = { source: { format: 'csv', encoding, separator, sheetName: null }, rows };
  }
  if (table.rows.length === 0) throw new AppError('IMPORT.EMPTY', 'The file holds no line');
  return table;
}
