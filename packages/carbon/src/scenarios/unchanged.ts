// Why a scenario changes nothing: a translation key per lever, so a row of zeros is never left unexplained.
import type { TranslatedMessage } from '../reductions/messages';
import type { Scenario, ScenarioLever } from './types';

/** The stat that counts what each lever changed; 0 means it found nothing to change. */
const EFFECT: Readonly<Record<ScenarioLever, string | null>> = {
  carpool: 'carsAvoided',
  train: 'tripsReplaced',
  'group-by-area': 'outingsSaved',
  'alternative-itinerary': 'tripsAdded',
  online: 'sessionsReplaced',
  electric: 'tripsConverted',
  shuttle: 'travellersMoved',
  // Several levers: unchanged when no trip came or went.
  combined: null,
};

const KEYS: Readonly<Record<ScenarioLever, string>> = {
  carpool: 'carbon.unchanged.carpool',
  train: 'carbon.unchanged.train',
  'group-by-area': 'carbon.unchanged.groupByArea',
  'alternative-itinerary': 'carbon.unchanged.alternativeItinerary',
  online: 'carbon.unchanged.online',
  electric: 'carbon.unchanged.electric',
  shuttle: 'carbon.unchanged.shuttle',
  combined: 'carbon.unchanged.combined',
};

function numberOf(scenario: Scenario, name: string): number | string {
  const value = scenario.assumptions.find((a) => a.name === name)?.value;
  return typeof value === 'number' ? value : '';
}

/**
 * The reason a scenario leaves the trips as they are, or null when it changes something.
 * @example unchangedReason(trainScenario(tripsUnder50Km))
 * // { key: 'carbon.unchanged.train', params: { minDistanceKm: 50 } }
 */
export function unchangedReason(scenario: Scenario): TranslatedMessage | null {
  const effect = EFFECT[scenario.lever];
  const changedTrips = scenario.removedTripIds.length + scenario.addedTripIds.length > 0;
  const unchanged = effect === null ? !changedTrips : (scenario.stats[effect] ?? 0) === 0;
  if (!unchanged) return null;
  if (scenario.lever === 'carpool' && (scenario.stats.carsBefore ?? 0) === 0)
    return { key: 'carbon.unchanged.carpoolNoCar', params: {} };
  if (scenario.lever === 'train')
    return { key: KEYS.train, params: { minDistanceKm: numberOf(scenario, 'minDistanceKm') } };
  if (scenario.lever === 'shuttle')
    return {
      key: KEYS.shuttle,
      params: { minDistanceKm: numberOf(scenario, 'shuttleMinDistanceKm') },
    };
  return { key: KEYS[scenario.lever], params: {} };
}
