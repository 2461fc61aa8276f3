// Paired comparison of before/after answers: the Wilcoxon signed-rank test (normal approximation).

export type WilcoxonOutcome = {
  pairs: number;
  /** Pairs whose difference is not zero: the test ranks only these. */
  nonZeroPairs: number;
  wPlus: number;
  wMinus: number;
  z: number;
  /** Two-sided. */
  pValue: number;
  /** Mean of after − before over all pairs. */
  meanDifference: number;
};

/**
 * Wilcoxon signed-rank test on paired values, as R's `wilcox.test(after, before, paired = TRUE,
 * exact = FALSE, correct = TRUE)`: zero differences are dropped, tied absolute differences get
 * their average rank, the variance is reduced by Σ(t³ − t)/48 over tie groups, and the normal
 * approximation takes a continuity correction of 0.5 towards the mean.
 *
 * @example wilcoxonSignedRank([[1, 3], [2, 4], [2, 3], [3, 5], [1, 2]]).wPlus // 15
 */
export function wilcoxonSignedRank(pairs: readonly (readonly [number, number])[]): WilcoxonOutcome {
  const differences = pairs.map(([before, after]) => after - before);
  const meanDifference =
    differences.length === 0 ? 0 : differences.reduce((a, b) => a + b, 0) / differences.length;
  const nonZero = differences.filter((d) => d !== 0).sort((a, b) => Math.abs(a) - Math.abs(b));
  const n = nonZero.length;
  let wPlus = 0;
  let wMinus = 0;
  let tieTerm = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && Math.abs(nonZero[end + 1]!) === Math.abs(nonZero[start]!)) end++;
    const ties = end - start + 1;
    const averageRank = (start + 1 + end + 1) / 2;
    for (let i = start; i <= end; i++) {
      if (nonZero[i]! > 0) wPlus += averageRank;
      else wMinus += averageRank;
    }
    tieTerm += ties ** 3 - ties;
    start = end + 1;
  }
  const mean = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48;
  let z = 0;
  if (n > 0 && variance > 0) {
    const deviation = wPlus - mean;
    z = (deviation - Math.sign(deviation) * 0.5) / Math.sqrt(variance);
  }
  const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  return { pairs: pairs.length, nonZeroPairs: n, wPlus, wMinus, z, pValue, meanDifference };
}

/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
