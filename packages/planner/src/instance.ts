// Compiles a public PlanningProblem into flat typed arrays that the search reads in its hot loops.
import type { PlanningProblem, SolveOptions, TimeWindow, Vehicle } from './model';

export type Instance = {
  jobCount: number;
  vehicleCount: number;
  locationCount: number;
  /** Row-major, locationCount² entries; may be the same array for Euclidean instances. */
  distanceKm: Float64Array;
  durationMin: Float64Array;
  jobIds: string[];
  vehicleIds: string[];
  jobLocation: Int32Array;
  jobServiceMin: Float64Array;
  jobDemand: Float64Array;
  /** Merged, sorted windows of job j are twStart/twEnd[twOffset[j] .. twOffset[j+1]). */
  twOffset: Int32Array;
  twStart: Float64Array;
  twEnd: Float64Array;
  jobPenalty: Float64Array;
  jobPinnedVehicle: Int32Array;
  /** Vehicle index the job had in the previous plan, or -1. */
  jobPreviousVehicle: Int32Array;
  changePenalty: number;
  vehicleStart: Int32Array;
  vehicleEnd: Int32Array;
  shiftStartMin: Float64Array;
  shiftEndMin: Float64Array;
  capacity: Float64Array;
  maxDurationMin: Float64Array;
  maxDistanceKm: Float64Array;
  /** 1 for vehicles with a break rule; the others never read the three arrays below. */
  hasBreak: Uint8Array;
  /** Earliest start, latest start and length of each vehicle's break. */
  breakOpenMin: Float64Array;
  breakLatestStartMin: Float64Array;
  breakMin: Float64Array;
  /** Vehicles with equal class are interchangeable when empty. */
  vehicleClass: Int32Array;
  skillWords: number;
  jobSkills: Uint32Array;
  vehicleSkills: Uint32Array;
  /** Largest matrix distance, used to scale penalties. */
  maxLegKm: number;
  /** Penalty of an unserved job of priority 0 (above any detour). */
  basePenalty: number;
};

/** Builds the internal instance; throws on malformed input (bad indices, missing matrix). */
export function buildInstance(problem: PlanningProblem, options: SolveOptions): Instance {
  const { jobs, vehicles } = problem;
  const { distanceKm, durationMin, locationCount } = buildMatrices(problem, options);
  const vehicleIndex = new Map(vehicles.map((v, i) => [v.id, i]));
  const skillIndex = new Map<string, number>();
  for (const e of [...jobs, ...vehicles]) {
    for (const s of e.skills ?? []) if (!skillIndex.has(s)) skillIndex.set(s, skillIndex.size);
  }
  const skillWords = Math.max(1, Math.ceil(skillIndex.size / 32));
  const setSkills = (target: Uint32Array, row: number, skills: string[] | undefined): void => {
    for (const s of skills ?? []) {
      const k = skillIndex.get(s)!;
      target[row * skillWords + (k >> 5)]! |= 1 << (k & 31);
    }
  };
  const checkLocation = (loc: number, what: string): void => {
    if (!Number.isInteger(loc) || loc < 0 || loc >= locationCount) {
      throw new Error(`${what}: location ${loc} is outside the matrix`);
    }
  };

  let maxLegKm = 0;
  for (let i = 0; i < distanceKm.length; i++)
    if (distanceKm[i]! > maxLegKm) maxLegKm = distanceKm[i]!;
  const basePenalty = 10 * (2 * maxLegKm + 1);

  const windows: TimeWindow[][] = jobs.map((job) =>
    normaliseWindows(job.timeWindows, job.pinnedStartMin),
  );
  const twOffset = new Int32Array(jobs.length + 1);
  windows.forEach((w, j) => {
    twOffset[j + 1] = twOffset[j]! + w.length;
  });
  const twStart = new Float64Array(twOffset[jobs.length]!);
  const twEnd = new Float64Array(twOffset[jobs.length]!);
  windows.forEach((w, j) => {
    w.forEach((tw, k) => {
      twStart[twOffset[j]! + k] = tw.startMin;
      twEnd[twOffset[j]! + k] = tw.endMin;
    });
  });

  const previous = new Map((options.minimiseChangesFrom ?? []).map((a) => [a.jobId, a.vehicleId]));
  const jobSkills = new Uint32Array(jobs.length * skillWords);
  const vehicleSkills = new Uint32Array(vehicles.length * skillWords);
  jobs.forEach((job, j) => {
    checkLocation(job.location, `job ${job.id}`);
    setSkills(jobSkills, j, job.skills);
  });
  vehicles.forEach((v, k) => {
    checkLocation(v.startLocation, `vehicle ${v.id}`);
    checkLocation(v.endLocation ?? v.startLocation, `vehicle ${v.id}`);
    setSkills(vehicleSkills, k, v.skills);
    checkBreak(v);
  });

  const classKeys = new Map<string, number>();
  const vehicleClass = Int32Array.from(vehicles, (v) => {
    const key = JSON.stringify([
      v.startLocation,
      v.endLocation ?? v.startLocation,
      v.shift,
      v.capacity,
      [...(v.skills ?? [])].sort(),
      v.maxDurationMin,
      v.maxDistanceKm,
      v.break,
    ]);
    if (!classKeys.has(key)) classKeys.set(key, classKeys.size);
    return classKeys.get(key)!;
  });

  return {
    jobCount: jobs.length,
    vehicleCount: vehicles.length,
    locationCount,
    distanceKm,
    durationMin,
    jobIds: jobs.map((j) => j.id),
    vehicleIds: vehicles.map((v) => v.id),
    jobLocation: Int32Array.from(jobs, (j) => j.location),
    jobServiceMin: Float64Array.from(jobs, (j) => j.serviceMin),
    jobDemand: Float64Array.from(jobs, (j) => j.demand ?? 0),
    twOffset,
    twStart,
    twEnd,
    jobPenalty: Float64Array.from(jobs, (j) => basePenalty * (1 + Math.max(0, j.priority ?? 0))),
    jobPinnedVehicle: Int32Array.from(jobs, (j) =>
      j.pinnedVehicleId === undefined ? -1 : (vehicleIndex.get(j.pinnedVehicleId) ?? -2),
    ),
    jobPreviousVehicle: Int32Array.from(
      jobs,
      (j) => vehicleIndex.get(previous.get(j.id) ?? '') ?? -1,
    ),
    // One changed assignment outweighs any detour, yet stays far below an unserved job.
    changePenalty: 2 * maxLegKm + 1,
    vehicleStart: Int32Array.from(vehicles, (v) => v.startLocation),
    vehicleEnd: Int32Array.from(vehicles, (v) => v.endLocation ?? v.startLocation),
    shiftStartMin: Float64Array.from(vehicles, (v) => v.shift.startMin),
    shiftEndMin: Float64Array.from(vehicles, (v) => v.shift.endMin),
    capacity: Float64Array.from(vehicles, (v) => v.capacity ?? Number.POSITIVE_INFINITY),
    maxDurationMin: Float64Array.from(
      vehicles,
      (v) => v.maxDurationMin ?? Number.POSITIVE_INFINITY,
    ),
    maxDistanceKm: Float64Array.from(vehicles, (v) => v.maxDistanceKm ?? Number.POSITIVE_INFINITY),
    hasBreak: Uint8Array.from(vehicles, (v) => (v.break ? 1 : 0)),
    breakOpenMin: Float64Array.from(vehicles, (v) => v.break?.window.startMin ?? 0),
    breakLatestStartMin: Float64Array.from(vehicles, (v) =>
      v.break ? v.break.window.endMin - v.break.durationMin : 0,
    ),
    breakMin: Float64Array.from(vehicles, (v) => v.break?.durationMin ?? 0),
    vehicleClass,
    skillWords,
    jobSkills,
    vehicleSkills,
    maxLegKm,
    basePenalty,
  };
}

function checkBreak(v: Vehicle): void {
  if (!v.break) return;
  const { window, durationMin } = v.break;
  if (!(durationMin >= 0) || !(window.endMin - window.startMin >= durationMin)) {
    throw new Error(`vehicle ${v.id}: its break window is shorter than the break`);
  }
  if (v.maxDurationMin !== undefined) {
    throw new Error(`vehicle ${v.id}: a break and a maximum duration cannot be combined yet`);
  }
}

function normaliseWindows(
  windows: TimeWindow[] | undefined,
  pinnedStartMin: number | undefined,
): TimeWindow[] {
  if (pinnedStartMin !== undefined) return [{ startMin: pinnedStartMin, endMin: pinnedStartMin }];
  if (!windows || windows.length === 0) {
    return [{ startMin: Number.NEGATIVE_INFINITY, endMin: Number.POSITIVE_INFINITY }];
  }
  const sorted = windows
    .filter((w) => w.endMin >= w.startMin)
    .sort((a, b) => a.startMin - b.startMin);
  const merged: TimeWindow[] = [];
  for (const w of sorted) {
    const last = merged[merged.length - 1];
    if (last && w.startMin <= last.endMin) last.endMin = Math.max(last.endMin, w.endMin);
    else merged.push({ ...w });
  }
  // Only inverted windows were given: an empty window that no schedule can meet.
  if (merged.length === 0)
    merged.push({ startMin: Number.POSITIVE_INFINITY, endMin: Number.NEGATIVE_INFINITY });
  return merged;
}

function buildMatrices(
  problem: PlanningProblem,
  options: SolveOptions,
): { distanceKm: Float64Array; durationMin: Float64Array; locationCount: number } {
  if (problem.matrix) {
    const { size, distanceKm, durationMin } = problem.matrix;
    if (distanceKm.length !== size * size || durationMin.length !== size * size) {
      throw new Error(`travel matrix must hold ${size}² entries`);
    }
    const distance =
      distanceKm instanceof Float64Array ? distanceKm : Float64Array.from(distanceKm);
    const duration =
      durationMin === distanceKm
        ? distance
        : durationMin instanceof Float64Array
          ? durationMin
          : Float64Array.from(durationMin);
    return { distanceKm: distance, durationMin: duration, locationCount: size };
  }
  const travel = options.travel;
  const size = problem.locationCount;
  if (!travel || size === undefined) {
    throw new Error('a problem needs a matrix, or a locationCount and a travel callback');
  }
  const distance = new Float64Array(size * size);
  const duration = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      if (a === b) continue;
      const leg = travel(a, b);
      distance[a * size + b] = leg.distanceKm;
      duration[a * size + b] = leg.durationMin;
    }
  }
  return { distanceKm: distance, durationMin: duration, locationCount: size };
}
