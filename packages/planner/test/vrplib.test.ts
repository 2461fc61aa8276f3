// Reading VRPLIB VRPTW instances and solutions, the DIMACS truncation, and a tiny solve end to end.
import { describe, expect, it } from 'vitest';
import { parseVrplib, parseVrplibSolution, solve, vrplibProblem } from '../src/index';
import { findViolations } from './checker';
import { tinyVrplib as text } from './tiny-instances';

describe('parseVrplib', () => {
  it('reads the header, the sections and the header service time, depot first', () => {
    const instance = parseVrplib(text);
    expect(instance).toMatchObject({ name: 'TINY_VRPLIB', vehicles: 3, capacity: 20 });
    expect(instance.nodes).toHaveLength(5);
    expect(instance.nodes[0]).toEqual({
      x: 0,
      y: 0,
      demand: 0,
      readyMin: 0,
      dueMin: 200,
      serviceMin: 0,
    });
    expect(instance.nodes[2]).toEqual({
      x: 6,
      y: 8,
      demand: 10,
      readyMin: 10,
      dueMin: 80,
      serviceMin: 5,
    });
  });

  it('takes per-node service times from a SERVICE_TIME_SECTION', () => {
    const withSection = text.replace(
      'DEPOT_SECTION',
      'SERVICE_TIME_SECTION\r\n1 0\r\n2 7\r\n3 5\r\n4 5\r\n5 5\r\nDEPOT_SECTION',
    );
    expect(parseVrplib(withSection).nodes[1]!.serviceMin).toBe(7);
  });

  it('names what is wrong in a malformed file', () => {
    expect(() => parseVrplib(text.replace('DIMENSION : 5', 'DIMENSION : 6'))).toThrow(
      /DIMENSION 6/,
    );
    expect(() => parseVrplib(text.replace(/TIME_WINDOW_SECTION[\s\S]*DEPOT/, 'DEPOT'))).toThrow(
      /TIME_WINDOW_SECTION missing/,
    );
    expect(() => parseVrplib(text.replace('EUC_2D', 'EXPLICIT'))).toThrow(/EXPLICIT/);
  });
});

describe('vrplibProblem', () => {
  it('uses exact Euclidean distances, or truncates them to one decimal (DIMACS)', () => {
    const instance = parseVrplib(text);
    const exact = vrplibProblem(instance).matrix!;
    const truncated = vrplibProblem(instance, 'truncated').matrix!;
    // Depot (0) to customer 4 at (1, 1): √2 = 1.41421…
    expect(exact.distanceKm[4]).toBeCloseTo(Math.SQRT2, 12);
    expect(truncated.distanceKm[4]).toBe(1.4);
    // Customer 1 at (3, 4) from the depot: exactly 5 either way.
    expect(truncated.distanceKm[1]).toBe(5);
    expect(truncated.durationMin).toBe(truncated.distanceKm);
  });

  it('gives a feasible plan numbered as solution files, the same twice for a seed and budget', () => {
    const problem = vrplibProblem(parseVrplib(text), 'truncated');
    const budget = { seed: 3, iterationLimit: 300 };
    const plan = solve(problem, budget);
    expect(findViolations(problem, plan)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
    expect(plan.summary.iterations).toBe(300);
    const customers = plan.routes.flatMap((route) => route.stops.map((s) => s.jobId)).sort();
    expect(customers).toEqual(['1', '2', '3', '4']);
    expect(solve(problem, budget).routes).toEqual(plan.routes);
  });
});

describe('parseVrplibSolution', () => {
  it('reads the routes and the cost', () => {
    const solution = parseVrplibSolution('Route #1: 1 2 \nRoute #2: 4 3\nCost 42.5\n');
    expect(solution).toEqual({
      routes: [
        [1, 2],
        [4, 3],
      ],
      cost: 42.5,
    });
  });
});
