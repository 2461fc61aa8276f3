// The worker helper runs the engine off the main thread and relays progress.
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../src/index';
import { solveInWorker } from '../src/worker.node';
import { buildJob, buildVehicle, lineMatrix } from './builders';
import { findViolations } from './checker';

describe('solveInWorker', () => {
  it('returns a feasible plan and relays progress messages', async () => {
    const matrix = lineMatrix([0, 10, 20, 30]);
    const jobs = Array.from({ length: 12 }, (_, k) =>
      buildJob({ id: `j${k}`, location: 1 + (k % 3) }),
    );
    const problem = { matrix, vehicles: [buildVehicle(), buildVehicle({ id: 'v2' })], jobs };
    const progress: PlanSummary[] = [];
    const plan = await solveInWorker(problem, {
      iterationLimit: 300,
      onProgress: (s) => progress.push(s),
    });
    expect(findViolations(problem, plan)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('rejects when aborted', async () => {
    const problem = { matrix: lineMatrix([0, 1]), vehicles: [buildVehicle()], jobs: [buildJob()] };
    const controller = new AbortController();
    const pending = solveInWorker(problem, { timeLimitMs: 5000, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow(/aborted/);
  });
});
