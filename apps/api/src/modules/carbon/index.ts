// What other modules may use from carbon accounting: the planner hook, the factor version in force,
// and footprints of any set of sessions (positions of communes read first with `referenceLookup`).
export { type CommuneLookup, referenceLookup } from './carbon-communes';
export { type ExportTable, toCsv, toXlsx } from './carbon-export.files';
export { currentFactorSet } from './carbon-factor-sets.service';
export { computeScope } from './carbon-footprint.service';
export {
  type PlannedDay,
  type PlannedDayFootprint,
  type PlannedStop,
  plannedDayFootprint,
} from './carbon-planned-day';
export { findSessions as findFootprintSessions, sessionsById } from './carbon-scope.repository';
