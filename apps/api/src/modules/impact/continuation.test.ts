import { describe, expect, it } from 'vitest';
import { accessBandOf, buildContinuation, continuationRate } from './continuation';
import type { CommuneClasses } from './territory';

const place = (id: string, rural: boolean) => ({
  id,
  name: id,
  latitude: 47,
  longitude: 3.9,
  rural,
  priority: false,
});
const classes: CommuneClasses = {
  byCode: new Map([
    ['58145', place('58145', true)],
    ['58194', place('58194', false)],
  ]),
  densityImported: true,
  priorityImported: true,
};

describe('the continuation rate', () => {
  it('counts people without an answer as unknown, never as a no', () => {
    const result = buildContinuation(
      [
        { commune: '58145', people: 40, continued: 6, stopped: 5 },
        { commune: '58194', people: 30, continued: 0, stopped: 0 },
      ],
      classes,
      new Map([['58145', 72]]),
    );
    expect(result).toMatchObject({
      available: true,
      participants: 70,
      known: 11,
      unknown: 59,
      rate: 0.5455,
    });
    expect(result.byArea).toEqual([
      { category: 'rural', known: 11, rate: 0.5455 },
      { category: 'urban', known: 0, rate: null },
      { category: 'unknown', known: 0, rate: null },
    ]);
    expect(result.byAccess[0]).toEqual({ category: 'score_67_100', known: 11, rate: 0.5455 });
  });

  it('masks a rate drawn from fewer than 5 known, or whose yes or no are 1 to 4', () => {
    expect(continuationRate({ people: 20, continued: 3, stopped: 0 })).toBe('masked');
    expect(continuationRate({ people: 20, continued: 8, stopped: 2 })).toBe('masked');
    expect(continuationRate({ people: 20, continued: 8, stopped: 0 })).toBe(1);
    expect(continuationRate({ people: 20, continued: 0, stopped: 0 })).toBeNull();
  });

  it('bands access scores by thirds', () => {
    expect([80, 67, 66, 34, 33, 0, undefined].map(accessBandOf)).toEqual([
      'score_67_100',
      'score_67_100',
      'score_34_66',
      'score_34_66',
      'score_0_33',
      'score_0_33',
      'unknown',
    ]);
  });
});
