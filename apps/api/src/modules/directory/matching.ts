// Which listings suit a person or a group, ranked by fit and distance: hard criteria (age, what
// they want to do, free days, a beginner and auditions) filter while the k-d tree is searched;
// soft ones (genres, a part the ensemble seeks, languages, a level for beginners) make the fit.
import {
  type AgeBand,
  type EnsembleKind,
  type EnsembleLanguage,
  type EnsemblePart,
  ensembleKinds,
  ensembleLanguages,
  type MusicGenre,
  musicGenres,
  weekdayCodes,
} from '@tutti/contracts';
import type { LatLon, PointIndex } from '@tutti/geo';
import { estimateTravel } from '@tutti/geo';
import type { IndexedEnsemble, IndexedPlace } from './match-index';

export type Wish = {
  ageBand?: AgeBand | undefined;
  kinds?: EnsembleKind[] | undefined;
  genres?: MusicGenre[] | undefined;
  /** Bit mask of free days (bit 0 = Monday); undefined: any day. */
  freeDays?: number | undefined;
  part?: EnsemblePart | undefined;
  /** Languages the person works in: a listing working in one of them fits better. */
  languages?: EnsembleLanguage[] | undefined;
  beginner?: boolean | undefined;
};

export type Candidate = {
  ensemble: IndexedEnsemble;
  place: IndexedPlace;
  distanceKm: number;
  /** Car, minutes: great circle × 1.3 at 60 km/h (an estimate). */
  estimatedMin: number;
  fit: number;
  reasons: string[];
};

/** Comma-separated query values kept when known: `choir,band` → ['choir', 'band']. */
export function listOfKnown<T extends string>(text: string | undefined, known: readonly T[]) {
  if (!text) return undefined;
  const values = text
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is T => (known as readonly string[]).includes(v));
  return values.length > 0 ? values : undefined;
}

export const parseKinds = (text: string | undefined) => listOfKnown(text, ensembleKinds);
export const parseGenres = (text: string | undefined) => listOfKnown(text, musicGenres);
export const parseLanguages = (text: string | undefined) =>
  listOfKnown(text?.toLowerCase(), ensembleLanguages);

/** `TU,SA` → bit mask (bit 0 = Monday); undefined when no day is named. */
export function parseDays(text: string | undefined): number | undefined {
  const days = listOfKnown(text?.toUpperCase(), weekdayCodes);
  return days?.reduce((mask, day) => mask | (1 << weekdayCodes.indexOf(day)), 0);
}

/** The hard criteria: a listing that fails one is not shown at all. */
export function suits(ensemble: IndexedEnsemble, wish: Wish, visibleSinceMs: number) {
  if (ensemble.lastConfirmedMs < visibleSinceMs) return false;
  if (wish.kinds && !wish.kinds.includes(ensemble.kind)) return false;
  if (wish.ageBand && ensemble.ageBands.length > 0 && !ensemble.ageBands.includes(wish.ageBand)) {
    return false;
  }
  if (wish.freeDays !== undefined && ensemble.weekdays !== 0) {
    if ((ensemble.weekdays & wish.freeDays) === 0) return false;
  }
  if (wish.beginner && ensemble.auditionRequired) return false;
  return true;
}

/** How well a suitable listing fits, 0–1, and why (the soft criteria asked for, languages among them). */
export function fitOf(ensemble: IndexedEnsemble, wish: Wish) {
  const reasons: string[] = [];
  let earned = 0;
  let possible = 0;
  if (wish.genres) {
    possible += 2;
    if (ensemble.genres.some((g) => wish.genres!.includes(g))) {
      earned += 2;
      reasons.push('genre');
    }
  }
  if (wish.part) {
    possible += 2;
    if (ensemble.partsSought.includes(wish.part)) {
      earned += 2;
      reasons.push('part');
    }
  }
  if (wish.languages) {
    // A listing that does not say which languages it works in neither earns nor loses much.
    possible += 2;
    if (ensemble.workingLanguages.some((l) => wish.languages!.includes(l))) {
      earned += 2;
      reasons.push('language');
    } else if (ensemble.workingLanguages.length === 0) {
      earned += 1;
    }
  }
  if (wish.beginner) {
    possible += 1;
    if (ensemble.levels.length === 0 || ensemble.levels.includes('beginner')) {
      earned += 1;
      reasons.push('beginner');
    }
  }
  if (wish.kinds) reasons.push('kind');
  if (wish.ageBand && ensemble.ageBands.length > 0) reasons.push('age');
  if (wish.freeDays !== undefined && ensemble.weekdays !== 0) reasons.push('day');
  return { fit: possible === 0 ? 1 : earned / possible, reasons };
}

/**
 * Nearest place of each listing first; then fit and nearness together (60 % fit, 40 % distance);
 * the `limit` best, their travel time estimated.
 */
function ranked(
  neighbours: { item: IndexedPlace; distanceKm: number }[],
  from: LatLon,
  wish: Wish,
  radiusKm: number,
  limit: number,
): Candidate[] {
  const seen = new Set<string>();
  const candidates: (Omit<Candidate, 'estimatedMin'> & { rank: number })[] = [];
  for (const { item, distanceKm } of neighbours) {
    if (seen.has(item.ensemble.id)) continue;
    seen.add(item.ensemble.id);
    const { fit, reasons } = fitOf(item.ensemble, wish);
    const nearness = Math.max(0, 1 - distanceKm / Math.max(radiusKm, 1));
    candidates.push({
      ensemble: item.ensemble,
      place: item,
      distanceKm,
      fit,
      reasons,
      rank: 0.6 * fit + 0.4 * nearness,
    });
  }
  candidates.sort((a, b) => b.rank - a.rank || a.distanceKm - b.distanceKm);
  return candidates.slice(0, limit).map(({ rank: _rank, ...candidate }) => ({
    ...candidate,
    estimatedMin: estimateTravel(from, candidate.place).durationMin.car,
  }));
}

/**
 * The suitable listings within `radiusKm` of `from`, best first (at most `limit`), and when there
 * is none, the nearest suitable one beyond the radius.
 */
export function findMatches(options: {
  index: PointIndex<IndexedPlace>;
  from: LatLon;
  radiusKm: number;
  wish: Wish;
  visibleSinceMs: number;
  limit: number;
}) {
  const { index, from, radiusKm, wish, visibleSinceMs, limit } = options;
  const filter = (place: IndexedPlace) => suits(place.ensemble, wish, visibleSinceMs);
  const within = index.within(from, radiusKm, filter);
  const matches = ranked(within, from, wish, radiusKm, limit);
  if (matches.length > 0) return { matches, nearestBeyond: null };
  const [nearest] = index.nearest(from, { k: 1, filter });
  return {
    matches,
    nearestBeyond: nearest ? (ranked([nearest], from, wish, radiusKm, 1)[0] ?? null) : null,
  };
}
