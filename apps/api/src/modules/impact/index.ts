// What other modules may use from impact: the suppression rule, the paired test and the indicators.

export { buildIndicators } from './indicators.build';
export { type Scope, scopeCte } from './indicators.repository';
export {
  dataVersionOf,
  IMPACT_READERS,
  loadIndicatorData,
  resolveFilters,
  scopeOf,
} from './indicators.service';
export { wilcoxonSignedRank } from './statistics';
export { isShown, suppressCount, suppressDerived, suppressTable } from './suppression';
