// Behaviour of solve on hand-made problems: reasons for unserved jobs, pins, windows, objectives.
import { describe, expect, it } from 'vitest';
import { type PlanSummary, solve } from '../src/index';
import { buildJob, buildVehicle, lineMatrix } from './builders';
import { findViolations } from './checker';

const fast = { iterationLimit: 200, timeLimitMs: 60_000 };
const matrix = lineMatrix([0, 10, 20, 30, 400]);

function reasonOf(problem: Parameters<typeof solve>[0], options = {}): string | undefined {
  return solve(problem, { ...fast, ...options }).unassigned[0]?.reason;
}

describe('unserved jobs', () => {
  it('are reported NO_SKILLED_VEHICLE when no vehicle has the skill', () => {
    const problem = {
      matrix,
      vehicles: [buildVehicle({ skills: ['choir'] })],
      jobs: [buildJob({ skills: ['piano'] })],
    };
    expect(reasonOf(problem)).toBe('NO_SKILLED_VEHICLE');
  });

  it('are reported TIME_WINDOW when no vehicle can arrive in time', () => {
    const job = buildJob({ location: 4, timeWindows: [{ startMin: 0, endMin: 100 }] });
    expect(reasonOf({ matrix, vehicles: [buildVehicle()], jobs: [job] })).toBe('TIME_WINDOW');
  });

  it('are reported CAPACITY when the demand exceeds every capacity', () => {
    const problem = {
      matrix,
      vehicles: [buildVehicle({ capacity: 5 })],
      jobs: [buildJob({ demand: 6 })],
    };
    expect(reasonOf(problem)).toBe('CAPACITY');
  });

  it('are reported MAX_DISTANCE when the round trip is too long', () => {
    const problem = {
      matrix,
      vehicles: [buildVehicle({ maxDistanceKm: 100 })],
      jobs: [buildJob({ location: 4 })],
    };
    expect(reasonOf(problem)).toBe('MAX_DISTANCE');
  });

  it('are reported MAX_DURATION when the working time would be too long', () => {
    const problem = {
      matrix,
      vehicles: [buildVehicle({ maxDurationMin: 60 })],
      jobs: [buildJob({ serviceMin: 90 })],
    };
    expect(reasonOf(problem)).toBe('MAX_DURATION');
  });

  it('are reported PINNED_CONFLICT when pinned to a vehicle that lacks the skill', () => {
    const vehicles = [buildVehicle(), buildVehicle({ id: 'v2', skills: ['piano'] })];
    const job = buildJob({ skills: ['piano'], pinnedVehicleId: 'v1' });
    expect(reasonOf({ matrix, vehicles, jobs: [job] })).toBe('PINNED_CONFLICT');
  });

  it('are reported FLEET_LIMIT when only the vehicle limit stands in the way', () => {
    const vehicles = [buildVehicle(), buildVehicle({ id: 'v2' })];
    const at = { startMin: 100, endMin: 100 };
    const jobs = [
      buildJob({ timeWindows: [at] }),
      buildJob({ id: 'j2', location: 2, timeWindows: [at] }),
    ];
    expect(reasonOf({ matrix, vehicles, jobs }, { maxVehicles: 1 })).toBe('FLEET_LIMIT');
  });
});

describe('solve', () => {
  it('keeps pinned jobs on their vehicle and at their time', () => {
    const vehicles = [buildVehicle(), buildVehicle({ id: 'v2', startLocation: 3 })];
    const job = buildJob({ location: 3, pinnedVehicleId: 'v1', pinnedStartMin: 200 });
    const plan = solve({ matrix, vehicles, jobs: [job] }, fast);
    expect(plan.routes).toHaveLength(1);
    expect(plan.routes[0]!.vehicleId).toBe('v1');
    expect(plan.routes[0]!.stops[0]!.startMin).toBe(200);
  });

  it('serves a job in a later time window when the first one is out of reach', () => {
    const windows = [
      { startMin: 0, endMin: 5 },
      { startMin: 300, endMin: 320 },
    ];
    const plan = solve(
      {
        matrix,
        vehicles: [buildVehicle()],
        jobs: [buildJob({ location: 2, timeWindows: windows })],
      },
      fast,
    );
    expect(plan.routes[0]!.stops[0]!.startMin).toBe(300);
  });

  it('uses fewer vehicles under the hierarchical objective, fewer kilometres under the distance one', () => {
    const vehicles = [
      buildVehicle({ startLocation: 1 }),
      buildVehicle({ id: 'v2', startLocation: 2 }),
    ];
    const jobs = [buildJob({ location: 1 }), buildJob({ id: 'j2', location: 2 })];
    const byDistance = solve({ matrix, vehicles, jobs }, { ...fast, objective: 'distance' });
    const byVehicles = solve({ matrix, vehicles, jobs }, { ...fast, objective: 'hierarchical' });
    expect(byDistance.summary).toMatchObject({ vehicles: 2, distanceKm: 0 });
    expect(byVehicles.summary).toMatchObject({ vehicles: 1, distanceKm: 20 });
  });

  it('changes no previous assignment when a new job is added on re-planning', () => {
    const vehicles = [buildVehicle(), buildVehicle({ id: 'v2', startLocation: 3 })];
    const jobs = [buildJob({ location: 1 }), buildJob({ id: 'j2', location: 2 })];
    // A plan made when j1 and j2 were both on the second vehicle.
    const previous = [
      { jobId: 'j1', vehicleId: 'v2' },
      { jobId: 'j2', vehicleId: 'v2' },
    ];
    const added = [...jobs, buildJob({ id: 'j3', location: 0 })];
    const plan = solve(
      { matrix, vehicles, jobs: added },
      { ...fast, minimiseChangesFrom: previous },
    );
    const vehicleOf = (id: string) =>
      plan.routes.find((r) => r.stops.some((s) => s.jobId === id))?.vehicleId;
    expect([vehicleOf('j1'), vehicleOf('j2'), vehicleOf('j3')]).toEqual(['v2', 'v2', 'v1']);
    expect(plan.summary.changedAssignments).toBe(0);
  });

  it('gives the same plan from a travel callback as from the equivalent matrix', () => {
    const marks = [0, 10, 20, 30, 400];
    const travel = (a: number, b: number) => ({
      distanceKm: Math.abs(marks[a]! - marks[b]!),
      durationMin: Math.abs(marks[a]! - marks[b]!),
    });
    const jobs = [
      buildJob(),
      buildJob({ id: 'j2', location: 3 }),
      buildJob({ id: 'j3', location: 2 }),
    ];
    const vehicles = [buildVehicle()];
    const fromMatrix = solve({ matrix, vehicles, jobs }, fast);
    const fromCallback = solve({ locationCount: 5, vehicles, jobs }, { ...fast, travel });
    expect(fromCallback.routes).toEqual(fromMatrix.routes);
    expect(findViolations({ matrix, vehicles, jobs }, fromCallback)).toEqual([]);
  });

  it('reports progress with a best distance that never increases', () => {
    const jobs = Array.from({ length: 30 }, (_, k) =>
      buildJob({ id: `j${k}`, location: 1 + (k % 4) }),
    );
    const seen: PlanSummary[] = [];
    solve(
      { matrix, vehicles: [buildVehicle(), buildVehicle({ id: 'v2' })], jobs },
      { ...fast, onProgress: (s) => seen.push(s) },
    );
    expect(seen.length).toBeGreaterThan(0);
    for (let k = 1; k < seen.length; k++) {
      expect(seen[k]!.distanceKm).toBeLessThanOrEqual(seen[k - 1]!.distanceKm + 1e-9);
    }
  });
});

describe('degenerate problems', () => {
  it('return at once with every job unassigned when there is no vehicle', () => {
    const plan = solve({ matrix, vehicles: [], jobs: [buildJob()] }, { timeLimitMs: 60_000 });
    expect(plan.routes).toEqual([]);
    expect(plan.unassigned.map((u) => u.reason)).toEqual(['NO_SKILLED_VEHICLE']);
  });

  it('report a job whose only window is inverted as TIME_WINDOW', () => {
    const job = buildJob({ timeWindows: [{ startMin: 50, endMin: 10 }] });
    expect(reasonOf({ matrix, vehicles: [buildVehicle()], jobs: [job] })).toBe('TIME_WINDOW');
  });

  it('plan nothing when there are no jobs', () => {
    const plan = solve({ matrix, vehicles: [buildVehicle()], jobs: [] }, { timeLimitMs: 60_000 });
    expect(plan.routes).toEqual([]);
    expect(plan.unassigned).toEqual([]);
  });
});

describe('the hierarchical objective', () => {
  it('still saves vehicles when some job cannot be served at all', () => {
    const vehicles = [
      buildVehicle({ startLocation: 1 }),
      buildVehicle({ id: 'v2', startLocation: 2 }),
    ];
    const jobs = [
      buildJob({ location: 1 }),
      buildJob({ id: 'j2', location: 2 }),
      buildJob({ id: 'harp', skills: ['harp'] }),
    ];
    const plan = solve({ matrix, vehicles, jobs }, { ...fast, objective: 'hierarchical' });
    expect(plan.summary.vehicles).toBe(1);
    expect(plan.unassigned.map((u) => u.jobId)).toEqual(['harp']);
  });
});

describe('options', () => {
  it('are rejected when no budget would ever end the search', () => {
    const problem = { matrix, vehicles: [buildVehicle()], jobs: [buildJob()] };
    expect(() => solve(problem, { timeLimitMs: Number.POSITIVE_INFINITY })).toThrow(/finite/);
    expect(() => solve(problem, { timeLimitMs: Number.NaN })).toThrow(/non-negative/);
  });
});
