// What the app (routes, jobs) and other modules may use from impact: the suppression rule, the
// paired test, the indicators and the band of an access score.

export { accessBandOf } from './continuation';
export { registerImpactRoutes } from './impact.routes';
export { buildIndicators } from './indicators.build';
export { type Scope, scopeCte } from './indicators.scope';
export {
  dataVersionOf,
  loadIndicatorData,
  resolveFilters,
  scopeOf,
} from './indicators.service';
export { wilcoxonSignedRank } from './statistics';
export { isShown, suppressCount, suppressDerived, suppressTable } from './suppression';
