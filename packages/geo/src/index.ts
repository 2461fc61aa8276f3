// Public API of @tutti/geo (pure: no I/O; the Node loader is `@tutti/geo/node`).

export type { Area } from './access/area';
export { communesInArea } from './access/area';
export type { AccessInputs, CommuneAccess, LiveMusicPlace } from './access/compute';
export { computeAccessIndex, inLastTwelveMonths } from './access/compute';
export type { RankedCommune, Reason } from './access/rank';
export { explainAccess, rankCommunes } from './access/rank';
export type {
  ScoreComponents,
  ScoreDimension,
  ScoreInputs,
  ScoreOptions,
  ScorePoints,
  ScoreWeights,
} from './access/score';
export {
  accessScore,
  componentPoints,
  DEFAULT_SCORE_OPTIONS,
  possiblePoints,
  SCORE_DIMENSIONS,
  scoreComponents,
  unknownDimensions,
} from './access/score';
export type {
  BuildInput,
  CommuneDataset,
  CoverageStats,
  UnlocatedCommune,
} from './communes/dataset';
export {
  buildCommuneDataset,
  coverageStats,
  DECOUPAGE_SOURCE,
  GEONAMES_SOURCE,
  resolveCommune,
} from './communes/dataset';
export type {
  Arrondissement,
  DecoupageData,
  Department,
  Epci,
  RawCommune,
  RawDepartement,
  RawEpci,
  RawRegion,
  Region,
} from './communes/decoupage';
export type { GeoNamesPlace } from './communes/geonames';
export { parseGeoNamesCities } from './communes/geonames';
export type { CommuneFilesIndex, OfficialCentre } from './communes/official';
export { ADMIN_EXPRESS_SOURCE, officialCentres } from './communes/official';
export { EARTH_RADIUS_KM, haversineKm, meanPosition } from './distance/haversine';
export type { TravelEstimate, TravelMode } from './distance/travel';
export {
  CIRCUITY_FACTOR,
  estimateTravel,
  roadDistanceKm,
  SPEED_KMH,
  travelTimeMin,
} from './distance/travel';
export { de } from './i18n/de';
export { en } from './i18n/en';
export { fr } from './i18n/fr';
export type { Messages, TranslationKey } from './i18n/keys';
export type { ApplyOutcome, PlacedFacility } from './import/apply';
export { applyCommuneCentres, applyDensityGrid, placeFacilities } from './import/apply';
export type { CommuneCentreRecord } from './import/commune-centres';
export { parseCommuneCentres } from './import/commune-centres';
export type { DensityRecord } from './import/density-grid';
export { parseDensityGrid } from './import/density-grid';
export type { CulturalFacility } from './import/facilities';
export { parseFacilities } from './import/facilities';
export type { FacilityDescription, FacilityKind } from './import/facility-kind';
export { classifyFacility, LIVE_MUSIC_KINDS } from './import/facility-kind';
export type { ImportOverlay } from './import/overlay';
export { applyOverlay, buildOverlay } from './import/overlay';
export type { PriorityAreaRecord } from './import/priority-areas';
export { parsePriorityAreas, splitCommuneCodes } from './import/priority-areas';
export type { ImportIssue, ImportIssueCode, ImportOptions, ImportResult } from './import/result';
export type { CommuneMatch, CommuneSearch, MatchKind } from './search/commune-search';
export { buildCommuneSearch } from './search/commune-search';
export type { NearestOptions, Neighbour, PointIndex } from './spatial/point-index';
export { buildPointIndex } from './spatial/point-index';
export { compactName, nameTokens, normalizeName } from './text/normalize';
export type {
  Commune,
  CoordinatesMethod,
  CoordinatesSource,
  CountryCode,
  DataSource,
  DensityClass,
  LatLon,
  NameAlias,
} from './types';
