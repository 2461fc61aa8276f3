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

/** A stated assumption, shown next to the scenario. `name` doubles as an i18n key suffix. */
export type Assumption = {
  name: string;
  value: number | string;
  unit?: string;
  /** Where the value comes from: a citation, or "Tutti assumption". */
  source: string;
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

export const TUTTI_ASSUMPTION = 'Tutti assumption';
