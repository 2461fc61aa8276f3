// Shapes an import batch and a page of its rows for the API.
import type { ImportBatch, ImportRow } from '@tutti/contracts';
import type { BatchSource, BatchTallies, StoredReference, StoredRow } from './import-types';
import type { BatchHead } from './imports.repository';
import { referenceIssues } from './references';

type BatchResult = {
  created: number;
  skipped: number;
  refused?: number;
  referencesCreated?: number;
  consents?: number;
};

/** A row as the preview shows it: what its values were mapped to, and what each choice does. */
function presentRow(row: StoredRow, byId: ReadonlyMap<string, StoredReference>): ImportRow {
  const cells = { ...row.cells };
  for (const id of Object.values(row.refs ?? {})) {
    const reference = byId.get(id);
    if (reference?.choice?.action !== 'map') continue;
    if (reference.kind === 'commune') {
      cells.communeName = reference.choice.targetLabel;
      cells.communeCode = reference.choice.targetId;
    } else cells[reference.field] = reference.choice.targetLabel;
  }
  return {
    line: row.line,
    status: row.status,
    cells,
    issues: [...referenceIssues(row, byId), ...row.issues],
  };
}

export function presentBatch(
  head: BatchHead,
  rows: { items: StoredRow[]; total: number },
): ImportBatch {
  const { columns, fields, ...source } = head.source as BatchSource;
  const lines = source.dataLines;
  const result = head.result as BatchResult | null;
  const tallies: BatchTallies = {
    pending: 0,
    refused: 0,
    repairs: 0,
    warnings: [],
    ...(head.tallies as Partial<BatchTallies>),
  };
  const references = head.references as StoredReference[];
  const byId = new Map(references.map((r) => [r.id, r]));
  const valid = lines - head.errorCount - head.warningCount - tallies.pending - tallies.refused;
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
      valid,
      withErrors: head.errorCount,
      duplicates: head.warningCount,
      pending: tallies.pending,
      refused: tallies.refused,
      repairs: tallies.repairs,
    },
    warnings: tallies.warnings,
    references: references.map(({ key: _key, ...reference }) => reference),
    canApply:
      head.status === 'previewed' &&
      head.errorCount === 0 &&
      tallies.pending === 0 &&
      valid + head.warningCount > 0,
    result: result
      ? {
          created: result.created,
          skipped: result.skipped,
          refused: result.refused ?? 0,
          referencesCreated: result.referencesCreated ?? 0,
          consents: result.consents ?? 0,
        }
      : null,
    rows: { items: rows.items.map((row) => presentRow(row, byId)), total: rows.total },
    createdAt: head.createdAt.toISOString(),
    appliedAt: head.appliedAt?.toISOString() ?? null,
  };
}
