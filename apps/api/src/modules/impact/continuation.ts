// The continuation rate: who went on making music six months after their journey, from the
// follow-up answers; by territory (rural or urban home) and by the access score of the home commune.
import {
  type AccessBand,
  accessBands,
  areaCategories,
  type ImpactIndicators,
  MASKED,
  type PeopleFigure,
  SUPPRESSION_THRESHOLD,
} from '@tutti/contracts';
import type { ContinuationRow } from './indicators.repository';
import { suppressCount, suppressTable } from './suppression';
import type { CommuneClasses } from './territory';

type Tally = { people: number; continued: number; stopped: number };
const empty = (): Tally => ({ people: 0, continued: 0, stopped: 0 });

/** The band of an access score (0–100); unknown without one. */
export function accessBandOf(score: number | undefined): AccessBand {
  if (score === undefined) return 'unknown';
  return score >= 67 ? 'score_67_100' : score >= 34 ? 'score_34_66' : 'score_0_33';
}

/**
 * Continued over known (continued + stopped), to four decimals: null when nobody is known;
 * masked when fewer than 5 are known or when the yes or the no are 1 to 4 (the rate and the
 * number known together would reveal them).
 */
export function continuationRate(tally: Tally): PeopleFigure | null {
  const known = tally.continued + tally.stopped;
  if (known === 0) return null;
  const small = (n: number) => n > 0 && n < SUPPRESSION_THRESHOLD;
  if (known < SUPPRESSION_THRESHOLD || small(tally.continued) || small(tally.stopped)) {
    return MASKED;
  }
  return Math.round((tally.continued / known) * 10_000) / 10_000;
}

export function buildContinuation(
  rows: readonly ContinuationRow[],
  classes: CommuneClasses,
  accessScores: ReadonlyMap<string, number>,
): ImpactIndicators['continuation'] {
  const total = empty();
  const byArea = new Map<(typeof areaCategories)[number], Tally>();
  const byAccess = new Map<AccessBand, Tally>();
  const add = <K>(map: Map<K, Tally>, key: K, row: ContinuationRow) => {
    const tally = map.get(key) ?? empty();
    tally.people += row.people;
    tally.continued += row.continued;
    tally.stopped += row.stopped;
    map.set(key, tally);
  };
  for (const row of rows) {
    total.people += row.people;
    total.continued += row.continued;
    total.stopped += row.stopped;
    const found = row.commune ? classes.byCode.get(row.commune) : undefined;
    add(
      byArea,
      found?.rural === true ? 'rural' : found?.rural === false ? 'urban' : 'unknown',
      row,
    );
    add(byAccess, accessBandOf(row.commune ? accessScores.get(row.commune) : undefined), row);
  }
  const known = total.continued + total.stopped;
  const [knownCell, unknownCell] = suppressTable([
    { category: 'known', count: known },
    { category: 'unknown', count: total.people - known },
  ]);
  const table = <K extends string>(categories: readonly K[], map: Map<K, Tally>) => {
    const cells = suppressTable(
      categories.map((category) => {
        const tally = map.get(category) ?? empty();
        return { category, count: tally.continued + tally.stopped };
      }),
    );
    return cells.map((cell) => ({
      category: cell.category,
      known: cell.count,
      rate: continuationRate(map.get(cell.category) ?? empty()),
    }));
  };
  return {
    available: known > 0,
    participants: suppressCount(total.people),
    known: knownCell!.count,
    unknown: unknownCell!.count,
    rate: continuationRate(total),
    byArea: table(areaCategories, byArea),
    byAccess: table(accessBands, byAccess),
  };
}
