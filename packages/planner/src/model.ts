// Public, serialisable types of the tour-planning engine (they cross worker_thread boundaries).
import type { Tuning } from './tuning';

/** A closed interval of time, in minutes from the planning epoch: service may start at any time in [startMin, endMin]. */
export type TimeWindow = { startMin: number; endMin: number };

/**
 * A break the vehicle's day must leave: `durationMin` free minutes in one piece within `window`
 * (a lunch break: 45 minutes between 12:00 and 13:30). Free means neither serving a job nor
 * driving: waiting counts, and so does the time at home before the departure and after the
 * return, so a day that ends before the window or starts after it needs nothing. A leg may be
 * split around the break (a stop on the way).
 */
export type BreakRule = { window: TimeWindow; durationMin: number };

/**
 * A vehicle is one artist or team on one working day (or one truck in a classic VRP).
 * Locations are indices into the travel matrix.
 */
export type Vehicle = {
  id: string;
  startLocation: number;
  /** Defaults to the start location. */
  endLocation?: number;
  /** The vehicle leaves its start no earlier than `startMin` and is back no later than `endMin`. */
  shift: TimeWindow;
  /** Omitted: unlimited. */
  capacity?: number;
  skills?: string[];
  /** Upper bound on return time minus departure time. */
  maxDurationMin?: number;
  /** Upper bound on the kilometres driven by this vehicle. */
  maxDistanceKm?: number;
  /** A break the day must leave (not combined with `maxDurationMin`). */
  break?: BreakRule;
};

/** A job is one session (workshop, concert) to place on a vehicle. */
export type Job = {
  id: string;
  location: number;
  serviceMin: number;
  /** Allowed service starts; omitted means any time within the vehicle shift. */
  timeWindows?: TimeWindow[];
  demand?: number;
  skills?: string[];
  /** Higher is more important when not every job can be served; default 0. */
  priority?: number;
  /** The job must be served by this vehicle. */
  pinnedVehicleId?: string;
  /** The job must start exactly at this time. */
  pinnedStartMin?: number;
};

/** Row-major square matrices over `size` locations. */
export type TravelMatrix = {
  size: number;
  distanceKm: ArrayLike<number>;
  durationMin: ArrayLike<number>;
};

export type PlanningProblem = {
  vehicles: Vehicle[];
  jobs: Job[];
  /** Optional when a travel callback is given in the options. */
  matrix?: TravelMatrix;
  /** Number of locations when the travel callback is used instead of a matrix. */
  locationCount?: number;
};

/** Computes one leg; used when the problem carries no matrix (not serialisable, in-process only). */
export type TravelCallback = (
  fromLocation: number,
  toLocation: number,
) => { distanceKm: number; durationMin: number };

/** `distance`: fixed fleet, least kilometres. `hierarchical`: fewest vehicles, then kilometres. */
export type Objective = 'distance' | 'hierarchical';

/** A previous plan, as job id → vehicle id, to change as little as possible. */
export type PreviousAssignment = { jobId: string; vehicleId: string }[];

export type PlanSummary = {
  elapsedMs: number;
  iterations: number;
  vehicles: number;
  distanceKm: number;
  unassigned: number;
  /** Jobs whose vehicle differs from `minimiseChangesFrom` (0 when not re-planning). */
  changedAssignments: number;
};

export type SolveOptions = {
  seed?: number;
  timeLimitMs?: number;
  /** Deterministic budget: with it, the result depends only on the seed (if the time limit is not hit first). */
  iterationLimit?: number;
  objective?: Objective;
  /** Upper bound on the number of vehicles used. */
  maxVehicles?: number;
  onProgress?: (best: PlanSummary) => void;
  minimiseChangesFrom?: PreviousAssignment;
  travel?: TravelCallback;
  /** Advanced: search parameters (see tuning.ts); defaults suit most uses. */
  tuning?: Partial<Tuning>;
};

export type PlannedStop = {
  jobId: string;
  arrivalMin: number;
  startMin: number;
  endMin: number;
};

export type PlannedRoute = {
  vehicleId: string;
  departureMin: number;
  returnMin: number;
  distanceKm: number;
  durationMin: number;
  load: number;
  stops: PlannedStop[];
  /** The vehicle's break when it falls between departure and return (absent when it is taken at home). */
  break?: { startMin: number; endMin: number };
};

export type UnassignedReason =
  | 'NO_SKILLED_VEHICLE'
  | 'PINNED_CONFLICT'
  | 'TIME_WINDOW'
  | 'CAPACITY'
  | 'MAX_DISTANCE'
  | 'MAX_DURATION'
  | 'FLEET_LIMIT'
  | 'BREAK';

export type UnassignedJob = { jobId: string; reason: UnassignedReason; detail: string };

export type PlanResult = {
  routes: PlannedRoute[];
  unassigned: UnassignedJob[];
  summary: PlanSummary;
};
