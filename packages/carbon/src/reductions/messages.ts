// Turns a scenario's figures into a translation key and its parameters (FR, EN, DE in ../i18n).
import type { Scenario, ScenarioLever } from '../scenarios/types';

export type TranslatedMessage = {
  /** An i18next key, e.g. `carbon.reduction.carpool`, resolved with the strings in ../i18n. */
  key: string;
  params: Record<string, number | string>;
};

const REDUCTION_KEYS: Readonly<Record<ScenarioLever, string>> = {
  carpool: 'carbon.reduction.carpool',
  train: 'carbon.reduction.train',
  'group-by-area': 'carbon.reduction.groupByArea',
  'alternative-itinerary': 'carbon.reduction.alternativeItinerary',
  online: 'carbon.reduction.online',
  electric: 'carbon.reduction.electric',
  shuttle: 'carbon.reduction.shuttle',
  combined: 'carbon.reduction.combined',
};

// Figures in sentences are rounded to what a coordinator can use; exact values stay in the data.
function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function assumptionValue(scenario: Scenario, name: string): number | string {
  const value = scenario.assumptions.find((a) => a.name === name)?.value;
  return typeof value === 'number' || typeof value === 'string' ? value : '';
}

/**
 * The plain-language sentence of a reduction, as a key and parameters.
 * @example reductionMessage(carpool, 62.94, 12.4)
 * // { key: 'carbon.reduction.carpool', params: { savedKg: 62.9, savedPct: 12, carsAvoided: 8, maxOccupants: 4, ... } }
 */
export function reductionMessage(
  scenario: Scenario,
  savedKg: number,
  savedPct: number,
): TranslatedMessage {
  const params: Record<string, number | string> = {
    savedKg: roundTo(savedKg, savedKg >= 100 ? 0 : 1),
    savedPct: Math.round(savedPct),
    ...scenario.stats,
  };
  if (scenario.lever === 'carpool') params.maxOccupants = assumptionValue(scenario, 'maxOccupants');
  if (scenario.lever === 'train') params.minDistanceKm = assumptionValue(scenario, 'minDistanceKm');
  if (scenario.lever === 'shuttle')
    params.minDistanceKm = assumptionValue(scenario, 'shuttleMinDistanceKm');
  if (scenario.lever === 'group-by-area')
    params.sessionsPerDay = assumptionValue(scenario, 'sessionsPerDay');
  return { key: REDUCTION_KEYS[scenario.lever], params };
}

/**
 * The travel-time side of a change: more, less or the same (under six minutes counts as the same).
 * @example timeMessage(3.26) // { key: 'carbon.reduction.time.more', params: { hours: 3.3 } }
 */
export function timeMessage(deltaHours: number): TranslatedMessage {
  if (Math.abs(deltaHours) < 0.1) return { key: 'carbon.reduction.time.same', params: {} };
  const hours = roundTo(Math.abs(deltaHours), 1);
  const key = deltaHours > 0 ? 'carbon.reduction.time.more' : 'carbon.reduction.time.less';
  return { key, params: { hours } };
}
