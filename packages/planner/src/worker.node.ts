// Runs solve() in a worker thread so that the API's event loop stays responsive; progress comes back as messages.
import { Worker } from 'node:worker_threads';
import type { PlanningProblem, PlanResult, PlanSummary, SolveOptions } from './model';

/** Options that can cross the thread boundary (no callbacks except progress, handled here). */
export type WorkerSolveOptions = Omit<SolveOptions, 'travel' | 'onProgress'> & {
  onProgress?: (best: PlanSummary) => void;
  /** Aborting terminates the worker and rejects the promise. */
  signal?: AbortSignal;
};

/** Messages posted by the worker entry. */
export type WorkerMessage =
  | { kind: 'progress'; summary: PlanSummary }
  | { kind: 'result'; result: PlanResult }
  | { kind: 'error'; message: string };

/**
 * Solves in a fresh worker thread.
 * @example
 * const plan = await solveInWorker(problem, { seed: 1, timeLimitMs: 30_000, onProgress: (b) => log(b.distanceKm) });
 */
export function solveInWorker(
  problem: PlanningProblem,
  options: WorkerSolveOptions = {},
): Promise<PlanResult> {
  const { onProgress, signal, ...solveOptions } = options;
  // The bootstrap registers tsx, so this works under tsx, Vitest or plain Node alike.
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { problem, options: solveOptions },
  });
  return new Promise<PlanResult>((resolve, reject) => {
    const abort = (): void => {
      void worker.terminate();
      reject(new Error('planning aborted'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    const finish = (): void => {
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') onProgress?.(message.summary);
      else if (message.kind === 'result') {
        finish();
        resolve(message.result);
      } else {
        finish();
        reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
  });
}
