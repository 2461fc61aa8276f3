// Default audience mode splits for rural and urban areas, with their sources and assumptions.
import type { TransportMode } from '../modes';

export type AreaType = 'rural' | 'urban';

/** How an audience reaches a venue; the coordinator may replace any part of it. */
export type ModeSplit = {
  /** Share of travellers per mode; normalised, so they need not sum to exactly 1. */
  shares: Partial<Record<TransportMode, number>>;
  /** People per car for audience car trips. */
  carOccupancy: number;
  /** Beyond this one-way distance nobody uses the mode; its share goes to the other modes. */
  maxDistanceKm: Partial<Record<TransportMode, number>>;
};

// Walking and cycling limits are Tutti's assumptions: nobody walks 10 km to a concert.
const ACTIVE_MODE_LIMITS_KM: Partial<Record<TransportMode, number>> = {
  walking: 2,
  bike: 8,
  'e-bike': 15,
  tram: 20,
  metro: 20,
};

/**
 * Rural: the SDES/INSEE "Enquête mobilité des personnes 2019" found that outside urban units about
 * four trips in five are made by car; we use 80 % car. The rest (walking 12 %, bus 5 %, bike 3 %)
 * is Tutti's assumption.
 * Urban: EMP 2019 national shares are car 62.8 %, walking 23.7 %, public transport 9.1 %,
 * bike 2.7 %; for urban venues we shift them, as Tutti's assumption, to car 55 %, walking 25 %,
 * bus 10 %, tram 5 %, bike 5 %.
 * Car occupancy 2: Tutti's assumption (families and neighbours come together), not a survey figure.
 */
export const DEFAULT_MODE_SPLITS: Readonly<Record<AreaType, ModeSplit>> = {
  rural: {
    shares: { 'car-combustion': 0.8, walking: 0.12, 'bus-combustion': 0.05, bike: 0.03 },
    carOccupancy: 2,
    maxDistanceKm: ACTIVE_MODE_LIMITS_KM,
  },
  urban: {
    shares: {
      'car-combustion': 0.55,
      walking: 0.25,
      'bus-combustion': 0.1,
      tram: 0.05,
      bike: 0.05,
    },
    carOccupancy: 2,
    maxDistanceKm: ACTIVE_MODE_LIMITS_KM,
  },
};

/**
 * The shares that apply at a given distance: modes beyond their limit are dropped and the others
 * scaled up to sum to 1. When no mode is left (only walking offered, 30 km away), everyone is
 * assumed to come by combustion car.
 * @example sharesAtDistance(DEFAULT_MODE_SPLITS.rural, 12)
 * // car 0.8 / 0.85 ≈ 0.941, bus 0.05 / 0.85 ≈ 0.059 (walking and bike dropped)
 */
export function sharesAtDistance(
  split: ModeSplit,
  distanceKm: number,
): Array<{ mode: TransportMode; share: number }> {
  const usable = (Object.entries(split.shares) as Array<[TransportMode, number]>).filter(
    ([mode, share]) =>
      share > 0 && distanceKm <= (split.maxDistanceKm[mode] ?? Number.POSITIVE_INFINITY),
  );
  const sum = usable.reduce((total, [, share]) => total + share, 0);
  if (sum <= 0) return [{ mode: 'car-combustion', share: 1 }];
  return usable.map(([mode, share]) => ({ mode, share: share / sum }));
}
