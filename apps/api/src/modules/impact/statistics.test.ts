import { describe, expect, it } from 'vitest';
import { erfc, wilcoxonSignedRank } from './statistics';

describe('Wilcoxon signed-rank test', () => {
  it('matches the worked example of Hollander and Wolfe (depression scale, 9 patients)', () => {
    const first = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const second = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const result = wilcoxonSignedRank(first.map((before, i) => [before, second[i]!] as const));
    // Differences ranked by size: +0.01 (1), −0.08 (2), −0.147 (3), then six positive ones (4–9).
    expect(result.wPlus).toBe(1 + 4 + 5 + 6 + 7 + 8 + 9);
    expect(result.wMinus).toBe(2 + 3);
    // Mean 9·10/4 = 22.5, variance 9·10·19/24 = 71.25, z = (40 − 22.5 − 0.5)/√71.25.
    expect(result.z).toBeCloseTo(17 / Math.sqrt(71.25), 10);
    // R: wilcox.test(second, first, paired = TRUE, exact = FALSE) gives p = 0.04401.
    expect(result.pValue).toBeCloseTo(0.04401, 4);
  });

  it('drops zero differences and gives tied differences their average rank (1–5 scale)', () => {
    const before = [2, 3, 3, 2, 4, 1, 3, 2, 3, 2];
    const after = [4, 3, 4, 4, 5, 3, 3, 3, 2, 4];
    const result = wilcoxonSignedRank(before.map((b, i) => [b, after[i]!] as const));
    // Differences 2,0,1,2,1,2,0,1,−1,2: two zeros dropped, n = 8.
    expect(result.nonZeroPairs).toBe(8);
    // Four |1| share ranks 1–4 (2.5 each), four |2| share ranks 5–8 (6.5 each); one −1.
    expect(result.wPlus).toBe(3 * 2.5 + 4 * 6.5);
    expect(result.wMinus).toBe(2.5);
    // Variance 8·9·17/24 − ((4³−4) + (4³−4))/48 = 51 − 2.5 = 48.5; z = (33.5 − 18 − 0.5)/√48.5.
    expect(result.z).toBeCloseTo(15 / Math.sqrt(48.5), 10);
    expect(result.pValue).toBeCloseTo(0.03125, 4);
    expect(result.meanDifference).toBeCloseTo(10 / 10, 10);
  });

  it('answers z = 0 and p = 1 when nothing changed', () => {
    const result = wilcoxonSignedRank([
      [3, 3],
      [4, 4],
    ]);
    expect(result).toMatchObject({ nonZeroPairs: 0, z: 0, pValue: 1, meanDifference: 0 });
  });

  it('is symmetric: swapping before and after swaps W+ and W− and keeps p', () => {
    const pairs = [
      [1, 3],
      [2, 2],
      [4, 3],
      [2, 5],
      [3, 5],
      [1, 2],
    ] as const;
    const forward = wilcoxonSignedRank(pairs);
    const backward = wilcoxonSignedRank(pairs.map(([a, b]) => [b, a] as const));
    expect(backward.wPlus).toBe(forward.wMinus);
    expect(backward.z).toBeCloseTo(-forward.z, 12);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
  });

  it('computes erfc within 1.2e-7 of known values', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1)).toBeCloseTo(0.157299207, 7);
    expect(erfc(-1)).toBeCloseTo(1.842700793, 7);
  });
});
