// Reads one uploaded official file (in the reference-file worker thread): its preview, and for the
// import its rows and log line. Runs on the shipped data set with the current imported centres.
import {
  REFERENCE_PREVIEW_MAX_ISSUES,
  type ReferenceImportKind,
  type ReferenceIssue,
  type ReferencePreview,
} from '@tutti/contracts';
import { applyOverlay, type ImportIssue, type ImportOverlay } from '@tutti/geo';
import { loadCommuneDataset } from '@tutti/geo/node';
import { readCsv } from '@tutti/kit/csv';
import type { ImportLog } from './reference-import.repository';
import { importLogOf } from './reference-log';
import { decodeReferenceText, prepareReferenceFile } from './reference-prepare';

export type ReferenceFileInput = {
  kind: ReferenceImportKind;
  bytes: Uint8Array;
  fileName: string;
  year: number;
  /** The current data set's imported centres (where facilities without coordinates go). */
  placement: ImportOverlay | null;
  /** Also prepare the rows to write (the import), not only the preview. */
  withRows: boolean;
};

export type ReferenceFileOutput = {
  preview: ReferencePreview;
  /** With `withRows` and a file without errors. */
  write: { log: Omit<ImportLog, 'batchId'>; rows: Record<string, unknown>[] } | null;
};

const FIRST_LINES = 6;
const MAX_CELLS = 20;
const MAX_CELL_CHARS = 60;

/** The first lines as cells, shortened: enough to recognise a file, never the whole of it. */
function firstLinesOf(text: string): string[][] {
  const head = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .slice(0, FIRST_LINES)
    .join('\n');
  return readCsv(head).rows.map((row) =>
    row.cells
      .slice(0, MAX_CELLS)
      .map((cell) => (cell.length > MAX_CELL_CHARS ? `${cell.slice(0, MAX_CELL_CHARS)}…` : cell)),
  );
}

const issueOf =
  (severity: ReferenceIssue['severity']) =>
  (i: ImportIssue): ReferenceIssue => ({
    line: i.line,
    severity,
    code: i.code,
    column: i.column ?? null,
    value: i.value === undefined ? null : i.value.slice(0, MAX_CELL_CHARS),
  });

/**
 * Parses the file as `kind` and reports what an import would do; with `withRows`, also the rows.
 *
 * @example readReferenceFile({ kind: 'density-grid', bytes, fileName, year: 2024, placement: null, withRows: false }).preview.recognised
 */
export function readReferenceFile(input: ReferenceFileInput): ReferenceFileOutput {
  const text = decodeReferenceText(input.bytes);
  const base = loadCommuneDataset().dataset;
  const placement = input.placement ? applyOverlay(base, input.placement) : base;
  const file = { text, fileName: input.fileName, year: input.year };
  const { report, write } = prepareReferenceFile(input.kind, file, base, placement);
  const { result } = report;
  const errorLines = new Set(result.errors.map((e) => e.line));
  const warningLines = new Set(result.warnings.map((w) => w.line));
  const issues = [
    ...result.errors.slice(0, REFERENCE_PREVIEW_MAX_ISSUES).map(issueOf('error')),
    ...result.warnings.slice(0, REFERENCE_PREVIEW_MAX_ISSUES).map(issueOf('warning')),
  ].slice(0, REFERENCE_PREVIEW_MAX_ISSUES);
  const preview: ReferencePreview = {
    source: {
      name: result.source.name,
      publisher: result.source.publisher,
      licence: result.source.licence,
    },
    layout: result.layout,
    linesRead: result.linesRead,
    recognised: result.records.length,
    refused: errorLines.size,
    warnings: warningLines.size,
    toApply: report.applied,
    unknownCommunes: report.unknownCodes.length,
    unplaced: report.unplaced,
    issues,
    firstLines: firstLinesOf(text),
    importable: result.ok && report.applied > 0,
  };
  if (!input.withRows || !write || !result.ok) return { preview, write: null };
  const { batchId: _none, ...log } = importLogOf('', report);
  return { preview, write: { log, rows: write.rows as Record<string, unknown>[] } };
}
