// Shapes an import batch and a page of its rows for the API.
import type { ImportBatch } from '@tutti/contracts';
import type { BatchSource, StoredRow } from './import-types';
import type { BatchHead } from './imports.repository';

export function presentBatch(
  head: BatchHead,
  rows: { items: StoredRow[]; total: number },
): ImportBatch {
  const { columns, fields, ...source } = head.source as BatchSource;
  const lines = source.dataLines;
  const result = head.result as { created: number; skipped: number } | null;
  return {
    id: head.id,
    entity: head.entity,
    fileName: head.fileName,
    status: head.status,
    source,
    columns,
    fields,
    groupId: head.options.groupId ?? null,
    counts: {
      lines,
      valid: lines - head.errorCount - head.warningCount,
      withErrors: head.errorCount,
      duplicates: head.warningCount,
    },
    canApply: head.status === 'previewed' && head.errorCount === 0 && lines > 0,
    result: result ? { created: result.created, skipped: result.skipped } : null,
    rows: {
      items: rows.items.map(({ line, status, cells, issues }) => ({ line, status, cells, issues })),
      total: rows.total,
    },
    createdAt: head.createdAt.toISOString(),
    appliedAt: head.appliedAt?.toISOString() ?? null,
  };
}
