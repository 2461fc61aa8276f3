// Runs a worker of apps/api/src/workers in a thread: from the sources (tests, tsx) or from the bundle.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * From sources this module is a `.ts` file and the worker is loaded through tsx; in the bundle
 * (dist/server.js) the worker sits beside it as dist/workers/<name>.worker.js.
 */
function startWorker(name: string, input: unknown): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    return new Worker(new URL(`./workers/${name}.worker.js`, here), { workerData: input });
  }
  const entry = new URL(`../../workers/${name}.worker.ts`, here).href;
  const tsx = tsxEsmApi(here);
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** The ESM entry of tsx's API (`require.resolve` gives the CommonJS one, which cannot register ESM hooks here). */
function tsxEsmApi(here: string) {
  const commonJs = createRequire(here).resolve('tsx/esm/api');
  return pathToFileURL(commonJs.replace(/\.cjs$/, '.mjs')).href;
}

type WorkerAnswer<Output> = { ok: true; files: Output } | { ok: false; message: string };

/**
 * Sends `input` to the worker `name` and resolves with what it posts back.
 *
 * @example const files = await runWorker<RenderedReport>('report', data)
 */
export function runWorker<Output>(name: string, input: unknown): Promise<Output> {
  const worker = startWorker(name, input);
  return new Promise<Output>((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer<Output>) => {
      void worker.terminate();
      if (answer.ok) resolve(answer.files);
      else reject(new Error(answer.message));
    });
    worker.once('error', (error) => {
      void worker.terminate();
      reject(error);
    });
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Worker ${name} stopped with code ${code}`));
    });
  });
}
