// Route bookkeeping: a removal that lengthens a duration-limited day is flagged so the search rejects it.
import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../src/compat';
import { buildInstance } from '../src/instance';
import { Solution } from '../src/solution';
import { buildJob, buildVehicle, lineMatrix } from './builders';

describe('Solution', () => {
  it('flags a route whose working time grows beyond its limit after a removal', () => {
    const problem = {
      matrix: lineMatrix([0, 10]),
      vehicles: [buildVehicle({ maxDurationMin: 200 })],
      jobs: [
        buildJob({ id: 'a', timeWindows: [{ startMin: 500, endMin: 500 }] }),
        buildJob({ id: 'b' }),
        buildJob({ id: 'c', timeWindows: [{ startMin: 600, endMin: 600 }] }),
      ],
    };
    const inst = buildInstance(problem, {});
    const sol = new Solution(inst, buildCandidates(inst), 1);
    sol.begin();
    sol.insert(0, 0, 0);
    sol.insert(1, 0, 1);
    sol.insert(2, 0, 2);
    expect(sol.touchedFeasible()).toBe(true);
    sol.commit();
    sol.begin();
    // Without a, b is served at once and the day stretches from 0 to 620 minutes.
    sol.removeJobs(0, [0]);
    expect(sol.touchedFeasible()).toBe(false);
    sol.rollback();
    expect(sol.jobs[0]).toEqual([0, 1, 2]);
    expect(sol.touchedFeasible()).toBe(true);
  });
});
