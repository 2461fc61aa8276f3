// Reads CSV text (papaparse): the separator guessed, quoted cells, and each row's line in the file.
import Papa from 'papaparse';
import { isBlankRow, type TableRow } from './table';

export type CsvSeparator = ';' | ',' | '\t';
const SEPARATORS: CsvSeparator[] = [';', ',', '\t'];
const SAMPLE_LINES = 10;

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

/**
 * Splits CSV text into rows, with the separator French offices use (`;`), or `,` or tab,
 * whichever the first lines use most. Quoted cells may hold separators, doubled
 * quotes and line breaks; a row's `line` is the line it starts on, so that a report can send
 * the reader to it. Blank rows are dropped.
 *
 * @example readCsv('Prénom;Nom\nLéa;"Dupont; B."').rows[1] // { line: 2, cells: ['Léa', 'Dupont; B.'] }
 */
export function readCsv(text: string): { separator: CsvSeparator | null; rows: TableRow[] } {
  const rows: TableRow[] = [];
  let start = 0;
  let line = 1;
  let lineBreak = '\n';
  const separator = detectSeparator(text);
  Papa.parse<string[]>(text, {
    // Any character absent from the text does for a single column.
    delimiter: separator ?? '\u0001',
    skipEmptyLines: false,
    step(result) {
      lineBreak = result.meta.linebreak || lineBreak;
      const cells = result.data;
      const unclosedQuote = result.errors.some((e) => e.code === 'MissingQuotes');
      if (!isBlankRow(cells))
        rows.push({ line, cells, ...(unclosedQuote ? { unclosedQuote } : {}) });
      const end = result.meta.cursor;
      line += countOf(text, lineBreak.at(-1) ?? '\n', start, end);
      start = end;
    },
  });
  return { separator, rows };
}

function countOf(text: string, char: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(char, from); i !== -1 && i < to; i = text.indexOf(char, i + 1)) {
    count++;
  }
  return count;
}
