// Access index of every commune: distance to live music, Tutti activity, rurality, priority.

import { travelTimeMin } from '../distance/travel';
import { buildPointIndex } from '../spatial/point-index';
import type { Commune, DensityClass, LatLon } from '../types';
import {
  accessScore,
  DEFAULT_SCORE_OPTIONS,
  possiblePoints,
  type ScoreComponents,
  type ScoreDimension,
  type ScoreOptions,
  scoreComponents,
  unknownDimensions,
} from './score';

/** A place where live music can be heard: a facility, a venue, a past Tutti concert. */
export type LiveMusicPlace = {
  id: string;
  location: LatLon;
  /** ISO dates (YYYY-MM-DD) of live-music events held there. */
  eventDates?: readonly string[];
  /** A facility assumed to program live music all year (conservatory, concert hall...). */
  permanent?: boolean;
};

export type AccessInputs = {
  communes: readonly Commune[];
  liveMusicPlaces: readonly LiveMusicPlace[];
  /** Tutti activities (sessions, workshops, concerts) counted per commune id. */
  activitiesByCommune?: ReadonlyMap<string, number>;
  /**
   * Communes with a priority neighbourhood (QPV). Absent when no priority-area file is known:
   * the priority component is then unknown, and it is for communes outside France anyway.
   */
  priorityCommuneIds?: ReadonlySet<string> | null;
  /** End of the 12-month window, ISO date. */
  asOf: string;
  options?: ScoreOptions;
};

export type CommuneAccess = {
  communeId: string;
  distanceToLiveMusicKm: number | null;
  nearestLiveMusicPlaceId: string | null;
  carMinutes: number | null;
  activities: number;
  activitiesPer1000: number | null;
  densityClass: DensityClass | null;
  /** Null when unknown (no priority-area file, or a commune outside France). */
  priorityArea: boolean | null;
  approximateLocation: boolean;
  components: ScoreComponents;
  /** Components left out of the score because their data is missing. */
  unknown: ScoreDimension[];
  /** What the known components can add at most (100 when all are known). */
  possiblePoints: number;
  score: number;
};

/**
 * Whether an ISO date falls in the 12 months ending on `asOf` (inclusive), by calendar.
 *
 * @example inLastTwelveMonths('2024-07-01', '2025-06-30') // true
 */
export function inLastTwelveMonths(date: string, asOf: string): boolean {
  const end = new Date(`${asOf.slice(0, 10)}T00:00:00Z`);
  const start = new Date(end);
  start.setUTCFullYear(end.getUTCFullYear() - 1);
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return day > start && day <= end;
}

/**
 * Computes the access index of each commune. Places count as live music when permanent or
 * when one of their events falls in the 12 months ending `asOf`; only those are indexed,
 * then each commune queries its nearest one. With no such place at all the distance is unknown,
 * like the density of a commune without a class and the priority without a priority-area file:
 * each is left out of the score (see `accessScore`) and listed in `unknown`.
 *
 * @example computeAccessIndex({ communes, liveMusicPlaces, asOf: '2025-06-30' }).get('42218')?.score
 */
export function computeAccessIndex(inputs: AccessInputs): Map<string, CommuneAccess> {
  const options = inputs.options ?? DEFAULT_SCORE_OPTIONS;
  const active = inputs.liveMusicPlaces.filter(
    (p) => p.permanent || (p.eventDates ?? []).some((d) => inLastTwelveMonths(d, inputs.asOf)),
  );
  const index = buildPointIndex(active, (p) => p.location);
  const result = new Map<string, CommuneAccess>();
  for (const commune of inputs.communes) {
    const nearest = index.nearest(commune.location, { k: 1 })[0];
    const distanceKm = nearest ? nearest.distanceKm : null;
    const activities = inputs.activitiesByCommune?.get(commune.id) ?? 0;
    const activitiesPer1000 =
      commune.population > 0 ? (activities / commune.population) * 1000 : null;
    const priorityArea =
      inputs.priorityCommuneIds && commune.country === 'FR'
        ? inputs.priorityCommuneIds.has(commune.id)
        : null;
    const scoreInputs = {
      distanceToLiveMusicKm: distanceKm,
      activitiesPer1000,
      densityClass: commune.densityClass,
      priorityArea,
    };
    const components = scoreComponents(scoreInputs, options);
    result.set(commune.id, {
      communeId: commune.id,
      distanceToLiveMusicKm: distanceKm,
      nearestLiveMusicPlaceId: nearest ? nearest.item.id : null,
      carMinutes: distanceKm === null ? null : travelTimeMin(distanceKm, 'car'),
      activities,
      activitiesPer1000,
      densityClass: commune.densityClass,
      priorityArea,
      approximateLocation: commune.coordinatesSource === 'approximate',
      components,
      unknown: unknownDimensions(components),
      possiblePoints: possiblePoints(components, options),
      score: accessScore(scoreInputs, options),
    });
  }
  return result;
}
