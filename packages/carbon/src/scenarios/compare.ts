// Side-by-side figures of a baseline and its scenarios: kg CO2e and travel hours, with differences.
import type { FactorSet } from '../factors/types';
import { computeFootprint } from '../footprint/compute';
import type { TranslatedMessage } from '../reductions/messages';
import { DEFAULT_SPEEDS_KMH } from '../travel/speeds';
import { type Speeds, travelTime } from '../travel/time';
import type { FootprintSource, Trip } from '../trips/types';
import type { Assumption, Scenario, ScenarioLever } from './types';
import { unchangedReason } from './unchanged';

export type ScenarioFigures = {
  totalCo2eKg: number;
  bySource: Record<FootprintSource, number>;
  travelHours: number;
};

export type ScenarioComparisonRow = ScenarioFigures & {
  lever: ScenarioLever;
  /** Scenario minus baseline: negative saves CO2e. */
  deltaCo2eKg: number;
  /** Relative change in %, null when the baseline is 0. */
  deltaPct: number | null;
  /** Scenario minus baseline person-hours: positive costs time. */
  deltaTravelHours: number;
  assumptions: Assumption[];
  stats: Record<string, number>;
  /** Why the scenario changes nothing (no trip it applies to), or null when it changes something. */
  unchanged: TranslatedMessage | null;
};

export type ScenarioComparison = {
  factorVersion: string;
  baseline: ScenarioFigures;
  rows: ScenarioComparisonRow[];
};

function figuresOf(trips: readonly Trip[], factors: FactorSet, speeds: Speeds): ScenarioFigures {
  const footprint = computeFootprint({ trips, factors });
  return {
    totalCo2eKg: footprint.totalCo2eKg,
    bySource: footprint.bySource,
    travelHours: travelTime(trips, speeds).totalHours,
  };
}

/**
 * Computes the baseline and each scenario with the same factor version and speeds.
 * @example
 * compareScenarios({ baseline: trips, factors: ADEME_2025,
 *   scenarios: [carpoolScenario(trips), trainScenario(trips)] }).rows[0].deltaCo2eKg
 */
export function compareScenarios(options: {
  baseline: readonly Trip[];
  scenarios: readonly Scenario[];
  factors: FactorSet;
  speeds?: Speeds;
}): ScenarioComparison {
  const speeds = options.speeds ?? DEFAULT_SPEEDS_KMH;
  const baseline = figuresOf(options.baseline, options.factors, speeds);
  const rows = options.scenarios.map((scenario): ScenarioComparisonRow => {
    const figures = figuresOf(scenario.trips, options.factors, speeds);
    const deltaCo2eKg = figures.totalCo2eKg - baseline.totalCo2eKg;
    return {
      lever: scenario.lever,
      ...figures,
      deltaCo2eKg,
      deltaPct: baseline.totalCo2eKg > 0 ? (100 * deltaCo2eKg) / baseline.totalCo2eKg : null,
      deltaTravelHours: figures.travelHours - baseline.travelHours,
      assumptions: scenario.assumptions,
      stats: scenario.stats,
      unchanged: unchangedReason(scenario),
    };
  });
  return { factorVersion: options.factors.version, baseline, rows };
}
