// Small-count suppression: the one rule every answer, export and report of people counts goes through.
import {
  MASKED,
  type PeopleCount,
  type PeopleFigure,
  SMALL_COUNT,
  SUPPRESSION_THRESHOLD,
} from '@tutti/contracts';

/**
 * A count of people as it may be shown: the number when it is 0 or 5 and more, else "< 5".
 * Nobody stands behind a zero, so it reveals nobody; "< 5" for it would say someone came.
 *
 * @example suppressCount(12) // 12
 * @example suppressCount(3) // '< 5'
 * @example suppressCount(0) // 0
 */
export function suppressCount(count: number): PeopleCount {
  return count === 0 || count >= SUPPRESSION_THRESHOLD ? count : SMALL_COUNT;
}

/**
 * A figure computed from people (hours, a rate, a mean): shown only when at least 5 people
 * stand behind it, else masked (the figure itself may well be above 5).
 *
 * @example suppressDerived(37.5, 12) // 37.5
 */
export function suppressDerived(value: number, people: number): PeopleFigure {
  return people >= SUPPRESSION_THRESHOLD ? value : MASKED;
}

export type CountCell<K extends string> = { category: K; count: number };

/**
 * Suppresses a table whose cells add up to a total that is shown (or can be worked out).
 * Cells of 1 to 4 show "< 5" (a zero is shown: it reveals nobody); then, while the hidden cells add up to 1–4 (the total minus the
 * shown cells would give a small figure, or a single small cell exactly), the smallest shown
 * cell is masked too. Hidden cells adding up to 0 reveal nobody; 5 or more reveal no single
 * small cell.
 *
 * @example suppressTable([{ category: 'a', count: 30 }, { category: 'b', count: 2 }]) // a masked, b '< 5'
 */
export function suppressTable<K extends string>(
  cells: readonly CountCell<K>[],
): { category: K; count: PeopleCount }[] {
  const hidden = new Set<number>();
  cells.forEach((cell, index) => {
    if (cell.count > 0 && cell.count < SUPPRESSION_THRESHOLD) hidden.add(index);
  });
  const hiddenSum = () => [...hidden].reduce((sum, index) => sum + cells[index]!.count, 0);
  while (hiddenSum() > 0 && hiddenSum() < SUPPRESSION_THRESHOLD) {
    const next = cells
      .map((cell, index) => ({ cell, index }))
      // Masking a zero would hide nothing more.
      .filter(({ cell, index }) => cell.count > 0 && !hidden.has(index))
      .sort((a, b) => a.cell.count - b.cell.count)[0];
    if (!next) break;
    hidden.add(next.index);
  }
  return cells.map((cell, index) => ({
    category: cell.category,
    count: !hidden.has(index)
      ? cell.count
      : cell.count < SUPPRESSION_THRESHOLD
        ? SMALL_COUNT
        : MASKED,
  }));
}

/** True for a figure that is shown as a number. */
export function isShown(value: PeopleFigure | null | undefined): value is number {
  return typeof value === 'number';
}
