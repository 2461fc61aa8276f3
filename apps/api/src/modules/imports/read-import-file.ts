// Reads an import file into a table in a worker thread with a capped heap: the event loop stays
// free, and a file too complex for the cap is a clean refusal, its memory given back at once.
import { AppError } from '../../platform/errors';
import type { Table } from '../../platform/tabular';
import { runWorker, WorkerOutOfMemoryError } from '../../platform/workers/run-worker';

export async function readImportFile(bytes: Buffer, memoryMb: number): Promise<Table> {
  try {
    return await runWorker<Table>('tabular', bytes, {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16 },
    });
  } catch (error) {
    if (!(error instanceof WorkerOutOfMemoryError)) throw error;
    throw new AppError(
      'IMPORT.TOO_COMPLEX',
      `Reading this file needs more than the ${memoryMb} MB an import may use; split it into smaller files or send CSV`,
      { details: { limit: 'memoryMb', maxMemoryMb: memoryMb } },
    );
  }
}
