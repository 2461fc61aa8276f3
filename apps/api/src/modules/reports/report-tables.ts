// The tables under a report, for its workbook and its CSV files: every people count already suppressed.
import type { PeopleFigure } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { type Cell, type ExportTable, typed } from '../../platform/tabular';
import type { ReportData } from './report-data';
import { REPORT_LABELS, type ReportLabels } from './report-labels';

/** A figure as printed: the number, "< 5", or the word for a masked cell. */
export function figure(
  value: PeopleFigure | null | undefined,
  words: ReportLabels,
): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return value === 'masked' ? words.suppression.masked : words.suppression.small;
}

/** A term of the shared vocabulary; a value it does not know is shown as stored. */
export function vocabularyWord(words: Record<string, string>, value: string): string {
  return words[value] ?? value;
}

export function summaryRows(data: ReportData, words: ReportLabels): [string, Cell][] {
  const i = data.indicators;
  const f = words.figures;
  const kinds = (match: (kind: string) => boolean) =>
    i.sessions.byKind.filter((k) => match(k.kind)).reduce((sum, k) => sum + k.count, 0);
  return [
    [f.beneficiaries, figure(i.beneficiaries.total, words)],
    [f.listed, figure(i.beneficiaries.listed, words)],
    [f.counted, figure(i.beneficiaries.counted, words)],
    [f.sessions, i.sessions.held],
    [f.workshops, kinds((k) => k.startsWith('workshop_'))],
    [f.concerts, i.concerts.count],
    [f.online, kinds((k) => k === 'online')],
    [f.audience, figure(i.concerts.audience, words)],
    [`${f.hours} (${f.hoursNote})`, figure(i.practiceHours.total, words)],
    [f.attendance, typed.percent(figure(i.attendance.rate, words))],
    [f.communes, i.communes.reached],
    [f.priorityCommunes, i.communes.priority ?? f.unknown],
    [f.ruralCommunes, i.communes.rural ?? f.unknown],
    [f.accessNeeds, figure(i.publics.withAccessNeeds, words)],
    [f.carbonTotal, i.carbon.totalCo2eKg ?? f.notAvailable],
    [f.carbonPerBeneficiary, figure(i.carbon.perBeneficiaryKg, words) ?? f.notAvailable],
    [
      `${f.continuation} (${f.continuationNote})`,
      i.continuation.rate === null
        ? f.notAvailable
        : typed.percent(figure(i.continuation.rate, words)),
    ],
    [f.continuationKnown, figure(i.continuation.known, words)],
    [f.continuationUnknown, figure(i.continuation.unknown, words)],
  ];
}

export function reportTables(data: ReportData): ExportTable[] {
  const words = REPORT_LABELS[data.locale];
  const c = words.columns;
  const i = data.indicators;
  const category = (key: string) => (words.categories as Record<string, string>)[key] ?? key;
  const vocabulary = VOCABULARY[data.locale];
  const yesNo = (value: boolean | null) =>
    value === null ? words.figures.unknown : value ? vocabulary.boolean.yes : vocabulary.boolean.no;
  const tables: ExportTable[] = [
    { name: words.sheets.summary, header: [c.indicator, c.value], rows: summaryRows(data, words) },
    {
      name: words.sheets.months,
      header: [c.date, words.figures.workshops, words.figures.concerts, words.figures.online],
      rows: i.sessions.byMonth.map((m) => [
        typed.month(m.month),
        m.workshops,
        m.concerts,
        m.online,
      ]),
    },
    {
      name: words.sheets.publics,
      header: [c.indicator, c.option, words.categories.people],
      rows: [
        ...i.publics.ageBands.map((r): Cell[] => [
          words.categories.ageBand,
          category(r.category),
          figure(r.count, words),
        ]),
        ...i.publics.areas.map((r): Cell[] => [
          words.categories.area,
          category(r.category),
          figure(r.count, words),
        ]),
        ...i.publics.priorityAreas.map((r): Cell[] => [
          words.categories.priorityArea,
          category(r.category),
          figure(r.count, words),
        ]),
      ],
    },
    {
      name: words.sheets.communes,
      header: [c.code, c.commune, c.sessions, c.priority, c.rural],
      rows: i.communes.list.map((m) => [
        m.code,
        m.name,
        m.sessions,
        yesNo(m.priority),
        yesNo(m.rural),
      ]),
    },
    {
      name: words.sheets.projects,
      header: [c.project, c.sessions, c.listed, c.counted, c.total, c.participantHours],
      rows: data.projects.map((p) => [
        p.name,
        p.sessions,
        figure(p.listed, words),
        figure(p.counted, words),
        figure(p.total, words),
        figure(p.hours, words),
      ]),
    },
    {
      name: words.sheets.sessions,
      header: [c.date, c.kind, c.status, c.project, c.venue, c.code, c.hours, c.present, c.counted],
      rows: data.sessions.map((s) => [
        typed.dateTime(s.starts),
        vocabularyWord(vocabulary.sessionKind, s.kind),
        vocabularyWord(vocabulary.sessionStatus, s.status),
        s.project,
        s.venue,
        s.commune,
        s.hours,
        figure(s.present, words),
        figure(s.counted, words),
      ]),
    },
    {
      name: words.sheets.journeys,
      header: [c.journey, c.group, c.sessions, c.members, c.presentPeople, c.rate],
      rows: data.journeys.map((j) => [
        j.name,
        j.group,
        j.sessions,
        figure(j.members, words),
        figure(j.present, words),
        typed.percent(figure(j.rate, words)),
      ]),
    },
    {
      name: words.sheets.surveys,
      header: [
        c.survey,
        c.question,
        c.phase,
        c.answers,
        c.mean,
        c.pairs,
        c.meanDifference,
        'z',
        c.pValue,
      ],
      rows: data.surveys.flatMap((survey) =>
        survey.questions.flatMap((q) =>
          q.phases.map((p, index): Cell[] => [
            survey.survey.title,
            q.question.label,
            words.phases[p.phase],
            figure(p.stats.answers, words),
            figure(p.stats.mean, words),
            index === 0 && q.paired ? figure(q.paired.pairs, words) : null,
            index === 0 && q.paired ? figure(q.paired.meanDifference, words) : null,
            index === 0 && q.paired ? figure(q.paired.z, words) : null,
            index === 0 && q.paired ? typed.pValue(figure(q.paired.pValue, words)) : null,
          ]),
        ),
      ),
    },
    {
      name: words.sheets.continuation,
      header: [c.indicator, c.option, words.categories.known, words.categories.rate],
      rows: [
        ...i.continuation.byArea.map((r): Cell[] => [
          words.categories.area,
          category(r.category),
          figure(r.known, words),
          r.rate === null ? null : typed.percent(figure(r.rate, words)),
        ]),
        ...i.continuation.byAccess.map((r): Cell[] => [
          words.categories.accessBand,
          category(r.category),
          figure(r.known, words),
          r.rate === null ? null : typed.percent(figure(r.rate, words)),
        ]),
      ],
    },
  ];
  if (i.choirs.length > 0) tables.push(choirsTable(data));
  return tables;
}

/** The choirs singing the period's concerts: their singers in total and per age band. */
function choirsTable(data: ReportData): ExportTable {
  const words = REPORT_LABELS[data.locale];
  const w = words.choirs;
  return {
    name: words.sheets.choirs,
    header: [w.choir, w.held, w.planned, words.categories.ageBand, w.singers],
    rows: data.indicators.choirs.flatMap((choir) => [
      [
        choir.name,
        choir.concertsHeld,
        choir.concertsPlanned,
        w.total,
        figure(choir.singers, words),
      ],
      ...choir.ageBands.map((band): Cell[] => [
        choir.name,
        null,
        null,
        band.category === 'unknown' ? w.notStated : band.category,
        figure(band.count, words),
      ]),
    ]),
  };
}
