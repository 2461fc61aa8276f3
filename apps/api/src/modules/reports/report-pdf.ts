// The PDF of a report as a pdfmake document: cover, key figures, charts, map, tables, method.
import type { PeopleFigure } from '@tutti/contracts';
import { VOCABULARY, yesNo } from '@tutti/contracts/vocabulary';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfHeading, pdfTable } from '../../platform/pdf';
import type { ReportData } from './report-data';
import { REPORT_LABELS, type ReportLabels } from './report-labels';
import { barChart, communeMap } from './report-svg';
import { figure, summaryRows, vocabularyWord } from './report-tables';

const BLUE = '#2563eb';
const ORANGE = '#ea580c';
const GREEN = '#16a34a';
const CONTENT_WIDTH = 515;

type Format = (value: PeopleFigure | number | string | null | undefined) => string;

function formatter(data: ReportData, words: ReportLabels): Format {
  const number = new Intl.NumberFormat(data.locale === 'en' ? 'en-GB' : data.locale, {
    maximumFractionDigits: 2,
  });
  // Roboto has no narrow no-break space (French thousands): the plain no-break space instead.
  const text = (n: number) => number.format(n).replace(/\u202f/g, '\u00a0');
  return (value) => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'number') return text(value);
    const printed = figure(value as PeopleFigure, words);
    return typeof printed === 'number' ? text(printed) : (printed ?? String(value));
  };
}

/** A p-value as read in papers: three decimals, or "< 0.001". */
function formatP(value: PeopleFigure | null | undefined, format: Format, locale: string) {
  if (typeof value !== 'number') return format(value);
  if (value < 0.001) return `< ${(0.001).toLocaleString(locale === 'en' ? 'en-GB' : locale)}`;
  return value.toLocaleString(locale === 'en' ? 'en-GB' : locale, { maximumFractionDigits: 3 });
}

/** A rate (0–1) as a percentage. */
function formatRate(value: PeopleFigure | null | undefined, format: Format, locale: string) {
  if (typeof value !== 'number') return format(value);
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, {
    style: 'percent',
    maximumFractionDigits: 1,
  })
    .format(value)
    .replace(/\u202f/g, '\u00a0');
}

function cover(data: ReportData, words: ReportLabels): Content[] {
  const f = data.indicators.filters;
  const date = new Intl.DateTimeFormat(data.locale, { dateStyle: 'long' });
  const territory = f.departmentCode
    ? f.departmentCode
    : f.communeCodes.length > 0
      ? f.communeCodes.join(', ')
      : words.cover.wholeTerritory;
  return [
    { text: data.organisationName, style: 'overline', margin: [0, 120, 0, 8] },
    { text: data.title, style: 'title' },
    { text: words.templates[data.template], style: 'subtitle', margin: [0, 4, 0, 40] },
    pdfTable(
      ['', ''],
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
      [140, '*'],
    ),
    { text: words.suppression.rule, style: 'note', margin: [0, 24, 0, 0], pageBreak: 'after' },
  ];
}

function keyFigures(data: ReportData, words: ReportLabels, format: Format): Content[] {
  const rows = summaryRows(data, words);
  const cells = rows.map(([label, value]) => ({
    stack: [
      {
        text:
          label === words.figures.attendance
            ? formatRate(value as PeopleFigure, format, data.locale)
            : typeof value === 'number'
              ? format(value)
              : String(value ?? '—'),
        style: 'figure',
      },
      { text: label, style: 'figureLabel' },
    ],
    margin: [0, 4, 0, 8] as [number, number, number, number],
  }));
  const body: Content[][] = [];
  for (let i = 0; i < cells.length; i += 3) {
    body.push([cells[i]!, cells[i + 1] ?? { text: '' }, cells[i + 2] ?? { text: '' }]);
  }
  return [
    pdfHeading(words.sections.summary),
    { text: words.figures.beneficiariesNote, style: 'note' },
    { table: { widths: ['*', '*', '*'], body }, layout: 'noBorders', margin: [0, 6, 0, 0] },
  ];
}

function activity(data: ReportData, words: ReportLabels, format: Format): Content[] {
  const months = data.indicators.sessions.byMonth;
  const svg = barChart({
    groups: months.map((m) => ({
      label: m.month.slice(2),
      values: [m.workshops, m.concerts, m.online],
    })),
    series: [
      { name: words.figures.workshops, colour: BLUE },
      { name: words.figures.concerts, colour: ORANGE },
      { name: words.figures.online, colour: GREEN },
    ],
    width: CONTENT_WIDTH,
    height: 190,
  });
  const kinds = data.indicators.sessions.byKind.map((k) => [
    vocabularyWord(VOCABULARY[data.locale].sessionKind, k.kind),
    format(k.count),
  ]);
  const s = data.indicators.sessions;
  return [
    pdfHeading(words.sections.activity),
    { svg, width: CONTENT_WIDTH },
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

function publics(data: ReportData, words: ReportLabels, format: Format): Content[] {
  const p = data.indicators.publics;
  const category = (key: string) => (words.categories as Record<string, string>)[key] ?? key;
  const svg = barChart({
    groups: p.ageBands.map((row) => ({
      label: category(row.category),
      values: [typeof row.count === 'number' ? row.count : null],
      hiddenLabel: format(row.count),
    })),
    series: [{ name: words.categories.people, colour: BLUE }],
    width: CONTENT_WIDTH,
    height: 170,
  });
  return [
    pdfHeading(words.sections.publics),
    { text: words.categories.ageBand, style: 'h3' },
    { svg, width: CONTENT_WIDTH },
    {
      columns: [
        pdfTable(
          [words.categories.area, words.categories.people],
          p.areas.map((r) => [category(r.category), format(r.count)]),
        ),
        pdfTable(
          [words.categories.priorityArea, words.categories.people],
          p.priorityAreas.map((r) => [category(r.category), format(r.count)]),
        ),
      ],
      columnGap: 16,
    },
    pdfTable(
      [words.figures.accessNeeds, words.categories.people],
      [[words.figures.accessNeeds, format(p.withAccessNeeds)]],
    ),
  ];
}

function map(data: ReportData, words: ReportLabels, format: Format): Content[] {
  const list = data.indicators.communes.list;
  const svg = communeMap({
    communes: list,
    background: data.backgroundPoints,
    width: CONTENT_WIDTH,
    height: 360,
  });
  const top = [...list].sort((a, b) => b.sessions - a.sessions).slice(0, 20);
  const flag = (v: boolean | null) => (v === null ? words.figures.unknown : yesNo(data.locale, v));
  return [
    pdfHeading(words.sections.map, true),
    { svg, width: CONTENT_WIDTH },
    { text: words.mapNote, style: 'note', margin: [0, 4, 0, 8] },
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

function projectsAndJourneys(data: ReportData, words: ReportLabels, format: Format): Content[] {
  const c = words.columns;
  const parts: Content[] = [];
  if (data.projects.length > 0) {
    parts.push(
      pdfHeading(words.sections.projects),
      pdfTable(
        [c.project, c.sessions, c.listed, c.counted, c.total, c.participantHours],
        data.projects.map((p) => [
          p.name,
          format(p.sessions),
          format(p.listed),
          format(p.counted),
          format(p.total),
          format(p.hours),
        ]),
      ),
    );
  }
  if (data.journeys.length > 0 || data.template === 'journey_review') {
    parts.push(
      pdfHeading(words.sections.journeys),
      pdfTable(
        [c.journey, c.group, c.sessions, c.members, c.presentPeople, c.rate],
        data.journeys.map((j) => [
          j.name,
          j.group,
          format(j.sessions),
          format(j.members),
          format(j.present),
          formatRate(j.rate, format, data.locale),
        ]),
      ),
    );
  }
  return parts;
}

function surveys(data: ReportData, words: ReportLabels, format: Format): Content[] {
  if (data.surveys.length === 0) return [];
  const c = words.columns;
  const parts: Content[] = [pdfHeading(words.sections.surveys, true)];
  for (const result of data.surveys) {
    const scales = result.questions.filter((q) => q.question.kind === 'scale');
    parts.push(
      { text: result.survey.title, style: 'h3' },
      {
        text: `${words.phases.before} ${format(result.respondents.before)} · ${words.phases.after} ${format(result.respondents.after)} · ${c.pairs} ${format(result.respondents.paired)} — ${words.test}`,
        style: 'note',
      },
    );
    if (scales.length > 0 && result.survey.beforeAfter) {
      const mean = (q: (typeof scales)[number], phase: 'before' | 'after') => {
        const value = q.phases.find((p) => p.phase === phase)?.stats.mean;
        return typeof value === 'number' ? value : null;
      };
      parts.push({
        svg: barChart({
          groups: scales.map((q, i) => ({
            label: `Q${i + 1}`,
            values: [mean(q, 'before'), mean(q, 'after')],
            hiddenLabel: words.suppression.masked,
          })),
          series: [
            { name: words.phases.before, colour: '#94a3b8' },
            { name: words.phases.after, colour: BLUE },
          ],
          width: CONTENT_WIDTH,
          height: 150,
          max: 5,
        }),
        width: CONTENT_WIDTH,
      });
    }
    parts.push(
      pdfTable(
        [
          c.question,
          c.answers,
          `${c.mean} ${words.phases.before}`,
          `${c.mean} ${words.phases.after}`,
          c.meanDifference,
          'z',
          c.pValue,
        ],
        result.questions
          .filter((q) => q.question.kind === 'scale')
          .map((q, i) => {
            const stats = (phase: string) => q.phases.find((p) => p.phase === phase)?.stats;
            return [
              `Q${i + 1}. ${q.question.label}`,
              format(stats(result.survey.beforeAfter ? 'after' : 'single')?.answers),
              format(stats('before')?.mean ?? null),
              format(stats(result.survey.beforeAfter ? 'after' : 'single')?.mean ?? null),
              format(q.paired?.meanDifference ?? null),
              format(q.paired?.z ?? null),
              formatP(q.paired?.pValue ?? null, format, data.locale),
            ];
          }),
      ),
    );
  }
  return parts;
}

function carbonAndMethod(data: ReportData, words: ReportLabels, format: Format): Content[] {
  const carbon = data.indicators.carbon;
  return [
    pdfHeading(words.sections.carbon),
    pdfTable(
      [words.columns.indicator, words.columns.value],
      [
        [
          words.figures.carbonTotal,
          carbon.available ? format(carbon.totalCo2eKg) : words.figures.notAvailable,
        ],
        [
          words.figures.carbonPerBeneficiary,
          carbon.available ? format(carbon.perBeneficiaryKg) : words.figures.notAvailable,
        ],
        [words.cover.factorVersion, carbon.factorVersion ?? words.figures.notAvailable],
      ],
    ),
    pdfHeading(words.sections.method, true),
    { ul: [...words.method, words.suppression.rule], style: 'body' },
    { text: words.cover.dataVersion, style: 'h3', margin: [0, 12, 0, 2] },
    { text: `${data.dataVersion} · ${data.generatedAt}`, style: 'note' },
    { ul: data.sources, style: 'note', margin: [0, 8, 0, 0] },
  ];
}

export function reportDocument(data: ReportData): TDocumentDefinitions {
  const words = REPORT_LABELS[data.locale];
  const format = formatter(data, words);
  const sections =
    data.template === 'journey_review'
      ? [keyFigures, projectsAndJourneys, surveys, activity, publics, map, carbonAndMethod]
      : [keyFigures, activity, publics, map, projectsAndJourneys, surveys, carbonAndMethod];
  return {
    info: { title: data.title, author: data.organisationName, creator: 'Tutti' },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: '#1f2937' },
    content: [
      ...cover(data, words),
      ...sections.flatMap((section) => section(data, words, format)),
    ],
    footer: (page, pages) =>
      page === 1
        ? []
        : {
            columns: [
              { text: `${data.organisationName} — ${data.title}`, style: 'footer' },
              {
                text: `${words.page} ${page} ${words.of} ${pages}`,
                style: 'footer',
                alignment: 'right',
              },
            ],
            margin: [40, 20, 40, 0],
          },
    styles: {
      overline: { fontSize: 11, color: '#6b7280' },
      title: { fontSize: 26, bold: true },
      subtitle: { fontSize: 14, color: BLUE },
      h2: { fontSize: 15, bold: true, color: '#1e3a8a', margin: [0, 14, 0, 6] },
      h3: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 4] },
      figure: { fontSize: 19, bold: true, color: '#1e3a8a' },
      figureLabel: { fontSize: 8.5, color: '#4b5563' },
      th: { bold: true, fontSize: 8.5, fillColor: '#f1f5f9' },
      td: { fontSize: 8.5 },
      note: { fontSize: 8, color: '#4b5563' },
      body: { fontSize: 9 },
      footer: { fontSize: 7.5, color: '#6b7280' },
    },
  };
}
