// Translation keys used by @tutti/geo results; every language file must define all of them.

import type { FacilityKind } from '../import/facility-kind';
import type { ImportIssueCode } from '../import/result';
import type { CoordinatesMethod, CoordinatesSource, DensityClass } from '../types';

export type TranslationKey =
  | 'access.reason.distanceToLiveMusic'
  | 'access.reason.noActivities'
  | 'access.reason.fewActivities'
  | `access.reason.density.${DensityClass}`
  | 'access.reason.priorityArea'
  | 'access.reason.approximateLocation'
  | `density.${DensityClass}`
  | `coordinates.source.${CoordinatesSource}`
  | `coordinates.method.${CoordinatesMethod}`
  | `import.issue.${ImportIssueCode}`
  | `facility.kind.${FacilityKind}`
  | 'travel.mode.car'
  | 'travel.mode.bike'
  | 'travel.mode.walk';

/** A complete dictionary: the compiler rejects a language file that misses a key. */
export type Messages = Record<TranslationKey, string>;
