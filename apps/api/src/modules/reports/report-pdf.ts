// The PDF of a report as blocks: cover, key figures, charts, map, tables, method; tagged with its
// language, headings as bookmarks, charts and the map with their alternative text.
import { VOCABULARY, yesNo } from '@tutti/contracts/vocabulary';
import { type Block, type PdfDefinition, pdfFacts, pdfHeading, pdfTable } from '../../platform/pdf';
import { barChart, communeMap, describeBars } from './report-charts';
import type { ReportData } from './report-data';
import { type Format, formatRate, formatter } from './report-format';
import { REPORT_LABELS, type ReportLabels } from './report-labels';
import { carbonAndMethod, projectsAndJourneys, surveys } from './report-pdf-sections';
import { summaryRows, vocabularyWord } from './report-tables';

export const BLUE = '#2563eb';
const ORANGE = '#ea580c';
const GREEN = '#16a34a';
export const CONTENT_WIDTH = 515;

function cover(data: ReportData, words: ReportLabels): Block[] {
  const f = data.indicators.filters;
  const date = new Intl.DateTimeFormat(data.locale, { dateStyle: 'long' });
  const territory = f.departmentCode
    ? f.departmentCode
    : f.communeCodes.length > 0
      ? f.communeCodes.join(', ')
      : words.cover.wholeTerritory;
  return [
    { kind: 'paragraph', text: data.organisationName, style: 'overline', before: 120, after: 8 },
    { kind: 'heading', level: 1, text: data.title },
    {
      kind: 'paragraph',
      text: words.templates[data.template],
      style: 'subtitle',
      before: 4,
      after: 40,
    },
    pdfFacts(
      [
        [
          words.cover.period,
          `${date.format(new Date(`${f.from}T12:00:00Z`))} – ${date.format(new Date(`${f.to}T12:00:00Z`))}`,
        ],
        [
          words.cover.projects,
          data.projectNames.length > 0 ? data.projectNames.join(', ') : words.cover.allProjects,
        ],
        [words.cover.territory, territory],
        [words.cover.generated, date.format(new Date(data.generatedAt))],
        [words.cover.dataVersion, data.dataVersion],
        [words.cover.factorVersion, data.factorVersion ?? words.figures.notAvailable],
      ],
      140,
    ),
    { kind: 'paragraph', text: words.suppression.rule, style: 'note', before: 24 },
    { kind: 'pageBreak' },
  ];
}

function keyFigures(data: ReportData, words: ReportLabels, format: Format): Block[] {
  const items = summaryRows(data, words).map(([label, value]) => ({
    label,
    value:
      typeof value === 'object' && value !== null && value.type === 'percent'
        ? formatRate(value.value, format, data)
        : typeof value === 'number'
          ? format(value)
          : String(value ?? '—'),
  }));
  return [
    pdfHeading(words.sections.summary),
    { kind: 'paragraph', text: words.figures.beneficiariesNote, style: 'note' },
    { kind: 'keyFigures', items },
  ];
}

function activity(data: ReportData, words: ReportLabels, format: Format): Block[] {
  const months = data.indicators.sessions.byMonth;
  const groups = months.map((m) => ({
    label: m.month.slice(2),
    values: [m.workshops, m.concerts, m.online],
  }));
  const series = [
    { name: words.figures.workshops, colour: BLUE },
    { name: words.figures.concerts, colour: ORANGE },
    { name: words.figures.online, colour: GREEN },
  ];
  const kinds = data.indicators.sessions.byKind.map((k) => [
    vocabularyWord(VOCABULARY[data.locale].sessionKind, k.kind),
    format(k.count),
  ]);
  const s = data.indicators.sessions;
  return [
    pdfHeading(words.sections.activity),
    {
      kind: 'figure',
      drawing: barChart({ groups, series, width: CONTENT_WIDTH, height: 190, format }),
      alt: describeBars(words.alt.activity, groups, series, format, words.alt),
    },
    pdfTable(
      [words.columns.kind, words.columns.sessions],
      [
        ...kinds,
        [
          `${words.figures.sessions} (${s.cancelled} ${words.figures.cancelled}, ${s.planned} ${words.figures.planned})`,
          format(s.held),
        ],
      ],
    ),
  ];
}

function publics(data: ReportData, words: ReportLabels, format: Format): Block[] {
  const p = data.indicators.publics;
  const category = (key: string) => (words.categories as Record<string, string>)[key] ?? key;
  const groups = p.ageBands.map((row) => ({
    label: category(row.category),
    values: [typeof row.count === 'number' ? row.count : null],
    hiddenLabel: format(row.count),
  }));
  const series = [{ name: words.categories.people, colour: BLUE }];
  return [
    pdfHeading(words.sections.publics),
    { kind: 'heading', level: 3, text: words.categories.ageBand },
    {
      kind: 'figure',
      drawing: barChart({ groups, series, width: CONTENT_WIDTH, height: 170, format }),
      alt: describeBars(words.alt.ages, groups, series, format, words.alt),
    },
    {
      kind: 'columns',
      columns: [
        [
          pdfTable(
            [words.categories.area, words.categories.people],
            p.areas.map((r) => [category(r.category), format(r.count)]),
          ),
        ],
        [
          pdfTable(
            [words.categories.priorityArea, words.categories.people],
            p.priorityAreas.map((r) => [category(r.category), format(r.count)]),
          ),
        ],
      ],
    },
    pdfTable(
      [words.figures.accessNeeds, words.categories.people],
      [[words.figures.accessNeeds, format(p.withAccessNeeds)]],
    ),
  ];
}

function map(data: ReportData, words: ReportLabels, format: Format): Block[] {
  const list = data.indicators.communes.list;
  const top = [...list].sort((a, b) => b.sessions - a.sessions).slice(0, 20);
  const flag = (v: boolean | null) => (v === null ? words.figures.unknown : yesNo(data.locale, v));
  const reached = top.map((c) => `${c.name} ${format(c.sessions)}`);
  return [
    pdfHeading(words.sections.map, true),
    {
      kind: 'figure',
      drawing: communeMap({
        communes: list,
        background: data.backgroundPoints,
        width: CONTENT_WIDTH,
        height: 360,
      }),
      alt: `${words.alt.map}. ${words.columns.sessions}${words.alt.colon}${reached.length > 0 ? reached.join(', ') : words.alt.noData}.`,
    },
    { kind: 'paragraph', text: words.mapNote, style: 'note', before: 4, after: 8 },
    pdfTable(
      [
        words.columns.commune,
        words.columns.code,
        words.columns.sessions,
        words.columns.priority,
        words.columns.rural,
      ],
      top.map((c) => [c.name, c.code, format(c.sessions), flag(c.priority), flag(c.rural)]),
    ),
  ];
}

export function reportDocument(data: ReportData): PdfDefinition {
  const words = REPORT_LABELS[data.locale];
  const format = formatter(data, words);
  const sections =
    data.template === 'journey_review'
      ? [keyFigures, projectsAndJourneys, surveys, activity, publics, map, carbonAndMethod]
      : [keyFigures, activity, publics, map, projectsAndJourneys, surveys, carbonAndMethod];
  return {
    title: data.title,
    author: data.organisationName,
    language: data.locale,
    blocks: [...cover(data, words), ...sections.flatMap((section) => section(data, words, format))],
    footer: (page, pages) =>
      page === 1
        ? null
        : {
            left: `${data.organisationName} — ${data.title}`,
            right: `${words.page} ${page} ${words.of} ${pages}`,
          },
    styles: { subtitle: { size: 14, colour: '#1d4ed8' } },
  };
}
