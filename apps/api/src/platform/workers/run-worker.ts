// Runs a worker of apps/api/src/workers in a thread: from the sources (tests, tsx) or from the bundle.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { ErrorCode, FieldError } from '@tutti/contracts';
import { AppError } from '../errors';

export type WorkerOptions = { resourceLimits?: ResourceLimits };

/** A worker that reached its heap limit: it was stopped, the process goes on. */
export class WorkerOutOfMemoryError extends Error {
  constructor(name: string) {
    super(`Worker ${name} ran out of memory`);
    this.name = 'WorkerOutOfMemoryError';
  }
}

/**
 * From sources this module is a `.ts` file and the worker is loaded through tsx; in the bundle
 * (dist/server.js) the worker sits beside it as dist/workers/<name>.worker.js.
 */
function startWorker(name: string, input: unknown, options: WorkerOptions): Worker {
  const here = import.meta.url;
  const { resourceLimits } = options;
  if (!here.endsWith('.ts')) {
    return new Worker(new URL(`./workers/${name}.worker.js`, here), {
      workerData: input,
      resourceLimits,
    });
  }
  const entry = new URL(`../../workers/${name}.worker.ts`, here).href;
  const tsx = tsxEsmApi(here);
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: input, resourceLimits });
}

/** The ESM entry of tsx's API (`require.resolve` gives the CommonJS one, which cannot register ESM hooks here). */
function tsxEsmApi(here: string) {
  const commonJs = createRequire(here).resolve('tsx/esm/api');
  return pathToFileURL(commonJs.replace(/\.cjs$/, '.mjs')).href;
}

type Refusal = {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  details?: Record<string, unknown>;
};
type WorkerAnswer<Output> =
  | { ok: true; files: Output }
  | { ok: false; message: string; refusal?: Refusal };

/**
 * Sends `input` to the worker `name` and resolves with what it posts back. An `AppError` the
 * worker throws comes back as one; a worker beyond `resourceLimits` as `WorkerOutOfMemoryError`.
 *
 * @example const files = await runWorker<RenderedReport>('report', data)
 */
export function runWorker<Output>(
  name: string,
  input: unknown,
  options: WorkerOptions = {},
): Promise<Output> {
  const worker = startWorker(name, input, options);
  return new Promise<Output>((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer<Output>) => {
      void worker.terminate();
      if (answer.ok) resolve(answer.files);
      else if (answer.refusal) {
        const { code, message, fields, details } = answer.refusal;
        reject(new AppError(code, message, { fields, details }));
      } else reject(new Error(answer.message));
    });
    worker.once('error', (error) => {
      void worker.terminate();
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      reject(outOfMemory ? new WorkerOutOfMemoryError(name) : error);
    });
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Worker ${name} stopped with code ${code}`));
    });
  });
}
