// Worker thread of tour planning: runs the engine and the baseline, posting the best plan so far
// while it searches, so that the API's event loop stays free for requests meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { PlannerMessage } from '../modules/planning/planner-thread';
import { solveTour, type TourWorkerInput } from '../modules/planning/tour-solve';

const post = (message: PlannerMessage) => parentPort?.postMessage(message);
try {
  const output = solveTour(workerData as TourWorkerInput, (summary) =>
    post({ kind: 'progress', summary }),
  );
  post({ kind: 'result', output });
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
