// Sums footprint lines, and groups them by any caller key (session, tour, project, period...).
import { FOOTPRINT_SOURCES, type FootprintSource } from '../trips/types';
import type { Denominators, FootprintLine, FootprintSummary } from './types';

function perUnit(totalKg: number, denominator: number | undefined): number | null {
  return denominator !== undefined && denominator > 0 ? totalKg / denominator : null;
}

/**
 * Total, split by source and ratios of a list of lines.
 * @example summariseLines(footprint.lines, { beneficiaries: 40 }).perBeneficiaryCo2eKg
 */
export function summariseLines(
  lines: readonly FootprintLine[],
  denominators: Denominators = {},
): FootprintSummary {
  const bySource = Object.fromEntries(FOOTPRINT_SOURCES.map((s) => [s, 0])) as Record<
    FootprintSource,
    number
  >;
  let totalCo2eKg = 0;
  for (const line of lines) {
    totalCo2eKg += line.co2eKg;
    bySource[line.source] += line.co2eKg;
  }
  const { beneficiaries, activityHours } = denominators;
  return {
    totalCo2eKg,
    bySource,
    lineCount: lines.length,
    beneficiaries: beneficiaries ?? null,
    activityHours: activityHours ?? null,
    perBeneficiaryCo2eKg: perUnit(totalCo2eKg, beneficiaries),
    perActivityHourCo2eKg: perUnit(totalCo2eKg, activityHours),
  };
}

export type KeyOf = (line: FootprintLine) => string | undefined;

export type FootprintGroup = FootprintSummary & {
  /** null gathers the lines without this key (a tour leg attributed to no session, say). */
  key: string | null;
  tripIds: string[];
};

/**
 * Groups lines by a caller key and sums each group; groups come sorted by key, the keyless last.
 * Pass per-group beneficiaries and hours to get per-beneficiary figures.
 * @example
 * groupFootprint(footprint.lines, byRef('projectId'), { p1: { beneficiaries: 300 } })
 * groupFootprint(footprint.lines, byPeriod('month')) // keys '2026-03', '2026-04'...
 */
export function groupFootprint(
  lines: readonly FootprintLine[],
  keyOf: KeyOf,
  denominatorsByKey: Readonly<Record<string, Denominators>> = {},
): FootprintGroup[] {
  const groups = new Map<string | null, FootprintLine[]>();
  for (const line of lines) {
    const key = keyOf(line) ?? null;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  return keys.map((key) => {
    const groupLines = groups.get(key) ?? [];
    return {
      key,
      tripIds: groupLines.map((line) => line.tripId),
      ...summariseLines(groupLines, key === null ? {} : denominatorsByKey[key]),
    };
  });
}

/**
 * Key function for one of the trip refs.
 * @example groupFootprint(lines, byRef('sessionId'))
 */
export function byRef(
  ref: 'organisationId' | 'projectId' | 'tourId' | 'sessionId' | 'date' | 'areaKey',
): KeyOf {
  return (line) => line.refs[ref];
}

/**
 * Key function for a calendar period of the trip date (`YYYY`, `YYYY-Qn` or `YYYY-MM`).
 * @example byPeriod('quarter')(line) // '2026-Q1' for a trip on 2026-03-02
 */
export function byPeriod(period: 'year' | 'quarter' | 'month'): KeyOf {
  return (line) => {
    const date = line.refs.date;
    if (date === undefined || !/^\d{4}-\d{2}/.test(date)) return undefined;
    if (period === 'year') return date.slice(0, 4);
    if (period === 'month') return date.slice(0, 7);
    return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
  };
}
