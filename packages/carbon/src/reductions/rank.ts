// Tries each lever on a project's trips and ranks the changes that save the most, in plain words.
import type { FactorSet } from '../factors/types';
import { computeFootprint } from '../footprint/compute';
import { type CarpoolOptions, carpoolScenario } from '../scenarios/carpool';
import { electricScenario } from '../scenarios/electric';
import {
  alternativeItineraryScenario,
  type GroupByAreaOptions,
  groupByAreaScenario,
} from '../scenarios/group-by-area';
import { type OnlineOptions, onlineScenario } from '../scenarios/online';
import { type ShuttleOptions, shuttleScenario } from '../scenarios/shuttle';
import { type TrainOptions, trainScenario } from '../scenarios/train';
import type { Scenario } from '../scenarios/types';
import type { Speeds } from '../travel/time';
import type { ItineraryDay } from '../trips/artists';
import type { Trip } from '../trips/types';
import { reductionMessage, type TranslatedMessage, timeMessage } from './messages';

export type Reduction = {
  lever: Scenario['lever'];
  savedCo2eKg: number;
  /** Share of the baseline footprint saved, in %. */
  savedPct: number;
  /** Person-hours of travel added (positive) or saved (negative). */
  deltaTravelHours: number;
  message: TranslatedMessage;
  timeMessage: TranslatedMessage;
  scenario: Scenario;
};

export type ReductionOptions = {
  trips: readonly Trip[];
  factors: FactorSet;
  /** How many reductions to return; the few that save most. Default 3. */
  limit?: number;
  /** Changes saving less than this share of the footprint are not worth a sentence. Default 0.01. */
  minSavedShare?: number;
  carpool?: CarpoolOptions;
  train?: TrainOptions;
  groupByArea?: GroupByAreaOptions;
  /** Share of sessions the coordinator would consider moving online; 0 leaves the lever out. */
  onlineShare?: number;
  /** Which sessions could go online, their durations (the share above still applies). */
  online?: Pick<
    OnlineOptions,
    'eligibleSessionIds' | 'durationHoursBySession' | 'defaultDurationHours'
  >;
  /** A shuttle coach for the audience of public events; `false` leaves the lever out. */
  shuttle?: ShuttleOptions | false;
  /** The planner's alternative itinerary, when there is one. */
  alternativeDays?: readonly ItineraryDay[];
  speeds?: Speeds;
};

function leversToTry(options: ReductionOptions): Scenario[] {
  const { trips, factors, speeds } = options;
  const withSpeeds = speeds ? { speeds } : {};
  const scenarios = [
    carpoolScenario(trips, { ...options.carpool, ...withSpeeds }),
    trainScenario(trips, { ...options.train, ...withSpeeds }),
    groupByAreaScenario(trips, { ...options.groupByArea, ...withSpeeds }),
    electricScenario(trips, withSpeeds),
  ];
  const onlineShare = options.onlineShare ?? 0.2;
  if (onlineShare > 0)
    scenarios.push(
      onlineScenario(trips, { ...options.online, factors, share: onlineShare, ...withSpeeds }),
    );
  if (options.shuttle !== false)
    scenarios.push(shuttleScenario(trips, { ...options.shuttle, ...withSpeeds }));
  if (options.alternativeDays && options.alternativeDays.length > 0) {
    scenarios.push(alternativeItineraryScenario(trips, options.alternativeDays, withSpeeds));
  }
  return scenarios;
}

/**
 * Each lever is tried alone against the same baseline (savings do not add up across levers);
 * those that save at least `minSavedShare` of the footprint are ranked by kg saved, and each
 * comes with a translation key and parameters, and a second one for its travel-time cost.
 * @example
 * suggestReductions({ trips, factors: ADEME_2025 })[0]
 * // { lever: 'electric', savedCo2eKg: 113.1, message: { key: 'carbon.reduction.electric', params: {...} }, ... }
 */
export function suggestReductions(options: ReductionOptions): Reduction[] {
  const { trips, factors } = options;
  const baselineKg = computeFootprint({ trips, factors }).totalCo2eKg;
  if (baselineKg <= 0) return [];
  const minSavedKg = baselineKg * (options.minSavedShare ?? 0.01);
  const reductions: Reduction[] = [];
  for (const scenario of leversToTry(options)) {
    const savedCo2eKg =
      baselineKg - computeFootprint({ trips: scenario.trips, factors }).totalCo2eKg;
    if (savedCo2eKg < minSavedKg || savedCo2eKg <= 0) continue;
    const savedPct = (100 * savedCo2eKg) / baselineKg;
    reductions.push({
      lever: scenario.lever,
      savedCo2eKg,
      savedPct,
      deltaTravelHours: scenario.travelHours.delta,
      message: reductionMessage(scenario, savedCo2eKg, savedPct),
      timeMessage: timeMessage(scenario.travelHours.delta),
      scenario,
    });
  }
  reductions.sort((a, b) => b.savedCo2eKg - a.savedCo2eKg || a.lever.localeCompare(b.lever));
  return reductions.slice(0, options.limit ?? 3);
}
