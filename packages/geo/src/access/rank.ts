// Ranked list of priority communes for an area, with the reasons behind each rank.

import type { TranslationKey } from '../i18n/keys';
import type { Commune } from '../types';
import type { CommuneAccess } from './compute';
import { componentPoints, DEFAULT_SCORE_OPTIONS, type ScoreOptions } from './score';

/** A translatable reason: the UI renders `key` with `params` (i18next interpolation). */
export type Reason = { key: TranslationKey; params: Record<string, number> };

export type RankedCommune = {
  /** Shared by communes of equal score. */
  rank: number;
  communeId: string;
  name: string;
  population: number;
  score: number;
  access: CommuneAccess;
  /** Most weighty first; caveats (approximate position) last. */
  reasons: Reason[];
};

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The reasons behind a commune's score, one per known component that adds points (distance
 * whenever it is known), sorted by points; an approximate position is added as a caveat.
 * Unknown components give no reason: they are listed in `access.unknown` instead.
 *
 * @example explainAccess(access)[0] // { key: 'access.reason.distanceToLiveMusic', params: { distanceKm: 23.4, carMinutes: 30, points: 35.1 } }
 */
export function explainAccess(
  access: CommuneAccess,
  options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
): Reason[] {
  const points = componentPoints(access.components, options);
  const weighted: [number, Reason][] = [];
  if (points.distance !== null && access.distanceToLiveMusicKm !== null) {
    weighted.push([
      points.distance,
      {
        key: 'access.reason.distanceToLiveMusic',
        params: {
          distanceKm: round1(access.distanceToLiveMusicKm),
          carMinutes: Math.round(access.carMinutes ?? 0),
          points: round1(points.distance),
        },
      },
    ]);
  }
  if (points.activities > 0) {
    weighted.push([
      points.activities,
      access.activities === 0
        ? { key: 'access.reason.noActivities', params: { points: round1(points.activities) } }
        : {
            key: 'access.reason.fewActivities',
            params: {
              activities: access.activities,
              per1000: round1(access.activitiesPer1000 ?? 0),
              points: round1(points.activities),
            },
          },
    ]);
  }
  if (points.rurality !== null && points.rurality > 0 && access.densityClass !== null) {
    weighted.push([
      points.rurality,
      {
        key: `access.reason.density.${access.densityClass}`,
        params: { points: round1(points.rurality) },
      },
    ]);
  }
  if (points.priority !== null && points.priority > 0) {
    weighted.push([
      points.priority,
      { key: 'access.reason.priorityArea', params: { points: round1(points.priority) } },
    ]);
  }
  const reasons = weighted.sort((a, b) => b[0] - a[0]).map(([, r]) => r);
  if (access.approximateLocation)
    reasons.push({ key: 'access.reason.approximateLocation', params: {} });
  return reasons;
}

/**
 * Ranks the communes of an area by access score, highest first. Equal scores share their rank
 * (1, 1, 3): what is known does not tell them apart. Within a tie the larger population (more
 * people reached) is listed first, then the code.
 *
 * @example rankCommunes(communesInArea(dataset, { kind: 'department', code: '42' }), access).slice(0, 20)
 */
export function rankCommunes(
  communes: readonly Commune[],
  accessById: ReadonlyMap<string, CommuneAccess>,
  options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
): RankedCommune[] {
  const rows = communes.flatMap((commune) => {
    const access = accessById.get(commune.id);
    return access ? [{ commune, access }] : [];
  });
  rows.sort(
    (a, b) =>
      b.access.score - a.access.score ||
      b.commune.population - a.commune.population ||
      a.commune.id.localeCompare(b.commune.id),
  );
  let rank = 0;
  return rows.map(({ commune, access }, i) => {
    if (i === 0 || rows[i - 1]!.access.score !== access.score) rank = i + 1;
    return {
      rank,
      communeId: commune.id,
      name: commune.name,
      population: commune.population,
      score: access.score,
      access,
      reasons: explainAccess(access, options),
    };
  });
}
