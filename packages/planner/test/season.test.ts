// Season-shaped problems (artist-days, multi-day windows, daily limits) give feasible plans that beat the baseline.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBaseline } from '../bench/season-baseline';
import { generateSeason } from '../bench/season-generator';
import { solve } from '../src/index';
import { findViolations } from './checker';

describe('small seasons', () => {
  it('are planned without breaking any window, skill, daily distance or working-time limit', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (seed) => {
        const { problem } = generateSeason({ sessions: 90, artists: 4, workingDays: 12, seed });
        const plan = solve(problem, { seed, iterationLimit: 600, timeLimitMs: 60_000 });
        expect(findViolations(problem, plan)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('are planned with fewer kilometres than the nearest-artist baseline', () => {
    const season = generateSeason({ sessions: 120, artists: 6, workingDays: 20, seed: 3 });
    const baseline = planBaseline(season);
    expect(findViolations(season.problem, baseline)).toEqual([]);
    const plan = solve(season.problem, { iterationLimit: 1500, timeLimitMs: 60_000 });
    expect(plan.unassigned.length).toBeLessThanOrEqual(baseline.unassigned.length);
    expect(plan.summary.distanceKm).toBeLessThan(baseline.summary.distanceKm);
  });
});
