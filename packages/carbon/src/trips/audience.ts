// Estimates audience travel from participant counts per commune and a mode split.
import { MODE_UNIT_BASIS } from '../modes';
import { type AreaType, DEFAULT_MODE_SPLITS, type ModeSplit, sharesAtDistance } from './mode-split';
import type { AudienceTrip, TripRefs } from './types';

export type AudienceOrigin = {
  /** Commune code (or any origin key). */
  originKey: string;
  participants: number;
  /** One-way distance from the origin to the venue, given by the caller (the geo package). */
  distanceKm: number;
  /** Overrides the estimate's area type for this origin. */
  areaType?: AreaType;
};

/**
 * One audience trip per origin and mode, with fractional travellers (an expected value, not a
 * head count). Uses the coordinator's splits where given, else the stated defaults.
 * @example
 * estimateAudienceTrips({ idPrefix: 's1', refs: { sessionId: 's1' },
 *   origins: [{ originKey: '55123', participants: 20, distanceKm: 12 }] })
 * // car: 18.82 travellers in 9.41 cars; bus: 1.18 travellers (walking and bike beyond reach)
 */
export function estimateAudienceTrips(options: {
  idPrefix: string;
  refs: TripRefs;
  origins: readonly AudienceOrigin[];
  areaType?: AreaType;
  splits?: Partial<Record<AreaType, ModeSplit>>;
  roundTrip?: boolean;
}): AudienceTrip[] {
  const { idPrefix, refs, origins } = options;
  const trips: AudienceTrip[] = [];
  for (const origin of origins) {
    const areaType = origin.areaType ?? options.areaType ?? 'rural';
    const split = options.splits?.[areaType] ?? DEFAULT_MODE_SPLITS[areaType];
    for (const { mode, share } of sharesAtDistance(split, origin.distanceKm)) {
      trips.push({
        kind: 'audience',
        id: `${idPrefix}:${origin.originKey}:${mode}`,
        refs,
        mode,
        distanceKm: origin.distanceKm,
        roundTrip: options.roundTrip ?? true,
        travellers: origin.participants * share,
        // Occupancy only divides vehicle-km modes; passenger modes keep 1 so trips stay valid.
        vehicleOccupancy: MODE_UNIT_BASIS[mode] === 'vehicle-km' ? split.carOccupancy : 1,
        originKey: origin.originKey,
        inputKey: `${idPrefix}:${origin.originKey}`,
      });
    }
  }
  return trips;
}
