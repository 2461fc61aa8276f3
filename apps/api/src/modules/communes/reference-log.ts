// The log line recorded for an imported file: its source, year and counts.
import type { ImportLog } from './reference-import.repository';
import type { FileReport } from './reference-prepare';

/** The log line of a file's import (its rows are applied with it, or later by the web's job). */
export function importLogOf(batchId: string, report: FileReport): ImportLog {
  const { result, unknownCodes, applied } = report;
  const s = result.source;
  return {
    batchId,
    kind: report.kind,
    sourceName: s.name,
    publisher: s.publisher,
    licence: s.licence,
    year: s.year,
    fileName: s.fileName ?? null,
    layout: result.layout,
    linesRead: result.linesRead,
    records: result.records.length,
    applied,
    unknownCommunes: unknownCodes.length,
    warnings: result.warnings.length,
  };
}
