// Builds a preview from a table read from a file: the rows understood, checked and compared, nothing written.
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type ImportIssue, MAX_IMPORT_LINES } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { locateHeader, type Table } from '../../platform/tabular';
import type { BatchSource, Importer, ImportOptions, StoredRow } from './import-types';
import { lineProblems, lineReader } from './line-reader';

/** Lines understood between two turns of the event loop. */
const LINES_PER_TURN = 500;

/** The header row and what each column fills; refused when required columns are missing. */
export function understandColumns(table: Table, importer: Importer, groupId: string | null) {
  const located = locateHeader(table.rows, importer.specs);
  if (!located) {
    throw new AppError('IMPORT.NO_HEADER', 'No header row with a known column name was found', {
      details: { expected: importer.specs.map((spec) => spec.headers[0] ?? spec.field) },
    });
  }
  if (located.data.length === 0) {
    throw new AppError('IMPORT.EMPTY', 'The file has a header row but no line under it');
  }
  if (located.data.length > MAX_IMPORT_LINES) {
    throw new AppError(
      'IMPORT.TOO_MANY_LINES',
      `The file has ${located.data.length} lines; at most ${MAX_IMPORT_LINES} are read at once`,
      { details: { lines: located.data.length, maxLines: MAX_IMPORT_LINES } },
    );
  }
  const keys = new Set(located.columns.flatMap((c) => (c.key ? [c.key] : [])));
  const missing = importer.requiredKeys({ groupId }).filter((any) => !any.some((k) => keys.has(k)));
  if (missing.length > 0) {
    const names = missing.map((any) => any.join(' or '));
    throw new AppError('IMPORT.MISSING_COLUMNS', `Missing columns: ${names.join(', ')}`, {
      fields: names.map((name) => ({ path: `body.columns.${name}`, message: 'Missing column' })),
      details: {
        missing: missing.map((any) => any[0]!),
        found: located.columns.map((c) => c.header),
      },
    });
  }
  return { ...located, keys };
}

function warning(row: StoredRow, code: ImportIssue['code'], params: ImportIssue['params']) {
  return {
    line: row.line,
    column: null,
    field: null,
    value: null,
    severity: 'warning' as const,
    code,
    params,
  };
}

/** Lines that look like an earlier line, or like a record already there, get a warning. */
function markDuplicates(rows: StoredRow[], existing: ReadonlySet<string>) {
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (row.key === null) continue;
    const first = firstLine.get(row.key);
    if (first === undefined) firstLine.set(row.key, row.line);
    else row.issues.push(warning(row, 'duplicateInFile', { line: first }));
    if (existing.has(row.key)) row.issues.push(warning(row, 'duplicateExisting', {}));
  }
  for (const row of rows) {
    const errors = row.issues.some((issue) => issue.severity === 'error');
    row.status = errors ? 'error' : row.issues.length > 0 ? 'duplicate' : 'valid';
  }
}

/**
 * What the preview relied on in the organisation's data, hashed: the records its lines would
 * duplicate and what they refer to. Applying compares it again; a change makes the preview stale.
 */
export async function contextOf(tx: Tx, importer: Importer, orgId: string, rows: StoredRow[]) {
  const keys = [...new Set(rows.flatMap((row) => (row.key ? [row.key] : [])))];
  const existing = await importer.existingKeys(tx, orgId, keys);
  const references = await importer.references(tx, orgId, keys);
  const hash = createHash('sha256')
    .update(JSON.stringify({ existing: [...existing].sort(), references }))
    .digest('hex');
  return { existing, hash };
}

export async function buildPreview(
  tx: Tx,
  actor: OrgActor,
  { table, importer, options }: { table: Table; importer: Importer; options: ImportOptions },
) {
  const { header, columns, data, keys } = understandColumns(table, importer, options.groupId);
  const readLine = await importer.prepare(tx, actor, options);
  const fields = importer.displayFields(keys);
  const rows: StoredRow[] = [];
  for (const row of data) {
    // Long files are understood in turns, so that requests are answered meanwhile.
    if (rows.length % LINES_PER_TURN === LINES_PER_TURN - 1) await nextTurn();
    const reader = lineReader(row, columns);
    const problems = lineProblems(row, columns, reader);
    const outcome = readLine(reader);
    const broken = problems.length > 0;
    rows.push({
      line: row.line,
      status: 'valid',
      // The preview's fields, and only those: a blank is null, the rest stays out of the batch.
      cells: Object.fromEntries(fields.map((field) => [field, outcome.cells[field] ?? null])),
      issues: [...problems, ...outcome.issues],
      values: broken ? null : outcome.values,
      key: broken ? null : outcome.key,
    });
  }
  const { existing, hash } = await contextOf(tx, importer, actor.orgId, rows);
  markDuplicates(rows, existing);
  const source: BatchSource = {
    ...table.source,
    headerLine: header.line,
    dataLines: rows.length,
    columns: columns.map((c) => ({ position: c.position, header: c.header, field: c.key })),
    fields,
  };
  return {
    rows,
    source,
    contextHash: hash,
    errorCount: rows.filter((r) => r.status === 'error').length,
    warningCount: rows.filter((r) => r.status === 'duplicate').length,
  };
}
