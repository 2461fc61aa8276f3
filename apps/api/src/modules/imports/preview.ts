// Builds a preview from a table read from a file: the rows understood, checked and compared, nothing written.
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type ImportIssue, importRepairCodes, MAX_IMPORT_LINES } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { type ColumnMatch, locateHeader, type Table, type TableRow } from '../../platform/tabular';
import type {
  BatchSource,
  BatchTallies,
  Importer,
  ImportOptions,
  StoredReference,
  StoredRow,
} from './import-types';
import { type LineReader, lineProblems, lineReader } from './line-reader';
import { ReferenceCollector, settleRows } from './references';

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

/** Valid lines that look like an earlier line, or like a record already there, are duplicates. */
function markDuplicates(rows: StoredRow[], existing: ReadonlySet<string>) {
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (row.key === null) continue;
    const first = firstLine.get(row.key);
    if (first === undefined) firstLine.set(row.key, row.line);
    else row.issues.push(warning(row, 'duplicateInFile', { line: first }));
    if (existing.has(row.key)) row.issues.push(warning(row, 'duplicateExisting', {}));
    if (first !== undefined || existing.has(row.key)) row.status = 'duplicate';
  }
}

/**
 * What the preview relied on in the organisation's data, hashed: the records its lines would
 * duplicate and what they refer to. Applying compares it again; a change makes the preview stale.
 */
export async function contextOf(
  tx: Tx,
  importer: Importer,
  orgId: string,
  rows: StoredRow[],
  references: readonly StoredReference[],
) {
  const keys = [...new Set(rows.flatMap((row) => (row.key ? [row.key] : [])))];
  const existing = await importer.existingKeys(tx, orgId, keys);
  const relied = await importer.references(tx, orgId, keys, references);
  const hash = createHash('sha256')
    .update(JSON.stringify({ existing: [...existing].sort(), relied }))
    .digest('hex');
  return { existing, hash };
}

const repairCodes = new Set<string>(importRepairCodes);

/**
 * Settles every row against the references' choices, marks duplicates, and counts: what the
 * batch keeps besides its rows. Run at preview and after each choice.
 */
export async function settle(
  tx: Tx,
  importer: Importer,
  orgId: string,
  rows: StoredRow[],
  references: readonly StoredReference[],
) {
  await settleRows(rows, references, importer);
  const { existing, hash } = await contextOf(tx, importer, orgId, rows, references);
  markDuplicates(rows, existing);
  const byStatus = { valid: 0, error: 0, duplicate: 0, pending: 0, refused: 0 };
  const warnings = new Map<ImportIssue['code'], number>();
  let repairs = 0;
  for (const row of rows) {
    byStatus[row.status]++;
    for (const issue of row.issues) {
      if (issue.severity !== 'warning') continue;
      warnings.set(issue.code, (warnings.get(issue.code) ?? 0) + 1);
      if (repairCodes.has(issue.code)) repairs++;
    }
  }
  const tallies: BatchTallies = {
    pending: byStatus.pending,
    refused: byStatus.refused,
    repairs,
    warnings: [...warnings]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
  return {
    contextHash: hash,
    errorCount: byStatus.error,
    warningCount: byStatus.duplicate,
    tallies,
  };
}

/** Cells with spaces around their text (a trailing space typed in a spreadsheet): trimmed, and said. */
function trimmedCells(row: TableRow, columns: readonly ColumnMatch[], reader: LineReader) {
  return columns.flatMap((column) => {
    const cell = column.key ? row.cells[column.position - 1] : null;
    if (typeof cell !== 'string' || cell.trim() === '' || cell.trim() === cell) return [];
    // The cell's value stays out of the warning: a birth date is never kept.
    return [{ ...reader.warning(column.key, 'spacesTrimmed'), value: null }];
  });
}

export async function buildPreview(
  tx: Tx,
  actor: OrgActor,
  { table, importer, options }: { table: Table; importer: Importer; options: ImportOptions },
) {
  const { header, columns, data, keys } = understandColumns(table, importer, options.groupId);
  const readLine = await importer.prepare(tx, actor, options);
  const fields = importer.displayFields(keys);
  const headerOf = new Map(columns.flatMap((c) => (c.key ? [[c.key, c.header] as const] : [])));
  const collector = new ReferenceCollector();
  const rows: StoredRow[] = [];
  for (const row of data) {
    // Long files are understood in turns, so that requests are answered meanwhile.
    if (rows.length % LINES_PER_TURN === LINES_PER_TURN - 1) await nextTurn();
    const reader = lineReader(row, columns);
    const problems = lineProblems(row, columns, reader);
    const outcome = readLine(reader);
    const broken = problems.length > 0;
    const refs = Object.fromEntries(
      Object.entries(outcome.mentions ?? {}).map(([slot, mention]) => [
        slot,
        collector.add(mention, row.line, headerOf.get(mention.field) ?? null),
      ]),
    );
    rows.push({
      line: row.line,
      status: 'valid',
      // The preview's fields, and only those: a blank is null, the rest stays out of the batch.
      cells: Object.fromEntries(fields.map((field) => [field, outcome.cells[field] ?? null])),
      issues: [...problems, ...outcome.issues, ...trimmedCells(row, columns, reader)],
      values: broken ? null : outcome.values,
      ...(Object.keys(refs).length > 0 ? { refs } : {}),
      key: null,
    });
  }
  const references = await collector.finish(tx, actor.orgId, importer, options);
  const settled = await settle(tx, importer, actor.orgId, rows, references);
  const source: BatchSource = {
    ...table.source,
    headerLine: header.line,
    dataLines: rows.length,
    columns: columns.map((c) => ({ position: c.position, header: c.header, field: c.key })),
    fields,
  };
  return { rows, source, references, ...settled };
}
