// Worker thread that reads an import file into a table, so that a large or hostile file costs the
// API's event loop nothing and its memory is capped (the thread's heap limit) and given back.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../platform/errors';
import { readTable } from '../platform/tabular';

try {
  const table = await readTable(workerData as Uint8Array);
  parentPort?.postMessage({ ok: true, files: table });
} catch (error) {
  const refusal =
    error instanceof AppError
      ? { code: error.code, message: error.message, fields: error.fields, details: error.details }
      : undefined;
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    refusal,
  });
}
