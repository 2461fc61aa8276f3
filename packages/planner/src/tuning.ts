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
  /** Shares of the remaining budget for the repair and fleet-minimisation phases. */
  repairShare: number;
  fleetShare: number;
  ruin: Partial<RuinParams>;
};

export const defaultTuning: Tuning = {
  startTemperature: 4,
  endTemperature: 0.04,
  blinkRate: 0.01,
  softPenalty: Number.POSITIVE_INFINITY,
  neighbourCount: 150,
  repairShare: 0.3,
  fleetShare: 0.5,
  ruin: {},
};
