// The access score: how far a commune is from live music and from Tutti, on 0–100, computed from
// the components that are known and saying which are not.

import type { DensityClass } from '../types';

export type ScoreWeights = {
  distance: number;
  activities: number;
  rurality: number;
  priority: number;
};

/** A component of the score; `activities` (the organisation's own data) is always known. */
export type ScoreDimension = keyof ScoreWeights;
export const SCORE_DIMENSIONS: readonly ScoreDimension[] = [
  'distance',
  'activities',
  'rurality',
  'priority',
];

export type ScoreOptions = {
  /** Weights of the four components; they sum to 1 so the score spans 0–100. */
  weights: ScoreWeights;
  /** Distance from which the distance component is 1 (farther is not "more remote"). */
  distanceSaturationKm: number;
  /** Tutti activities per 1,000 inhabitants from which a commune counts as served. */
  activitiesSaturationPer1000: number;
};

/** Default parameters, documented in README "Access score". */
export const DEFAULT_SCORE_OPTIONS: ScoreOptions = {
  weights: { distance: 0.45, activities: 0.25, rurality: 0.15, priority: 0.15 },
  distanceSaturationKm: 30,
  activitiesSaturationPer1000: 10,
};

export type ScoreInputs = {
  /** Great-circle km to the nearest live music; null when no live-music place is known at all. */
  distanceToLiveMusicKm: number | null;
  /** Null when the population is 0 (no rate can be computed). */
  activitiesPer1000: number | null;
  /** Null when no density grid gives the commune's class. */
  densityClass: DensityClass | null;
  /** Null when no priority-area file covers the commune. */
  priorityArea: boolean | null;
};

/** Each component between 0 (well served) and 1 (far, priority); null when unknown. */
export type ScoreComponents = {
  distance: number | null;
  activities: number;
  rurality: number | null;
  priority: number | null;
};

/** Points per component (weight × component × 100); null when the component is unknown. */
export type ScorePoints = ScoreComponents;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The four components, each between 0 (well served) and 1 (far from music, high priority):
 * distance = min(1, km / saturation); activities = 1 − min(1, per1000 / saturation) (1 for an
 * uninhabited commune's null rate); rurality = (density class − 1) / 6; priority = 1 for a
 * priority area, else 0. A component whose data is missing is null: it is left out of the score,
 * never replaced by a guess.
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
        ? null
        : clamp01(inputs.distanceToLiveMusicKm / options.distanceSaturationKm),
    activities:
      inputs.activitiesPer1000 === null
        ? 1
        : 1 - clamp01(inputs.activitiesPer1000 / options.activitiesSaturationPer1000),
    rurality: inputs.densityClass === null ? null : (inputs.densityClass - 1) / 6,
    priority: inputs.priorityArea === null ? null : inputs.priorityArea ? 1 : 0,
  };
}

/** The components whose data is missing, in the order of SCORE_DIMENSIONS. */
export function unknownDimensions(components: ScoreComponents): ScoreDimension[] {
  return SCORE_DIMENSIONS.filter((d) => components[d] === null);
}

/**
 * Points each component adds (weight × component × 100), null for an unknown one.
 *
 * @example componentPoints({ distance: 0.5, activities: 1, rurality: 1, priority: 0 }).distance // 22.5
 */
export function componentPoints(
  components: ScoreComponents,
  options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
): ScorePoints {
  const w = options.weights;
  const times = (weight: number, value: number | null) =>
    value === null ? null : 100 * weight * value;
  return {
    distance: times(w.distance, components.distance),
    activities: 100 * w.activities * components.activities,
    rurality: times(w.rurality, components.rurality),
    priority: times(w.priority, components.priority),
  };
}

/**
 * The points the known components can add at most: 100 when everything is known, 55 without
 * distance and density (25 + 15 + 15).
 *
 * @example possiblePoints({ distance: null, activities: 1, rurality: null, priority: 0 }) // 40
 */
export function possiblePoints(
  components: ScoreComponents,
  options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
): number {
  const known = SCORE_DIMENSIONS.filter((d) => components[d] !== null);
  return 100 * known.reduce((sum, d) => sum + options.weights[d], 0);
}

/**
 * The access score on 0–100 (higher = further from live music, higher priority), rounded to one
 * decimal: the points of the known components over the points they could add, so that a missing
 * component neither adds nor removes anything.
 *
 * @example accessScore({ distanceToLiveMusicKm: 15, activitiesPer1000: 0, densityClass: 7, priorityArea: false }) // 62.5
 * @example accessScore({ distanceToLiveMusicKm: 15, activitiesPer1000: 0, densityClass: null, priorityArea: null }) // 67.9 (47.5 points of 70)
 */
export function accessScore(
  inputs: ScoreInputs,
  options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
): number {
  const components = scoreComponents(inputs, options);
  const p = componentPoints(components, options);
  const total = (p.distance ?? 0) + p.activities + (p.rurality ?? 0) + (p.priority ?? 0);
  return Math.round((100 * total * 10) / possiblePoints(components, options)) / 10;
}
