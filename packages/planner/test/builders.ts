// Small builders for hand-made problems on a line of points (1 km apart per unit, 1 min per km).
import type { Job, PlanningProblem, Vehicle } from '../src/index';

/** Points on the x axis at the given kilometre marks. */
export function lineMatrix(marksKm: number[]): NonNullable<PlanningProblem['matrix']> {
  const size = marksKm.length;
  const distanceKm = new Array<number>(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) distanceKm[a * size + b] = Math.abs(marksKm[a]! - marksKm[b]!);
  }
  return { size, distanceKm, durationMin: distanceKm };
}

export function buildVehicle(overrides: Partial<Vehicle> = {}): Vehicle {
  return { id: 'v1', startLocation: 0, shift: { startMin: 0, endMin: 1000 }, ...overrides };
}

export function buildJob(overrides: Partial<Job> = {}): Job {
  return { id: 'j1', location: 1, serviceMin: 10, ...overrides };
}
