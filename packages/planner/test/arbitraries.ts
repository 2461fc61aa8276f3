// fast-check generators of small but constraint-rich planning problems.
import fc from 'fast-check';
import type { Job, PlanningProblem, Vehicle } from '../src/index';

const skills = ['piano', 'choir', 'percussion'];

/** Euclidean travel over random points; one minute per kilometre times `slowness`. */
function matrixOf(
  points: [number, number][],
  slowness: number,
  noise: number[],
): PlanningProblem['matrix'] {
  const size = points.length;
  const distanceKm = new Array<number>(size * size);
  const durationMin = new Array<number>(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      // Noise breaks the triangle inequality, as rounded or asymmetric road data can.
      const factor = noise.length > 0 ? 1 + noise[(a * size + b) % noise.length]! : 1;
      const km = factor * Math.hypot(points[a]![0] - points[b]![0], points[a]![1] - points[b]![1]);
      distanceKm[a * size + b] = km;
      durationMin[a * size + b] = km * slowness;
    }
  }
  return { size, distanceKm, durationMin };
}

/** Undefined most of the time: pins are the exception in real plans. */
function rarely<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: arb, weight: 1 });
}

const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 240 }))
  .map(([startMin, width]) => ({ startMin, endMin: startMin + width }));

/** A problem (metric or not) with 1–4 vehicles and 0–24 jobs, with windows, skills, capacities, limits and pins. */
export const problemArb: fc.Arbitrary<PlanningProblem> = fc
  .record({
    points: fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), {
      minLength: 2,
      maxLength: 10,
    }),
    slowness: fc.constantFrom(0.5, 1, 2),
    noise: fc.oneof(
      fc.constant([]),
      fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 1, maxLength: 7 }),
    ),
    vehicles: fc.array(
      fc.record({
        start: fc.nat(),
        end: fc.nat(),
        shiftStart: fc.integer({ min: 0, max: 200 }),
        shiftLength: fc.integer({ min: 200, max: 900 }),
        capacity: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        skills: fc.subarray(skills),
        maxDurationMin: fc.option(fc.integer({ min: 60, max: 600 }), { nil: undefined }),
        maxDistanceKm: fc.option(fc.integer({ min: 20, max: 200 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    jobs: fc.array(
      fc.record({
        location: fc.nat(),
        serviceMin: fc.integer({ min: 0, max: 90 }),
        windows: fc.array(windowArb, { maxLength: 3 }),
        demand: fc.integer({ min: 0, max: 15 }),
        skills: fc.subarray(skills, { maxLength: 1 }),
        priority: fc.integer({ min: 0, max: 2 }),
        pinVehicle: rarely(fc.nat()),
        pinStart: rarely(fc.integer({ min: 0, max: 700 })),
      }),
      { maxLength: 24 },
    ),
  })
  .map(({ points, slowness, noise, vehicles, jobs }) => {
    const size = points.length;
    const builtVehicles: Vehicle[] = vehicles.map((v, k) => ({
      id: `v${k}`,
      startLocation: v.start % size,
      endLocation: v.end % size,
      shift: { startMin: v.shiftStart, endMin: v.shiftStart + v.shiftLength },
      capacity: v.capacity,
      skills: v.skills,
      maxDurationMin: v.maxDurationMin,
      maxDistanceKm: v.maxDistanceKm,
    }));
    const builtJobs: Job[] = jobs.map((j, k) => ({
      id: `j${k}`,
      location: j.location % size,
      serviceMin: j.serviceMin,
      timeWindows: j.windows,
      demand: j.demand,
      skills: j.skills,
      priority: j.priority,
      pinnedVehicleId:
        j.pinVehicle === undefined ? undefined : `v${j.pinVehicle % vehicles.length}`,
      pinnedStartMin: j.pinStart,
    }));
    return { matrix: matrixOf(points, slowness, noise), vehicles: builtVehicles, jobs: builtJobs };
  });
