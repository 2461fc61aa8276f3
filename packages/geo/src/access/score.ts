// The access score: how far a commune is from live music and from Tutti, on 0–100.

import type { DensityClass } from '../types';

export type ScoreWeights = {
  distance: number;
  activities: number;
  rurality: number;
  priority: number;
};

export type ScoreOptions = {
  /** Weights of the four components; they sum to 1 so the score spans 0–100. */
  weights: ScoreWeights;
  /** Distance from which the distance component is 1 (farther is not "more remote"). */
  distanceSaturationKm: number;
  /** Tutti activities per 1,000 inhabitants from which a commune counts as served. */
  activitiesSaturationPer1000: number;
  /** Rurality component when the density class is unknown (neutral middle). */
  unknownRurality: number;
};

/** Default parameters, documented in README "Access score". */
export const DEFAULT_SCORE_OPTIONS: ScoreOptions = {
  weights: { distance: 0.45, activities: 0.25, rurality: 0.15, priority: 0.15 },
  distanceSaturationKm: 30,
  activitiesSaturationPer1000: 10,
  unknownRurality: 0.5,
};

export type ScoreInputs = {
  /** Great-circle km to the nearest live music of the last 12 months; null if none is known. */
  distanceToLiveMusicKm: number | null;
  /** Null when the population is 0 (no rate can be computed). */
  activitiesPer1000: number | null;
  densityClass: DensityClass | null;
  priorityArea: boolean;
};

export type ScoreComponents = {
  distance: number;
  activities: number;
  rurality: number;
  priority: number;
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The four components, each between 0 (well served) and 1 (far from music, high priority):
 * distance = min(1, km / saturation) (1 when no live music is known at all);
 * activities = 1 − min(1, per1000 / saturation) (1 for an uninhabited commune's null rate);
 * rurality = (density class − 1) / 6, `unknownRurality` when unknown;
 * priority = 1 for a priority area, else 0.
 *
 * @example scoreComponents({ distanceToLiveMusicKm: 15, activitiesPer1000: 0, densityClass: 7, priorityArea: false })
 * // { distance: 0.5, activities: 1, rurality: 1, priority: 0 }
 */
export function scoreComponents(
  inputs: ScoreInputs,
  options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
): ScoreComponents {
  return {
    distance:
      inputs.distanceToLiveMusicKm === null
        ? 1
        : clamp01(inputs.distanceToLiveMusicKm / options.distanceSaturationKm),
    activities:
      inputs.activitiesPer1000 === null
        ? 1
        : 1 - clamp01(inputs.activitiesPer1000 / options.activitiesSaturationPer1000),
    rurality:
      inputs.densityClass === null ? options.unknownRurality : (inputs.densityClass - 1) / 6,
    priority: inputs.priorityArea ? 1 : 0,
  };
}

/**
 * Points each component adds to the score (weight × component × 100).
 *
 * @example componentPoints({ distance: 0.5, activities: 1, rurality: 1, priority: 0 }).distance // 22.5
 */
export function componentPoints(
  components: ScoreComponents,
  options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
): ScoreComponents {
  const w = options.weights;
  return {
    distance: 100 * w.distance * components.distance,
    activities: 100 * w.activities * components.activities,
    rurality: 100 * w.rurality * components.rurality,
    priority: 100 * w.priority * components.priority,
  };
}

/**
 * The access score on 0–100 (higher = further from live music, higher priority), rounded
 * to one decimal.
 *
 * @example accessScore({ distanceToLiveMusicKm: 15, activitiesPer1000: 0, densityClass: 7, priorityArea: false }) // 62.5
 */
export function accessScore(
  inputs: ScoreInputs,
  options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
): number {
  const p = componentPoints(scoreComponents(inputs, options), options);
  return Math.round((p.distance + p.activities + p.rurality + p.priority) * 10) / 10;
}
