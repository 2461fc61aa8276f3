// Reading Solomon instances and solving a small one end to end.
import { describe, expect, it } from 'vitest';
import { parseSolomon, solomonProblem, solve } from '../src/index';
import { findViolations } from './checker';
import { tinySolomon as text } from './tiny-instances';

describe('parseSolomon', () => {
  it('reads the fleet, capacity and nodes despite CRLF line ends and blank lines', () => {
    const instance = parseSolomon(text);
    expect(instance).toMatchObject({ name: 'TINY', fleet: 3, capacity: 20 });
    expect(instance.nodes).toHaveLength(4);
    expect(instance.nodes[2]).toEqual({
      id: 2,
      x: 6,
      y: 8,
      demand: 10,
      readyMin: 10,
      dueMin: 80,
      serviceMin: 5,
    });
  });

  it('rejects a text without a CUSTOMER block', () => {
    expect(() => parseSolomon('X\nVEHICLE\n1 2\n')).toThrow(/CUSTOMER/);
  });
});

describe('solving a Solomon instance', () => {
  it('uses unrounded Euclidean distances and returns a feasible plan', () => {
    const problem = solomonProblem(parseSolomon(text));
    expect(problem.matrix!.distanceKm[1]).toBe(5);
    const plan = solve(problem, { iterationLimit: 300, timeLimitMs: 60_000 });
    expect(findViolations(problem, plan)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
    // Capacity 20 forces a second route: 1 and 2 fill the first vehicle.
    expect(plan.routes).toHaveLength(2);
  });
});
