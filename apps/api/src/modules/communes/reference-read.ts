// Runs the reading of an official file in its worker thread, with the configured heap: a file too
// large for it is a clean refusal, its memory given back at once.
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { runWorker, WorkerOutOfMemoryError } from '../../platform/workers/run-worker';
import type { ReferenceFileInput, ReferenceFileOutput } from './reference-file';

export async function readInWorker(
  config: Config,
  input: ReferenceFileInput,
): Promise<ReferenceFileOutput> {
  const memoryMb = config.referenceImports.workerMemoryMb;
  try {
    return await runWorker<ReferenceFileOutput>('reference-file', input, {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
    });
  } catch (error) {
    if (!(error instanceof WorkerOutOfMemoryError)) throw error;
    throw new AppError(
      'TERRITORY.IMPORT_TOO_COMPLEX',
      `Reading this file needs more than the ${memoryMb} MB set by TUTTI_REFERENCE_IMPORT_MEMORY_MB`,
      { details: { limit: 'memoryMb', maxMemoryMb: memoryMb } },
    );
  }
}
