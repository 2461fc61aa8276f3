// Worker-thread side of solveInWorker: solves the problem from workerData and posts progress and the result.
import { parentPort, workerData } from 'node:worker_threads';
import type { PlanningProblem, SolveOptions } from './model';
import { solve } from './solve';
import type { WorkerMessage } from './worker.node';

const { problem, options } = workerData as { problem: PlanningProblem; options: SolveOptions };
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
try {
  const result = solve(problem, {
    ...options,
    onProgress: (summary) => post({ kind: 'progress', summary }),
  });
  post({ kind: 'result', result });
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
