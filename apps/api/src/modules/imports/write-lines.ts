// Writes the lines of an applied import in chunks, and names the line a database refusal comes from.
import type { Tx } from '@tutti/db';
import { AppError } from '../../platform/errors';
import type { Importer, StoredRow } from './import-types';

/** Lines per statement: big enough for 50,000 participants in seconds, small enough to retry. */
const CHUNK = 500;

function sqlState(error: unknown): string | null {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** Integrity constraints (class 23): what the data itself can break. Anything else stays a 500. */
const isConstraint = (error: unknown) => sqlState(error)?.startsWith('23') ?? false;

function lineFailed(row: StoredRow, error: unknown) {
  const reason = error instanceof Error ? error.message : 'refused';
  return new AppError(
    'IMPORT.LINE_FAILED',
    `Line ${row.line} could not be written (${reason}); nothing was imported`,
    { details: { line: row.line } },
  );
}

/**
 * Each chunk runs in a savepoint; when the database refuses one, its lines are tried one by
 * one (each in its own savepoint) to name the culprit, and the error then undoes everything:
 * the caller's transaction is the import's all-or-nothing. Answers how many consents came with
 * the lines.
 */
export async function writeLines(
  tx: Tx,
  importer: Importer,
  orgId: string,
  rows: StoredRow[],
  source: { fileName: string; recordedBy: string },
) {
  let consents = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    try {
      const written = await tx.transaction((sp) =>
        importer.insertMany(
          sp,
          orgId,
          chunk.map((r) => r.values),
          source,
        ),
      );
      consents += written.consents;
    } catch (error) {
      if (!isConstraint(error)) throw error;
      for (const row of chunk) {
        try {
          await tx.transaction((sp) => importer.insertMany(sp, orgId, [row.values], source));
        } catch (lineError) {
          throw isConstraint(lineError) ? lineFailed(row, lineError) : lineError;
        }
      }
      throw error;
    }
  }
  return { consents };
}
