// Search parameters, with defaults measured on the Solomon benchmark (see README).
import type { RuinParams } from './ruin';

export type Tuning = {
  /** Annealing temperatures as multiples of the average edge length of the first plan. */
  startTemperature: number;
  endTemperature: number;
  blinkRate: number;
  /** Acceptance-time cost of an unserved job, in average edges (Infinity: the full penalty). */
  softPenalty: number;
  neighbourCount: number;
  /**
   * Granular insertion: a job is first tried only in the routes serving one of its nearest
   * `insertionNeighbours` jobs (others only if none fits); 0 tries every route. Applied from
   * `granularFromJobs` jobs on.
   */
  insertionNeighbours: number;
  granularFromJobs: number;
  /**
   * Shares of the remaining budget for the repair (serving every job under a vehicle cap) and
   * fleet-minimisation phases. Past its share, a repair goes on while it still serves one more
   * job every `repairStallPerJob` × jobs iterations (work, not time: a busy machine cannot
   * starve it); fleet minimisation removes no new route past its share.
   */
  repairShare: number;
  fleetShare: number;
  repairStallPerJob: number;
  ruin: Partial<RuinParams>;
};

export const defaultTuning: Tuning = {
  startTemperature: 4,
  endTemperature: 0.04,
  blinkRate: 0.01,
  softPenalty: Number.POSITIVE_INFINITY,
  neighbourCount: 150,
  insertionNeighbours: 40,
  granularFromJobs: 400,
  repairShare: 0.3,
  fleetShare: 0.5,
  repairStallPerJob: 5,
  ruin: {},
};
