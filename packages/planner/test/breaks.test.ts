// Breaks: a day keeps a lunch break (45 free minutes between 12:00 and 13:30), plans stay feasible,
// and the O(1) insertion test agrees with a full simulation of the route.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsWithBreak, sequenceAllowsBreak } from '../src/breaks';
import { buildCandidates } from '../src/compat';
import { type BreakRule, type Job, type PlanningProblem, solve } from '../src/index';
import { buildInstance } from '../src/instance';
import { Solution } from '../src/solution';
import { earliestStart } from '../src/windows';
import { problemArb } from './arbitraries';
import { buildJob, buildVehicle, lineMatrix } from './builders';
import { findViolations } from './checker';

const lunch: BreakRule = { window: { startMin: 720, endMin: 810 }, durationMin: 45 };
const day = { startMin: 480, endMin: 1080 };
const budget = { iterationLimit: 300, timeLimitMs: 60_000 };

/** A morning workshop 10:30–12:00 and one that may start from 12:00, both 90 minutes, 5 km from home. */
function workshops(withBreak: boolean): PlanningProblem {
  return {
    matrix: lineMatrix([0, 5]),
    vehicles: [buildVehicle({ shift: day, ...(withBreak ? { break: lunch } : {}) })],
    jobs: [
      buildJob({ id: 'morning', serviceMin: 90, timeWindows: [{ startMin: 630, endMin: 630 }] }),
      buildJob({ id: 'noon', serviceMin: 90, timeWindows: [{ startMin: 720, endMin: 900 }] }),
    ],
  };
}

describe('a vehicle with a break rule', () => {
  it('keeps 45 minutes free between 12:00 and 13:30 instead of starting the next session at 12:00', () => {
    const without = solve(workshops(false), budget);
    expect(without.routes[0]!.stops.map((s) => s.startMin)).toEqual([630, 720]);
    expect(without.routes[0]!.break).toBeUndefined();

    const problem = workshops(true);
    const plan = solve(problem, budget);
    expect(findViolations(problem, plan)).toEqual([]);
    const [route] = plan.routes;
    expect(route!.stops.map((s) => [s.jobId, s.startMin, s.endMin])).toEqual([
      ['morning', 630, 720],
      ['noon', 765, 855],
    ]);
    expect(route!.break).toEqual({ startMin: 720, endMin: 765 });
  });

  it('leaves out a session that would take the whole window, saying the break is why', () => {
    const problem: PlanningProblem = {
      matrix: lineMatrix([0, 5]),
      vehicles: [buildVehicle({ shift: day, break: lunch })],
      jobs: [buildJob({ serviceMin: 120, timeWindows: [{ startMin: 700, endMin: 700 }] })],
    };
    const plan = solve(problem, budget);
    expect(plan.routes).toEqual([]);
    expect(plan.unassigned).toEqual([expect.objectContaining({ jobId: 'j1', reason: 'BREAK' })]);
  });

  it('needs no break on a day that ends before the window or starts after it', () => {
    const problem: PlanningProblem = {
      matrix: lineMatrix([0, 5]),
      vehicles: [
        buildVehicle({ id: 'morning', shift: { startMin: 480, endMin: 760 }, break: lunch }),
        buildVehicle({ id: 'afternoon', shift: { startMin: 780, endMin: 1080 }, break: lunch }),
      ],
      jobs: [
        buildJob({ id: 'a', serviceMin: 90, timeWindows: [{ startMin: 600, endMin: 600 }] }),
        buildJob({ id: 'b', serviceMin: 90, timeWindows: [{ startMin: 840, endMin: 840 }] }),
      ],
    };
    const plan = solve(problem, budget);
    expect(findViolations(problem, plan)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
    expect(plan.routes.map((r) => r.break)).toEqual([undefined, undefined]);
  });

  it('stops on the way for the break when the next session is 75 minutes away', () => {
    const problem: PlanningProblem = {
      matrix: lineMatrix([0, 5, 80]),
      vehicles: [buildVehicle({ shift: day, break: lunch })],
      jobs: [
        buildJob({
          id: 'near',
          location: 1,
          serviceMin: 60,
          timeWindows: [{ startMin: 660, endMin: 660 }],
        }),
        buildJob({
          id: 'far',
          location: 2,
          serviceMin: 60,
          timeWindows: [{ startMin: 840, endMin: 840 }],
        }),
      ],
    };
    const plan = solve(problem, budget);
    expect(findViolations(problem, plan)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
    // Leaves at 12:00, breaks on the way 12:45–13:30, arrives for 14:00.
    expect(plan.routes[0]!.break).toEqual({ startMin: 765, endMin: 810 });
    expect(plan.routes[0]!.stops[1]!.arrivalMin).toBe(840);
  });

  it('refuses a break longer than its window', () => {
    const problem: PlanningProblem = {
      matrix: lineMatrix([0, 5]),
      vehicles: [
        buildVehicle({ break: { window: { startMin: 720, endMin: 750 }, durationMin: 45 } }),
      ],
      jobs: [buildJob()],
    };
    expect(() => solve(problem, budget)).toThrow(/shorter than the break/);
  });
});

/** Random problems where some vehicles have a break rule (never with a duration limit). */
const withBreaksArb = fc
  .tuple(
    problemArb,
    fc.array(
      fc.record({
        open: fc.integer({ min: 0, max: 700 }),
        slack: fc.integer({ min: 0, max: 120 }),
        length: fc.integer({ min: 0, max: 90 }),
      }),
      { minLength: 4, maxLength: 4 },
    ),
  )
  .map(([problem, rules]) => ({
    ...problem,
    vehicles: problem.vehicles.map((v, i) => {
      const rule = rules[i]!;
      if (i % 2 === 1 && rule.length > 60) return v;
      const { maxDurationMin: _, ...rest } = v;
      return {
        ...rest,
        break: {
          window: { startMin: rule.open, endMin: rule.open + rule.length + rule.slack },
          durationMin: rule.length,
        },
      };
    }),
  }));

describe('plans with breaks', () => {
  it('pass the independent checker, breaks included', () => {
    fc.assert(
      fc.property(withBreaksArb, fc.nat(1000), (problem, seed) => {
        const plan = solve(problem, { ...budget, seed });
        expect(findViolations(problem, plan)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('agree with a full simulation on every insertion the O(1) test allows or refuses', () => {
    let refusedByBreak = 0;
    fc.assert(
      fc.property(withBreaksArb, fc.nat(1000), (problem, seed) => {
        const plan = solve(problem, { ...budget, seed });
        const inst = buildInstance(problem, {});
        const sol = new Solution(inst, buildCandidates(inst), inst.vehicleCount);
        const index = new Map(problem.jobs.map((job: Job, j) => [job.id, j]));
        const vehicleIndex = new Map(problem.vehicles.map((v, k) => [v.id, k]));
        for (const route of plan.routes) {
          const r = vehicleIndex.get(route.vehicleId)!;
          route.stops.forEach((stop, i) => {
            sol.insert(index.get(stop.jobId)!, r, i);
          });
        }
        const n = inst.locationCount;
        for (let j = 0; j < inst.jobCount; j++) {
          for (let r = 0; r < inst.vehicleCount; r++) {
            if (inst.hasBreak[r] === 0 || sol.routeOf[j] === r) continue;
            const jobs = sol.jobs[r]!;
            for (let p = 0; p <= jobs.length; p++) {
              const a = sol.locs[r]![p]!;
              const b = sol.locs[r]![p + 1]!;
              const start = earliestStart(
                inst,
                j,
                sol.departure[r]![p]! + inst.durationMin[a * n + inst.jobLocation[j]!]!,
              );
              const plain =
                start + inst.jobServiceMin[j]! + inst.durationMin[inst.jobLocation[j]! * n + b]! <=
                sol.latest[r]![p + 1]!;
              const order = [...jobs.slice(0, p), j, ...jobs.slice(p)];
              const simulated = sequenceAllowsBreak(inst, r, order) && plain;
              expect(plain && fitsWithBreak(sol, inst, r, p, j)).toBe(simulated);
              if (plain) refusedByBreak += simulated ? 0 : 1;
            }
          }
        }
      }),
      { numRuns: 150 },
    );
    // The property is not vacuous: breaks do refuse insertions that times alone would allow.
    expect(refusedByBreak).toBeGreaterThan(5);
  });
});
