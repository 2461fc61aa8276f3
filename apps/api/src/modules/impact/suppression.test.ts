import { MASKED, SMALL_COUNT } from '@tutti/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCount, suppressDerived, suppressTable } from './suppression';

describe('small-count suppression', () => {
  it('shows counts of 5 and more, and zero (nobody to reveal); "< 5" for 1 to 4', () => {
    expect([0, 1, 4, 5, 6, 120].map(suppressCount)).toEqual([
      0,
      SMALL_COUNT,
      SMALL_COUNT,
      5,
      6,
      120,
    ]);
  });

  it('masks a figure computed from fewer than 5 people', () => {
    expect(suppressDerived(36, 4)).toBe(MASKED);
    expect(suppressDerived(0.85, 5)).toBe(0.85);
  });

  it('masks a second cell when the total minus the shown cells would reveal a single small one', () => {
    const table = suppressTable([
      { category: 'urban', count: 30 },
      { category: 'rural', count: 12 },
      { category: 'unknown', count: 2 },
    ]);
    expect(table).toEqual([
      { category: 'urban', count: 30 },
      { category: 'rural', count: MASKED },
      { category: 'unknown', count: SMALL_COUNT },
    ]);
  });

  it('leaves a table alone when the hidden cells add up to zero or to 5 or more', () => {
    expect(
      suppressTable([
        { category: 'a', count: 40 },
        { category: 'b', count: 0 },
        { category: 'c', count: 0 },
      ]).map((c) => c.count),
    ).toEqual([40, 0, 0]);
    expect(
      suppressTable([
        { category: 'a', count: 40 },
        { category: 'b', count: 3 },
        { category: 'c', count: 4 },
      ]).map((c) => c.count),
    ).toEqual([40, SMALL_COUNT, SMALL_COUNT]);
  });

  it('never lets a total minus the shown cells give 1 to 4, and never shows a number from 1 to 4', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 9 }), (counts) => {
        const cells = counts.map((count, i) => ({ category: `c${i}`, count }));
        const shown = suppressTable(cells);
        const total = counts.reduce((a, b) => a + b, 0);
        const visibleSum = shown.reduce(
          (sum, c) => sum + (typeof c.count === 'number' ? c.count : 0),
          0,
        );
        const difference = total - visibleSum;
        // A total under 5 is itself shown as "< 5", so there is nothing to subtract from.
        if (total >= 5) expect(difference === 0 || difference >= 5).toBe(true);
        for (const cell of shown) {
          if (typeof cell.count === 'number' && cell.count !== 0) {
            expect(cell.count).toBeGreaterThanOrEqual(5);
          }
        }
        shown.forEach((cell, i) => {
          if (cell.count === SMALL_COUNT) expect(counts[i]).toBeGreaterThan(0);
          if (cell.count === SMALL_COUNT) expect(counts[i]).toBeLessThan(5);
          if (cell.count === MASKED) expect(counts[i]).toBeGreaterThanOrEqual(5);
        });
      }),
    );
  });
});
