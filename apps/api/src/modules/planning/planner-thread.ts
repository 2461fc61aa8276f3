// Starts the planner worker thread: from the sources (tests, tsx) through tsx's loader, or from
// the bundle (`npm start`), where esbuild wrote it beside the server as dist/workers/planner.worker.js.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanSummary } from '@tutti/planner';
import type { TourWorkerInput, TourWorkerOutput } from './tour-solve';

export type PlannerMessage =
  | { kind: 'progress'; summary: PlanSummary }
  | { kind: 'result'; output: TourWorkerOutput }
  | { kind: 'error'; message: string };

export class PlanningAborted extends Error {
  constructor() {
    super('planning aborted');
    this.name = 'PlanningAborted';
  }
}

function startWorker(input: TourWorkerInput): Worker {
  const here = import.meta.url;
  // Bundled, this code lives in dist/server.js; from the sources, in this .ts file.
  if (!here.endsWith('.ts')) {
    return new Worker(new URL('./workers/planner.worker.js', here), { workerData: input });
  }
  const entry = new URL('../../workers/planner.worker.ts', here).href;
  // tsx's ESM API (require.resolve finds its CommonJS twin, which cannot register ESM hooks).
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: input });
}

/**
 * Runs the engine and the baseline in a worker thread; `onProgress` gets the best plan so far
 * (at most every 200 ms); aborting terminates the thread and rejects with `PlanningAborted`.
 * @example const output = await runPlannerThread(input, { onProgress: (best) => save(best) })
 */
export function runPlannerThread(
  input: TourWorkerInput,
  options: { onProgress?: (best: PlanSummary) => void; signal?: AbortSignal } = {},
): Promise<TourWorkerOutput> {
  const worker = startWorker(input);
  return new Promise<TourWorkerOutput>((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      void worker.terminate();
      action();
    };
    const abort = () => settle(() => reject(new PlanningAborted()));
    if (options.signal?.aborted) return abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: PlannerMessage) => {
      if (message.kind === 'progress') options.onProgress?.(message.summary);
      else if (message.kind === 'result') settle(() => resolve(message.output));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`The planner thread stopped with code ${code}`))),
    );
  });
}
