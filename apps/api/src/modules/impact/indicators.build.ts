// Turns the aggregates of the repository into the indicators as shown: totals, publics, suppressed.
import {
  type AgeBand,
  ageCategories,
  areaCategories,
  type ConcertFigures,
  type ImpactFilters,
  type ImpactIndicators,
  priorityCategories,
  type SessionKind,
  sessionKinds,
} from '@tutti/contracts';
import type { ChoirConcertMix } from '../choirs';
import { buildChoirMix } from './choir-mix.build';
import { buildConcertFigures } from './concert-figures.build';
import { buildContinuation } from './continuation';
import type {
  CommuneRow,
  ConcertRow,
  ContinuationRow,
  CountedRow,
  ListedRow,
  SessionCountRow,
} from './indicators.repository';
import { suppressCount, suppressDerived, suppressTable } from './suppression';
import type { CommuneClasses } from './territory';

export type IndicatorData = {
  filters: ImpactFilters;
  dataVersion: string;
  sessions: SessionCountRow[];
  listed: ListedRow[];
  counted: CountedRow[];
  concerts: ConcertRow;
  concertFigures: ConcertFigures[];
  communes: CommuneRow[];
  withAccessNeeds: number;
  continuation: ContinuationRow[];
  /** Choirs singing the scope's concerts, with their singers per age band (raw counts). */
  choirs: ChoirConcertMix[];
  classes: CommuneClasses;
  /** Access scores (0–100) of the home communes of participants whose outcome is known. */
  accessScores: ReadonlyMap<string, number>;
  carbon: {
    totalCo2eKg: number;
    factorVersion: string;
    /** The carbon module's beneficiaries of the held sessions (its definition of per beneficiary). */
    beneficiaries: number;
    leftOut: { inputs: number; co2eKg: number };
    notCounted: number;
    current: boolean;
  } | null;
};

type AgeCategory = (typeof ageCategories)[number];
type Tally<K extends string> = Map<K, number>;

function add<K extends string>(tally: Tally<K>, key: K, value: number) {
  tally.set(key, (tally.get(key) ?? 0) + value);
}

function tableOf<K extends string>(categories: readonly K[], tally: Tally<K>) {
  return suppressTable(
    categories.map((category) => ({ category, count: tally.get(category) ?? 0 })),
  );
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * kg CO2e per beneficiary as the Carbon page defines it (its headline over its beneficiaries),
 * to two decimals, masked like any figure drawn from fewer than five people.
 */
function perBeneficiaryOf(carbon: NonNullable<IndicatorData['carbon']>) {
  if (carbon.beneficiaries === 0) return null;
  return suppressDerived(round(carbon.totalCo2eKg / carbon.beneficiaries, 2), carbon.beneficiaries);
}

/** The figures, every count of people through the suppression rule. */
export function buildIndicators(data: IndicatorData): ImpactIndicators {
  const held = data.sessions.filter((r) => r.status !== 'cancelled' && r.past);
  const byKind = new Map<SessionKind, number>();
  const byMonth = new Map<string, { workshops: number; concerts: number; online: number }>();
  for (const row of held) {
    add(byKind, row.kind as SessionKind, row.n);
    const month = byMonth.get(row.month) ?? { workshops: 0, concerts: 0, online: 0 };
    if (row.kind === 'concert') month.concerts += row.n;
    else if (row.kind === 'online') month.online += row.n;
    else month.workshops += row.n;
    byMonth.set(row.month, month);
  }
  const sum = (rows: { n: number }[]) => rows.reduce((total, r) => total + r.n, 0);

  const ages: Tally<AgeCategory> = new Map();
  const areas: Tally<(typeof areaCategories)[number]> = new Map();
  const priority: Tally<(typeof priorityCategories)[number]> = new Map();
  const classify = (commune: string | null, people: number) => {
    const found = commune ? data.classes.byCode.get(commune) : undefined;
    add(
      areas,
      found?.rural === true ? 'rural' : found?.rural === false ? 'urban' : 'unknown',
      people,
    );
    add(
      priority,
      found?.priority === true ? 'priority' : found?.priority === false ? 'other' : 'unknown',
      people,
    );
  };
  let listed = 0;
  let markedPeople = 0;
  let presentMarks = 0;
  let allMarks = 0;
  let listedHours = 0;
  for (const row of data.listed) {
    listed += row.people;
    markedPeople += row.marked_people;
    presentMarks += row.present;
    allMarks += row.marks;
    listedHours += row.hours;
    add(ages, (row.age_band as AgeBand | null) ?? 'unknown', row.people);
    classify(row.commune, row.people);
  }
  let counted = 0;
  let countedHours = 0;
  let concertHeads = 0;
  let onlineHeads = 0;
  for (const row of data.counted) {
    counted += row.people;
    countedHours += row.hours;
    if (row.is_concert) concertHeads += row.people;
    if (row.is_online) onlineHeads += row.people;
    add(ages, (row.age_band as AgeBand | null) ?? 'unknown', row.people);
    classify(row.commune, row.people);
  }
  const total = listed + counted;
  const [listedCell, countedCell] = suppressTable([
    { category: 'listed', count: listed },
    { category: 'counted', count: counted },
  ]);
  const [accessNeedsCell] = suppressTable([
    { category: 'with', count: data.withAccessNeeds },
    { category: 'without', count: listed - data.withAccessNeeds },
  ]);
  const audience = concertHeads + data.concerts.present;
  const bothShown = typeof listedCell!.count === 'number' && typeof countedCell!.count === 'number';

  const communes = data.communes.map((row) => {
    const found = data.classes.byCode.get(row.code);
    return {
      code: row.code,
      name: found?.name ?? row.name ?? row.code,
      latitude: found?.latitude ?? null,
      longitude: found?.longitude ?? null,
      sessions: row.sessions,
      priority: found?.priority ?? null,
      rural: found?.rural ?? null,
    };
  });
  const countIf = (known: boolean, test: (c: (typeof communes)[number]) => boolean) =>
    known ? communes.filter(test).length : null;

  return {
    filters: data.filters,
    dataVersion: data.dataVersion,
    sessions: {
      held: sum(held),
      planned: sum(data.sessions.filter((r) => r.status !== 'cancelled' && !r.past)),
      cancelled: sum(data.sessions.filter((r) => r.status === 'cancelled')),
      byKind: sessionKinds
        .map((kind) => ({ kind, count: byKind.get(kind) ?? 0 }))
        .filter((entry) => entry.count > 0),
      byMonth: [...byMonth.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, counts]) => ({ month, ...counts })),
    },
    beneficiaries: {
      total: suppressCount(total),
      listed: listedCell!.count,
      counted: countedCell!.count,
    },
    concerts: { count: data.concerts.concerts, audience: suppressCount(audience) },
    concertFigures: buildConcertFigures(data.concertFigures),
    online: {
      count: data.concerts.online,
      attendances: suppressCount(onlineHeads + data.concerts.online_present),
    },
    practiceHours: {
      total: suppressDerived(round(listedHours + countedHours, 1), total),
      listed: bothShown ? round(listedHours, 1) : suppressDerived(0, 0),
    },
    attendance: {
      rate: suppressDerived(allMarks === 0 ? 0 : round(presentMarks / allMarks, 4), markedPeople),
    },
    publics: {
      ageBands: tableOf(ageCategories, ages),
      areas: tableOf(areaCategories, areas),
      priorityAreas: tableOf(priorityCategories, priority),
      withAccessNeeds: accessNeedsCell!.count,
    },
    communes: {
      reached: communes.length,
      priority: countIf(data.classes.priorityImported, (c) => c.priority === true),
      rural: countIf(data.classes.densityImported, (c) => c.rural === true),
      list: communes,
    },
    carbon: data.carbon
      ? {
          available: true,
          state: data.carbon.current ? ('current' as const) : ('previous' as const),
          totalCo2eKg: round(data.carbon.totalCo2eKg, 1),
          perBeneficiaryKg: perBeneficiaryOf(data.carbon),
          beneficiaries: suppressCount(data.carbon.beneficiaries),
          leftOut: data.carbon.leftOut,
          notCounted: data.carbon.notCounted,
          factorVersion: data.carbon.factorVersion,
        }
      : {
          available: false,
          state: 'computing' as const,
          totalCo2eKg: null,
          perBeneficiaryKg: null,
          beneficiaries: null,
          leftOut: null,
          notCounted: null,
          factorVersion: null,
        },
    continuation: buildContinuation(data.continuation, data.classes, data.accessScores),
    referenceData: {
      densityImported: data.classes.densityImported,
      priorityImported: data.classes.priorityImported,
    },
    choirs: buildChoirMix(data.choirs),
  };
}
