// Tutti's one CSV reader and one CSV writer (papaparse), as French offices and their spreadsheets use them.
import Papa from 'papaparse';

export type CsvSeparator = ';' | ',' | '\t';
const SEPARATORS: CsvSeparator[] = [';', ',', '\t'];
const SAMPLE_LINES = 10;
const BOM = '\uFEFF';

/** The media type of what `writeCsv` writes. */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/**
 * A number already written as the reader's spreadsheet reads it ("-12,5%", "01/09/2025"): kept
 * as is, never neutralised, since it is made from a number or a date, never from typed text.
 */
export type CsvFormattedNumber = { formatted: string };

/** A cell to write: text, a number (written with the chosen decimal mark), or nothing. */
export type CsvCell = string | number | CsvFormattedNumber | null;

/** A row as read, with the line of the file it starts on (from 1) for reports. */
export type CsvRow = {
  line: number;
  cells: string[];
  /** A quote opened on this line and never closed. */
  unclosedQuote?: boolean;
};

/** What spreadsheets take for the start of a formula in a text cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as spreadsheets must show it: one starting like a formula (`=`, `+`, `-`, `@`,
 * tab or CR) gets a leading single quote, so that a name such as `=HYPERLINK(...)` is shown,
 * never run.
 *
 * @example neutraliseFormula('=1+1') // "'=1+1"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell, decimalMark: '.' | ','): string {
  if (cell === null) return '';
  if (typeof cell === 'number')
    return decimalMark === ',' ? String(cell).replace('.', ',') : String(cell);
  if (typeof cell === 'object') return cell.formatted;
  return neutraliseFormula(cell);
}

/**
 * A CSV file for spreadsheets: UTF-8 with a byte order mark (without it Excel reads
 * Windows-1252), `;` between cells (the comma is the French and German decimal mark), CRLF
 * line ends, cells quoted when they hold `;`, quotes, line breaks or edge spaces.
 *
 * Only text cells are neutralised against formulas: a number typed as a number (`-5`) is
 * written as is, while the text `-5` is written `'-5`. Callers pass numbers as numbers.
 *
 * @example writeCsv([['kg', 'note'], [-1.5, '=A1']], { decimalMark: ',' })
 * // "\uFEFFkg;note\r\n-1,5;'=A1\r\n"
 */
export function writeCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { decimalMark: '.' | ',' },
): string {
  const text = Papa.unparse(
    rows.map((row) => row.map((cell) => cellText(cell, options.decimalMark))),
    { delimiter: ';', newline: '\r\n', quotes: false, header: false },
  );
  return `${BOM}${text}\r\n`;
}

/** Separators outside quotes on one physical line (a quoted line break is rare in a header). */
function countOutsideQuotes(line: string, separator: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) count++;
  }
  return count;
}

/**
 * The separator used most on the first lines, quotes aside: the header and the first rows
 * outweigh a title line with a comma in it. Null when none appears (a single column).
 * (papaparse's own guess fails on two-column files that end with a line break.)
 *
 * @example detectSeparator('code;nom\n58079;Luzy') // ';'
 */
export function detectSeparator(text: string): CsvSeparator | null {
  const sample = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_LINES);
  let best: CsvSeparator | null = null;
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = sample.reduce((sum, line) => sum + countOutsideQuotes(line, separator), 0);
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

function countOf(text: string, char: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(char, from); i !== -1 && i < to; i = text.indexOf(char, i + 1)) {
    count++;
  }
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export type CsvLimits = { maxRows: number; maxColumns: number; maxCellChars: number };

/** The first limit a text went beyond: where, and which; reading stopped there. */
export type CsvExcess = { limit: 'rows' | 'columns' | 'cellChars'; line: number; column: number };

function excessOf(cells: readonly string[], line: number, limits: CsvLimits): CsvExcess | null {
  if (cells.length > limits.maxColumns) {
    const last = cells.findLastIndex((cell) => cell.trim() !== '');
    if (last >= limits.maxColumns) return { limit: 'columns', line, column: last + 1 };
  }
  const long = cells.findIndex((cell) => cell.length > limits.maxCellChars);
  return long === -1 ? null : { limit: 'cellChars', line, column: long + 1 };
}

/**
 * Splits CSV text into rows, with the given separator or else the one the first lines use most
 * (`;`, `,` or tab). Quoted cells may hold separators, doubled quotes and line breaks; a leading
 * byte order mark is ignored; blank rows are dropped, but a row's `line` still counts them.
 * With `limits`, reading stops at the first row beyond them, which `excess` names.
 *
 * @example readCsv('Prénom;Nom\nLéa;"Dupont; B."').rows[1] // { line: 2, cells: ['Léa', 'Dupont; B.'] }
 */
export function readCsv(
  text: string,
  options: { separator?: CsvSeparator; limits?: CsvLimits } = {},
): { separator: CsvSeparator | null; rows: CsvRow[]; excess: CsvExcess | null } {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const separator = options.separator ?? detectSeparator(source);
  const { limits } = options;
  const rows: CsvRow[] = [];
  let excess: CsvExcess | null = null;
  let start = 0;
  let line = 1;
  let lineBreak = '\n';
  Papa.parse<string[]>(source, {
    // Any character absent from the text does for a single column.
    delimiter: separator ?? '\u0001',
    skipEmptyLines: false,
    step(result, parser) {
      lineBreak = result.meta.linebreak || lineBreak;
      const cells = result.data;
      const unclosedQuote = result.errors.some((e) => e.code === 'MissingQuotes');
      if (!isBlank(cells)) {
        excess = limits ? excessOf(cells, line, limits) : null;
        if (!excess && limits && rows.length >= limits.maxRows) {
          excess = { limit: 'rows', line, column: 0 };
        }
        if (excess) return parser.abort();
        rows.push({ line, cells, ...(unclosedQuote ? { unclosedQuote } : {}) });
      }
      const end = result.meta.cursor;
      line += countOf(source, lineBreak.at(-1) ?? '\n', start, end);
      start = end;
    },
  });
  return { separator, rows, excess };
}
