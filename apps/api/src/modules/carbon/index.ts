// What the app (routes, jobs) and other modules may use from carbon accounting: the planner hook,
// the factor version in force, and footprints of any set of sessions (positions of communes read
// first with `referenceLookup`).

export { registerCarbonRoutes } from './carbon.routes';
export { type CommuneLookup, referenceLookup } from './carbon-communes';
export { currentFactorSet } from './carbon-factor-sets.service';
export { type OnlineSaving, onlineSaving } from './carbon-online-saving';
export {
  type PlannedDay,
  type PlannedDayFootprint,
  type PlannedStop,
  plannedDayFootprint,
} from './carbon-planned-day';
export { footprintOfSessions } from './carbon-scope';
