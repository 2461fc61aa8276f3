// Test helper: walks an answer and fails on any count of people under 5 or a total that reveals one.
import { SUPPRESSION_THRESHOLD } from '@tutti/contracts';
import { expect } from 'vitest';

type CountCell = { category: string; count: unknown };

/** Keys whose numbers count people, wherever they sit in an answer. */
const PEOPLE_KEYS = new Set([
  'total',
  'listed',
  'counted',
  'audience',
  'count',
  'withAccessNeeds',
  'answers',
  'pairs',
  'before',
  'after',
  'paired',
  'single',
]);
/** Keys whose numbers are not people (sessions, communes, hours, rates). */
const OTHER_PARENTS = new Set([
  'sessions',
  'byKind',
  'byMonth',
  'practiceHours',
  'communes',
  'list',
  'carbon',
  'concertsCount',
]);

export function expectNoSmallPeopleFigure(answer: unknown, path = '$', parentKey = ''): void {
  if (Array.isArray(answer)) {
    for (const [i, item] of answer.entries()) {
      expectNoSmallPeopleFigure(item, `${path}[${i}]`, parentKey);
    }
    return;
  }
  if (!answer || typeof answer !== 'object') return;
  for (const [key, value] of Object.entries(answer)) {
    if (OTHER_PARENTS.has(key) || (parentKey === 'concerts' && key === 'count')) continue;
    if (typeof value === 'number' && PEOPLE_KEYS.has(key)) {
      expect({ at: `${path}.${key}`, value }).toEqual({
        at: `${path}.${key}`,
        value:
          value === 0 || value >= SUPPRESSION_THRESHOLD
            ? value
            : `0, or a figure of ${SUPPRESSION_THRESHOLD} or more`,
      });
    }
    expectNoSmallPeopleFigure(value, `${path}.${key}`, key);
  }
}

/**
 * Differencing: for a table of cells that add up to a shown total, the total minus the shown
 * cells is 0 or 5 and more, so no small cell (nor a small sum of hidden cells) can be worked out.
 */
export function expectTotalRevealsNothing(total: unknown, cells: CountCell[], path: string) {
  if (typeof total !== 'number') return;
  const shown = cells.reduce((sum, c) => sum + (typeof c.count === 'number' ? c.count : 0), 0);
  const difference = total - shown;
  expect({ at: path, revealsSmall: difference > 0 && difference < SUPPRESSION_THRESHOLD }).toEqual({
    at: path,
    revealsSmall: false,
  });
}
