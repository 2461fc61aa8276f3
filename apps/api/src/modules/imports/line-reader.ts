// One line of an import as the importers see it: its cells by field, and the issues it raises.
import type { ImportIssue, ImportIssueCode } from '@tutti/contracts';
import type { z } from 'zod';
import { type CellValue, type ColumnMatch, cellText, type TableRow } from '../../platform/tabular';

export type IssueParams = Record<string, string | number>;

export type LineReader = {
  line: number;
  has(key: string): boolean;
  /** The cell as read (a number or a date in XLSX), null when blank or absent. */
  raw(key: string): CellValue;
  /** The cell as trimmed text, null when blank or absent. */
  text(key: string): string | null;
  /** Keys of the repeated field `field` found among the columns (`contactName`, `contactName.2`). */
  repeats(field: string): string[];
  issue(key: string | null, code: ImportIssueCode, params?: IssueParams): ImportIssue;
  warning(key: string | null, code: ImportIssueCode, params?: IssueParams): ImportIssue;
};

export function lineReader(row: TableRow, columns: readonly ColumnMatch[]): LineReader {
  const byKey = new Map(columns.flatMap((c) => (c.key ? [[c.key, c] as const] : [])));
  const raw = (key: string): CellValue => {
    const column = byKey.get(key);
    const cell = column ? (row.cells[column.position - 1] ?? null) : null;
    return typeof cell === 'string' && cell.trim() === '' ? null : cell;
  };
  const text = (key: string) => cellText(raw(key)) || null;
  const make =
    (severity: ImportIssue['severity']) =>
    (key: string | null, code: ImportIssueCode, params: IssueParams = {}): ImportIssue => ({
      line: row.line,
      column: key ? (byKey.get(key)?.header ?? null) : null,
      field: key,
      value: key ? text(key) : null,
      severity,
      code,
      params,
    });
  return {
    line: row.line,
    has: (key) => byKey.has(key),
    raw,
    text,
    repeats: (field) =>
      [...byKey.keys()].filter((key) => key === field || key.startsWith(`${field}.`)),
    issue: make('error'),
    warning: make('warning'),
  };
}

/** Problems of the line as a whole: a quote never closed, filled cells beyond the header. */
export function lineProblems(row: TableRow, columns: readonly ColumnMatch[], reader: LineReader) {
  const issues: ImportIssue[] = [];
  if (row.unclosedQuote) issues.push(reader.issue(null, 'unclosedQuote'));
  const width = Math.max(0, ...columns.map((c) => c.position));
  const extra = row.cells.slice(width).filter((cell) => cellText(cell) !== '');
  if (extra.length > 0) issues.push(reader.issue(null, 'extraCells', { count: extra.length }));
  return issues;
}

/** Format failures of these fields (by column key without its number) get their own message. */
const FORMAT_CODES: Record<string, ImportIssueCode> = {
  contactPhone: 'invalidPhone',
  postalCode: 'invalidPostalCode',
};

/** The report's code for a Zod issue: the same rule the web form applies, in its own words. */
function codeOf(issue: z.core.$ZodIssue, field: string): [ImportIssueCode, IssueParams] {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? ['required', {}]
        : ['outOfRange', { min: Number(issue.minimum) }];
    case 'too_big':
      return issue.origin === 'string'
        ? ['tooLong', { max: Number(issue.maximum) }]
        : ['outOfRange', { max: Number(issue.maximum) }];
    case 'invalid_format':
      if (issue.format === 'email') return ['invalidEmail', {}];
      return [FORMAT_CODES[field.replace(/\.\d+$/, '')] ?? 'invalid', {}];
    case 'invalid_value':
      return ['invalidChoice', {}];
    case 'invalid_type':
      return [issue.input === undefined ? 'required' : 'invalid', {}];
    case 'custom': {
      const pair = /(?:with|Send with) (\w+)$/.exec(issue.message);
      return pair ? ['pairRequired', { with: pair[1]! }] : ['invalid', { reason: issue.message }];
    }
    default:
      return ['invalid', {}];
  }
}

/**
 * Turns a create schema's failure into line issues, each on the column its field came from
 * (`keyOf` maps a body path to a column key; null for the line as a whole).
 */
export function zodIssues(
  reader: LineReader,
  error: z.ZodError,
  keyOf: (path: readonly PropertyKey[]) => string | null,
): ImportIssue[] {
  return error.issues.map((issue) => {
    const key = keyOf(issue.path);
    const [code, params] = codeOf(issue, key ?? '');
    return reader.issue(key, code, params);
  });
}
