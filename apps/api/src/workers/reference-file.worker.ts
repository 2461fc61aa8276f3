// Worker thread that reads an official territorial file: tens of thousands of lines parsed and
// placed off the API's event loop, in a heap the caller caps and gets back when the thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import { type ReferenceFileInput, readReferenceFile } from '../modules/communes/reference-file';

try {
  parentPort?.postMessage({ ok: true, files: readReferenceFile(workerData as ReferenceFileInput) });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
