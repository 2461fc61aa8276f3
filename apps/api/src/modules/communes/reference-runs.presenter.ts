// Shapes an official file uploaded from the web app (never its staged bytes' place).
import type {
  ReferenceImportProgress,
  ReferenceImportRun,
  ReferencePreview,
} from '@tutti/contracts';
import type { RunRow } from './reference-runs.repository';

export function presentRun(row: RunRow): ReferenceImportRun {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    byteSize: row.byteSize,
    year: row.year,
    state: row.state,
    preview: row.preview as ReferencePreview,
    progress: (row.progress as ReferenceImportProgress | null) ?? null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
