// The suggested split of free seats: parts add up to the seats asked, each within one seat of
// its exact share, and weights come from access scores and priority areas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSeats, weighRelay } from './relay-split';

describe('splitting free seats across relays', () => {
  it('gives 8 and 2 of 10 seats to weights 30 and 10 (largest remainder), and an even split without weights', () => {
    expect(splitSeats(10, [30, 10])).toEqual([8, 2]);
    expect(splitSeats(7, [0, 0, 0])).toEqual([3, 2, 2]);
    expect(splitSeats(5, [])).toEqual([]);
  });

  it('always adds up to the seats, each part within one seat of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6000 }),
        fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (seats, weights) => {
          const parts = splitSeats(seats, weights);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(seats);
          const total = weights.reduce((sum, weight) => sum + weight, 0);
          parts.forEach((part, index) => {
            const exact = total > 0 ? (seats * weights[index]!) / total : seats / weights.length;
            expect(part).toBeGreaterThanOrEqual(Math.floor(exact) - 1e-9);
            expect(part).toBeLessThanOrEqual(Math.ceil(exact) + 1e-9);
          });
        },
      ),
    );
  });

  it('weighs a relay by the mean access score of its groups’ communes plus 100 × their priority share', () => {
    const access = new Map([
      ['A', { score: 60, priorityArea: true, densityClass: null }],
      ['B', { score: 40, priorityArea: false, densityClass: null }],
      ['C', { score: 80, priorityArea: null, densityClass: null }],
    ]);
    expect(weighRelay(['A', 'B'], access)).toEqual({
      communes: 2,
      accessScore: 50,
      priorityShare: 0.5,
      weight: 100,
    });
    // Unknown priority counts for nothing; unknown communes are left out.
    expect(weighRelay(['C', 'Z'], access)).toEqual({
      communes: 1,
      accessScore: 80,
      priorityShare: null,
      weight: 80,
    });
    expect(weighRelay([], access).weight).toBe(0);
  });
});
