// Minimal RFC 4180 CSV reader: quoted fields, embedded separators and newlines, BOM.

export type CsvRow = {
  /** 1-based line number where the row starts in the file, for error reports. */
  line: number;
  fields: string[];
};

export type CsvTable = { separator: string; header: string[]; headerLine: number; rows: CsvRow[] };

const SEPARATORS = [';', ',', '\t'] as const;

/** Counts separators outside quotes in one line, to guess which one a file uses. */
function countOutsideQuotes(line: string, separator: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) count++;
  }
  return count;
}

/**
 * Guesses the separator of a CSV line: the most frequent of `;`, `,` and tab outside quotes
 * (French publishers use `;`, data.gouv exports often `,`).
 *
 * @example detectSeparator('code;nom;population') // ";"
 */
export function detectSeparator(line: string): string {
  let best: string = SEPARATORS[0];
  let bestCount = -1;
  for (const separator of SEPARATORS) {
    const count = countOutsideQuotes(line, separator);
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits CSV text into rows of fields. Accepts a UTF-8 BOM, CRLF or LF line ends, quoted
 * fields with doubled quotes, separators and newlines inside quotes. Blank lines are skipped.
 *
 * @example parseCsvRows('a;b\n"x;1";2', ';') // [{ line: 1, fields: ['a','b'] }, { line: 2, fields: ['x;1','2'] }]
 */
export function parseCsvRows(text: string, separator: string): CsvRow[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
  return rows;
}

/**
 * Reads a CSV file whose header row may follow title lines (INSEE workbooks saved as CSV
 * start with a few lines of titles): the header is the first row for which `isHeader` holds.
 *
 * @example readCsvTable(text, (fields) => fields.includes('CODGEO'))
 */
export function readCsvTable(
  text: string,
  isHeader: (fields: string[]) => boolean,
): CsvTable | null {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r?\n/, 20);
  for (const candidate of lines) {
    const separator = detectSeparator(candidate);
    const fields = parseCsvRows(candidate, separator)[0]?.fields ?? [];
    if (isHeader(fields)) {
      const rows = parseCsvRows(source, separator);
      const index = rows.findIndex((r) => isHeader(r.fields));
      const header = rows[index];
      if (!header) return null;
      return {
        separator,
        header: header.fields,
        headerLine: header.line,
        rows: rows.slice(index + 1),
      };
    }
  }
  return null;
}
