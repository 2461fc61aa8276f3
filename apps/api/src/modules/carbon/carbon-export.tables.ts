// The tables of the carbon exports, built from the same answers the API gives, in the reader's language.
import type {
  CarbonNote,
  FootprintSummary,
  Locale,
  OrganisationFootprint,
  ProjectFootprint,
  ProjectScenarios,
} from '@tutti/contracts';
import { VOCABULARY, yesNo } from '@tutti/contracts/vocabulary';
import { type Cell, type ExportTable, typed } from '../../platform/tabular';
import { EXPORT_LABELS } from './carbon-export.labels';
import { carbonLabel, renderMessage } from './carbon-messages';

const SOURCES = ['artists', 'audience', 'equipment', 'digital'] as const;
/** A line whose input is still to check: out of the totals of the other sheets. */
const LEFT_OUT: CarbonNote = { code: 'line-left-out', params: {} };

function noteText(locale: Locale, notes: readonly CarbonNote[]): string {
  return notes.map((n) => renderMessage(locale, `carbon.note.${n.code}`, n.params)).join(' ');
}

export function linesTable(locale: Locale, footprint: ProjectFootprint): ExportTable {
  const words = EXPORT_LABELS[locale];
  const sessions = new Map(footprint.sessions.map(({ session }) => [session.id, session]));
  return {
    name: words.sheets.lines,
    header: words.lines,
    rows: footprint.lines.map((line): Cell[] => {
      const session = line.sessionId ? sessions.get(line.sessionId) : undefined;
      return [
        typed.date(line.date),
        session ? (session.title ?? VOCABULARY[locale].sessionKind[session.kind]) : null,
        carbonLabel(locale, `source.${line.source}`),
        words.kinds[line.kind],
        line.from,
        line.to,
        line.people.join(', ') || null,
        carbonLabel(locale, `mode.${line.mode}`),
        words.units[line.unitBasis],
        line.factorVersion,
        line.factorKgPerUnit,
        line.distanceKm,
        yesNo(locale, line.roundTrip),
        line.travelledKm,
        line.vehicles,
        line.travellers,
        line.quantity,
        line.co2eKg,
        noteText(locale, line.leftOut ? [LEFT_OUT, ...line.notes] : line.notes) || null,
      ];
    }),
  };
}

export function sessionsTable(locale: Locale, footprint: ProjectFootprint): ExportTable {
  const words = EXPORT_LABELS[locale];
  return {
    name: words.sheets.sessions,
    header: words.sessions,
    rows: footprint.sessions.map(({ session, summary }) => [
      typed.date(session.date),
      session.title ?? VOCABULARY[locale].sessionKind[session.kind],
      session.venueName,
      summary.factorVersion,
      summary.totalCo2eKg,
      ...SOURCES.map((source) => summary.bySource[source]),
      summary.beneficiaries.total,
      summary.perBeneficiaryCo2eKg,
    ]),
  };
}

export function scenariosTable(locale: Locale, scenarios: ProjectScenarios): ExportTable {
  const words = EXPORT_LABELS[locale];
  const { baseline, factorVersion } = scenarios;
  return {
    name: words.sheets.scenarios,
    header: words.scenarios,
    rows: [
      [
        words.baseline,
        factorVersion,
        baseline.totalCo2eKg,
        ...SOURCES.map((source) => baseline.bySource[source]),
        0,
        typed.percent(0),
        baseline.travelHours,
        0,
      ],
      ...scenarios.rows.map((row): Cell[] => [
        carbonLabel(locale, `lever.${row.lever}`),
        factorVersion,
        row.totalCo2eKg,
        ...SOURCES.map((source) => row.bySource[source]),
        row.deltaCo2eKg,
        typed.percent(row.deltaPct === null ? null : row.deltaPct / 100),
        row.travelHours,
        row.deltaTravelHours,
      ]),
    ],
  };
}

export function reductionsTable(locale: Locale, scenarios: ProjectScenarios): ExportTable {
  const words = EXPORT_LABELS[locale];
  return {
    name: words.sheets.reductions,
    header: words.reductions,
    rows: scenarios.reductions.map((reduction, index) => [
      index + 1,
      reduction.message.text,
      reduction.savedCo2eKg,
      typed.percent(reduction.savedPct / 100),
      reduction.timeMessage.text,
    ]),
  };
}

export function summaryTable(
  locale: Locale,
  heading: [string, Cell],
  summary: FootprintSummary,
  notes: readonly CarbonNote[],
): ExportTable {
  const words = EXPORT_LABELS[locale];
  const s = words.summary;
  return {
    name: words.sheets.summary,
    header: [s.item, s.value],
    rows: [
      heading,
      [s.version, summary.factorVersion],
      [s.total, summary.totalCo2eKg],
      ...SOURCES.map((source): Cell[] => [
        carbonLabel(locale, `source.${source}`),
        summary.bySource[source],
      ]),
      [s.uniqueParticipants, summary.beneficiaries.uniqueParticipants],
      [s.headcounts, summary.beneficiaries.headcounts],
      [s.beneficiaries, summary.beneficiaries.total],
      [s.hours, summary.activityHours],
      [s.perBeneficiary, summary.perBeneficiaryCo2eKg],
      [s.perHour, summary.perActivityHourCo2eKg],
      ...notes.map((n): Cell[] => [s.note, noteText(locale, [n])]),
    ],
  };
}

/** Months (or projects) of an organisation's year, with a total row. */
export function periodTable(
  locale: Locale,
  footprint: OrganisationFootprint,
  by: 'months' | 'projects',
): ExportTable {
  const words = EXPORT_LABELS[locale];
  const entries = by === 'months' ? footprint.byMonth : footprint.byProject;
  const version = footprint.summary.factorVersion;
  return {
    name: words.sheets[by],
    header: by === 'months' ? words.periods : words.projects,
    rows: [
      ...entries.map((entry): Cell[] => [
        by === 'months' ? typed.month(entry.label) : entry.label,
        version,
        ...SOURCES.map((source) => entry.bySource[source]),
        entry.totalCo2eKg,
      ]),
      [
        words.total,
        version,
        ...SOURCES.map((source) => footprint.summary.bySource[source]),
        footprint.summary.totalCo2eKg,
      ],
    ],
  };
}
