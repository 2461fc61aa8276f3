// Property tests: whatever the problem, every plan the engine returns passes the independent checker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve } from '../src/index';
import { problemArb } from './arbitraries';
import { findViolations } from './checker';

const budget = { iterationLimit: 300, timeLimitMs: 60_000 };

describe('plans returned by solve', () => {
  it('respect every time window, capacity, skill, pinning, distance and duration limit', () => {
    fc.assert(
      fc.property(problemArb, fc.nat(1000), (problem, seed) => {
        const plan = solve(problem, { ...budget, seed });
        expect(findViolations(problem, plan)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('stay feasible under the hierarchical objective and a vehicle limit', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 3 }), (problem, maxVehicles) => {
        const plan = solve(problem, { ...budget, objective: 'hierarchical', maxVehicles });
        expect(findViolations(problem, plan)).toEqual([]);
        expect(plan.routes.length).toBeLessThanOrEqual(maxVehicles);
      }),
      { numRuns: 80 },
    );
  });

  it('stay feasible and reproducible with granular insertion (routes of the nearest jobs first)', () => {
    // Granular insertion starts at 400 jobs by default; here it is forced on small problems.
    const tuning = { granularFromJobs: 1, insertionNeighbours: 2 };
    fc.assert(
      fc.property(problemArb, fc.nat(1000), (problem, seed) => {
        const plan = solve(problem, { ...budget, seed, tuning });
        expect(findViolations(problem, plan)).toEqual([]);
        expect(solve(problem, { ...budget, seed, tuning }).routes).toEqual(plan.routes);
      }),
      { numRuns: 40 },
    );
  });

  it('give every unserved job a reason', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const plan = solve(problem, budget);
        const served = plan.routes.reduce((sum, route) => sum + route.stops.length, 0);
        expect(served + plan.unassigned.length).toBe(problem.jobs.length);
        for (const item of plan.unassigned) expect(item.reason).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 60 },
    );
  });

  it('are identical for the same seed and iteration limit', () => {
    fc.assert(
      fc.property(problemArb, fc.nat(1000), (problem, seed) => {
        const first = solve(problem, { ...budget, seed });
        const second = solve(problem, { ...budget, seed });
        expect(second.routes).toEqual(first.routes);
      }),
      { numRuns: 30 },
    );
  });
});
