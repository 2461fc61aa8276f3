// Public API of @tutti/carbon: versioned emission factors, trips, footprints, scenarios, reductions.

export {
  checkPlausibility,
  type FlaggedInput,
  fingerprintOf,
  inputKeyOf,
  PLAUSIBILITY_LIMITS,
  type PlausibilityCheck,
  type PlausibilityLimits,
} from './checks/plausibility';
export { ADEME_2025, ONLINE_VIDEO_2025 } from './factors/ademe-2025';
export { BUILT_IN_FACTOR_SETS, findFactorSet, latestFactorSet } from './factors/registry';
export type {
  FactorFieldError,
  FactorSet,
  FactorSetValidation,
  ModeFactor,
  OnlineVideoFactor,
} from './factors/types';
export { validateFactorSet } from './factors/validate';
export { computeFootprint, footprintLine } from './footprint/compute';
export {
  byPeriod,
  byRef,
  type FootprintGroup,
  groupFootprint,
  type KeyOf,
  summariseLines,
} from './footprint/summarise';
export type { Denominators, Footprint, FootprintLine, FootprintSummary } from './footprint/types';
export { CARBON_MESSAGES, type CarbonMessages, de, en, fr } from './i18n/index';
export {
  ADEME_SLUGS,
  CAR_MODES,
  isTransportMode,
  MODE_UNIT_BASIS,
  TRANSPORT_MODES,
  type TransportMode,
  type UnitBasis,
} from './modes';
export { reductionMessage, type TranslatedMessage, timeMessage } from './reductions/messages';
export { type Reduction, type ReductionOptions, suggestReductions } from './reductions/rank';
export { type CarpoolOptions, carpoolScenario } from './scenarios/carpool';
export { combineScenarios } from './scenarios/combine';
export {
  compareScenarios,
  type ScenarioComparison,
  type ScenarioComparisonRow,
  type ScenarioFigures,
} from './scenarios/compare';
export { electricScenario } from './scenarios/electric';
export {
  alternativeItineraryScenario,
  type GroupByAreaOptions,
  groupByAreaScenario,
} from './scenarios/group-by-area';
export { type OnlineOptions, onlineScenario } from './scenarios/online';
export { type ShuttleOptions, shuttleScenario } from './scenarios/shuttle';
export { type TrainOptions, trainScenario } from './scenarios/train';
export type {
  Assumption,
  AssumptionSource,
  AssumptionUnit,
  Scenario,
  ScenarioLever,
} from './scenarios/types';
export { unchangedReason } from './scenarios/unchanged';
export { DEFAULT_SPEEDS_KMH } from './travel/speeds';
export { type Speeds, type TravelTime, travelHoursOf, travelTime } from './travel/time';
export {
  type ArtistJourney,
  artistTripsToVenue,
  type ItineraryDay,
  type ItineraryLeg,
  type ItineraryStop,
  tripsFromItineraryDay,
} from './trips/artists';
export { type AudienceOrigin, estimateAudienceTrips } from './trips/audience';
export {
  type AreaType,
  DEFAULT_MODE_SPLITS,
  type ModeSplit,
  sharesAtDistance,
} from './trips/mode-split';
export { journeysOf, travelledKmOf, travellersOf, vehiclesOf } from './trips/quantities';
export {
  DEFAULT_GROUP_CAR_OCCUPANCY,
  equipmentTrip,
  groupTrip,
  onlineSession,
} from './trips/simple';
export {
  type ArtistTrip,
  type AudienceTrip,
  type DigitalTrip,
  type EquipmentTrip,
  FOOTPRINT_SOURCES,
  type FootprintSource,
  type GroupTrip,
  isTravelTrip,
  sourceOfTrip,
  type TravelTrip,
  type Trip,
  type TripKind,
  type TripRefs,
} from './trips/types';
export { assertValidTrips, type TripFieldError, validateTrips } from './trips/validate';
