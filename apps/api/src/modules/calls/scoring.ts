// The arithmetic of a jury, without I/O: weighted totals, balanced assignment, each juror's
// distribution and z-scores, the ranking per part with spread, disagreement and ties.
import type { CallCriterion } from '@tutti/contracts';

/** The weighted mean (0–10) of the criteria that count; null until every one is scored. */
export function weightedTotal(criteria: CallCriterion[], scores: Record<string, number>) {
  const counted = criteria.filter((c) => !c.independent && c.weight > 0);
  if (counted.length === 0 || counted.some((c) => scores[c.key] === undefined)) return null;
  const weights = counted.reduce((sum, c) => sum + c.weight, 0);
  const total = counted.reduce((sum, c) => sum + c.weight * scores[c.key]!, 0) / weights;
  return Math.round(total * 1000) / 1000;
}

/**
 * Each application gets `perApplication` jurors (all when null) among those without a conflict,
 * the least loaded first (ties: the juror's order), so loads differ by at most one where
 * conflicts allow.
 */
export function assignJurors(
  applicationIds: string[],
  jurorIds: string[],
  perApplication: number | null,
  conflicts: Set<string>,
) {
  const load = new Map(jurorIds.map((id) => [id, 0]));
  const pairs: { applicationId: string; userId: string }[] = [];
  for (const applicationId of applicationIds) {
    const free = jurorIds.filter((id) => !conflicts.has(`${id}:${applicationId}`));
    const chosen =
      perApplication === null
        ? free
        : [...free]
            .sort(
              (a, b) => load.get(a)! - load.get(b)! || jurorIds.indexOf(a) - jurorIds.indexOf(b),
            )
            .slice(0, perApplication);
    for (const userId of chosen) {
      load.set(userId, load.get(userId)! + 1);
      pairs.push({ applicationId, userId });
    }
  }
  return pairs;
}

export type Stats = { count: number; mean: number | null; sd: number | null };

export function statsOf(values: number[]): Stats & { min: number | null; max: number | null } {
  if (values.length === 0) return { count: 0, mean: null, sd: null, min: null, max: null };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return {
    count: values.length,
    mean: round(mean),
    sd: round(Math.sqrt(variance)),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One point per bucket, 0–10 (10 goes with 9–10). */
export function histogram(values: number[]) {
  const buckets = Array.from({ length: 10 }, () => 0);
  for (const v of values) buckets[Math.min(9, Math.floor(v))]! += 1;
  return buckets;
}

export type ScoreRow = { applicationId: string; userId: string; total: number | null };

/**
 * Each juror's totals as z-scores against their own distribution (a juror who scores everyone
 * 8–9 and one who scores 3–6 weigh the same); a juror with one score or no spread counts 0.
 */
export function zScores(rows: ScoreRow[]) {
  const perJuror = new Map<string, number[]>();
  for (const row of rows) {
    if (row.total === null) continue;
    perJuror.set(row.userId, [...(perJuror.get(row.userId) ?? []), row.total]);
  }
  const stats = new Map([...perJuror].map(([id, values]) => [id, statsOf(values)]));
  const z = new Map<string, number>();
  for (const row of rows) {
    if (row.total === null) continue;
    const s = stats.get(row.userId)!;
    z.set(`${row.userId}:${row.applicationId}`, s.sd ? (row.total - s.mean!) / s.sd : 0);
  }
  return z;
}

export type RankInput = {
  applicationId: string;
  part: string | null;
  totals: number[];
  normalised: number[];
};

/**
 * Ranks within each part by the mean of normalised scores (then the raw mean); equal values
 * share a rank and are flagged as tied; a spread of totals at or above `disagreementAt` is
 * flagged for the meeting.
 */
export function rankByPart(items: RankInput[], disagreementAt: number) {
  const parts = new Map<string | null, RankInput[]>();
  for (const item of items) parts.set(item.part, [...(parts.get(item.part) ?? []), item]);
  const ranked = new Map<
    string,
    {
      rank: number;
      tied: boolean;
      mean: number | null;
      normalised: number | null;
      spread: number | null;
      disagreement: boolean;
    }
  >();
  for (const list of parts.values()) {
    const scored = list.map((item) => {
      const mean = item.totals.length ? round(avg(item.totals)) : null;
      const normalised = item.normalised.length ? round(avg(item.normalised)) : null;
      const spread = item.totals.length
        ? round(Math.max(...item.totals) - Math.min(...item.totals))
        : null;
      return { item, mean, normalised, spread };
    });
    scored.sort(
      (a, b) =>
        (b.normalised ?? -Infinity) - (a.normalised ?? -Infinity) ||
        (b.mean ?? -Infinity) - (a.mean ?? -Infinity),
    );
    const key = (s: (typeof scored)[number]) => `${s.normalised}|${s.mean}`;
    scored.forEach((s, index) => {
      const first = scored.findIndex((other) => key(other) === key(s));
      const tied = s.mean !== null && scored.filter((other) => key(other) === key(s)).length > 1;
      ranked.set(s.item.applicationId, {
        rank: first + 1,
        tied,
        mean: s.mean,
        normalised: s.normalised,
        spread: s.spread,
        disagreement: s.spread !== null && s.spread >= disagreementAt,
      });
      void index;
    });
  }
  return ranked;
}

const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export { avg as mean };
