// Reads the first sheet of an XLSX workbook into rows of plain cell values, as a stream: the
// archive's parts are inflated within a budget and the sheet's rows are checked as they come
// (lines, columns, cell length), so an oversized file is refused before it is all read.
import { checkCell, MAX_READ_ROWS, tooManyRows } from './limits';
import { type CellValue, isBlankRow, type TableRow } from './table';
import { parseXml, readDateStyles, readOutline, readSharedStrings } from './xlsx-parts';
import { openZip } from './zip-parts';

/** Days between Excel's day 0 (1899-12-30, after its 1900 leap-year bug) and 1970-01-01. */
const EPOCH_1900 = 25_569;
/** The same for workbooks dated from 1904 (old Mac Excel). */
const EPOCH_1904 = EPOCH_1900 - 1462;

/** "AB12" → 28: the column number of a cell reference. */
function columnOf(reference: string) {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

type CellRead = { type: string; style: number; text: string; inline: string };

/**
 * The first worksheet's non-blank rows with their row numbers. Formulas give their last
 * result, rich text and links their text, errors nothing; numbers in a date style come as
 * `Date` (UTC midnight of the day shown), text, numbers and booleans as they are.
 *
 * @example (await readXlsx(bytes)).rows[0] // { line: 1, cells: ['Prénom', 'Nom'] }
 */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ sheetName: string; rows: TableRow[] }> {
  const zip = await openZip(bytes);
  try {
    const outline = await readOutline(zip);
    const dateStyles = await readDateStyles(zip);
    const shared = await readSharedStrings(zip);
    const epoch = outline.date1904 ? EPOCH_1904 : EPOCH_1900;

    const plainValue = (cell: CellRead): CellValue => {
      switch (cell.type) {
        case 's':
          return shared[Number(cell.text)] ?? null;
        case 'inlineStr':
          return cell.inline;
        case 'str':
          return cell.text;
        case 'b':
          return cell.text === '1' || cell.text === 'true';
        case 'e':
          return null;
        case 'd':
          return cell.text ? new Date(cell.text) : null;
        default: {
          if (cell.text === '') return null;
          const number = Number(cell.text);
          if (!Number.isFinite(number)) return null;
          if (!dateStyles.has(cell.style)) return number;
          return new Date(Math.round((number - epoch) * 86_400_000));
        }
      }
    };

    const rows: TableRow[] = [];
    let width = 0;
    let line = 0;
    let cells: CellValue[] = [];
    let cell: (CellRead & { column: number }) | null = null;
    let reading: 'v' | 't' | null = null;
    let inInline = false;
    let inPhonetic = false;
    let nextColumn = 1;
    await parseXml(zip, outline.sheetPart, {
      open(name, a) {
        if (name === 'row') {
          line = a.r ? Number(a.r) : line + 1;
          cells = [];
          nextColumn = 1;
        } else if (name === 'c') {
          const column = a.r ? columnOf(a.r) : nextColumn;
          nextColumn = column + 1;
          cell = { column, type: a.t ?? 'n', style: Number(a.s ?? 0), text: '', inline: '' };
        } else if (name === 'v') reading = 'v';
        else if (name === 'is') inInline = true;
        else if (name === 'rPh') inPhonetic = true;
        else if (name === 't' && inInline && !inPhonetic) reading = 't';
      },
      text(text) {
        if (!cell || !reading) return;
        if (reading === 'v') cell.text += text;
        else cell.inline += text;
        checkCell(line, cell.column, cell.text.length + cell.inline.length);
      },
      close(name) {
        if (name === 'v' || name === 't') reading = null;
        else if (name === 'is') inInline = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'c' && cell) {
          const value = plainValue(cell);
          if (value !== null && value !== '') {
            checkCell(line, cell.column, typeof value === 'string' ? value.length : 0);
            while (cells.length < cell.column - 1) cells.push(null);
            cells[cell.column - 1] = value;
          }
          cell = null;
        } else if (name === 'row') {
          if (isBlankRow(cells)) return;
          if (rows.length >= MAX_READ_ROWS) throw tooManyRows(line);
          width = Math.max(width, cells.length);
          rows.push({ line, cells });
        }
      },
    });
    for (const row of rows) while (row.cells.length < width) row.cells.push(null);
    return { sheetName: outline.sheetName, rows };
  } finally {
    zip.close();
  }
}
