// Types shared by every scenario: the new trips, what changed, the assumptions and the time cost.
import type { Trip } from '../trips/types';

export type ScenarioLever =
  | 'carpool'
  | 'train'
  | 'group-by-area'
  | 'alternative-itinerary'
  | 'online'
  | 'electric'
  | 'shuttle'
  | 'combined';

/** Where an assumption's value comes from: Tutti's own choice, the planner, or the factor set in use. */
export type AssumptionSource = 'tutti' | 'planner' | 'factor-set';

/**
 * How an assumption's value reads, so that every language can write it: a number of km, people,
 * sessions, days, minutes or hours; `share` a fraction of 1 (0.5 is 50 %); `ratio` a plain factor;
 * `mode` a transport mode; `trip-kinds` trip kinds joined by commas; `yes-no` a boolean.
 */
export type AssumptionUnit =
  | 'km'
  | 'people'
  | 'sessions'
  | 'days'
  | 'min'
  | 'h'
  | 'kg-per-device-hour'
  | 'share'
  | 'ratio'
  | 'mode'
  | 'trip-kinds'
  | 'yes-no';

/** A stated assumption, shown next to the scenario. `name` doubles as an i18n key suffix. */
export type Assumption = {
  name: string;
  value: number | string | boolean;
  unit: AssumptionUnit;
  source: AssumptionSource;
};

export type Scenario = {
  lever: ScenarioLever;
  /** The whole trip set under the scenario (unchanged trips included). */
  trips: Trip[];
  removedTripIds: string[];
  addedTripIds: string[];
  assumptions: Assumption[];
  /** Lever-specific counts for plain-language sentences (cars avoided, sessions replaced...). */
  stats: Record<string, number>;
  /** Person-hours of travel before and after, and the difference (positive = more time). */
  travelHours: { before: number; after: number; delta: number };
};

export const TUTTI_ASSUMPTION: AssumptionSource = 'tutti';
