// The report's later sections: projects and journeys, before/after surveys, carbon and method.
import { type Block, pdfHeading, pdfTable } from '../../platform/pdf';
import { barChart, describeBars } from './report-charts';
import type { ReportData } from './report-data';
import { type Format, formatP, formatRate } from './report-format';
import type { ReportLabels } from './report-labels';

const BLUE = '#2563eb';
const GREY = '#94a3b8';
const CONTENT_WIDTH = 515;

export function projectsAndJourneys(
  data: ReportData,
  words: ReportLabels,
  format: Format,
): Block[] {
  const c = words.columns;
  const parts: Block[] = [];
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
          formatRate(j.rate, format, data),
        ]),
      ),
    );
  }
  return parts;
}

export function surveys(data: ReportData, words: ReportLabels, format: Format): Block[] {
  if (data.surveys.length === 0) return [];
  const c = words.columns;
  const parts: Block[] = [pdfHeading(words.sections.surveys, true)];
  for (const result of data.surveys) {
    const scales = result.questions.filter((q) => q.question.kind === 'scale');
    const last = result.survey.beforeAfter ? 'after' : 'single';
    parts.push(
      { kind: 'heading', level: 3, text: result.survey.title },
      {
        kind: 'paragraph',
        text: `${words.phases.before} ${format(result.respondents.before)} · ${words.phases.after} ${format(result.respondents.after)} · ${c.pairs} ${format(result.respondents.paired)} — ${words.test}`,
        style: 'note',
      },
    );
    if (scales.length > 0 && result.survey.beforeAfter) {
      const mean = (q: (typeof scales)[number], phase: 'before' | 'after') => {
        const value = q.phases.find((p) => p.phase === phase)?.stats.mean;
        return typeof value === 'number' ? value : null;
      };
      const groups = scales.map((q, i) => ({
        label: `Q${i + 1}`,
        values: [mean(q, 'before'), mean(q, 'after')],
        hiddenLabel: words.suppression.masked,
      }));
      const series = [
        { name: words.phases.before, colour: GREY },
        { name: words.phases.after, colour: BLUE },
      ];
      parts.push({
        kind: 'figure',
        drawing: barChart({ groups, series, width: CONTENT_WIDTH, height: 150, max: 5, format }),
        alt: describeBars(words.alt.means, groups, series, format, words.alt),
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
        scales.map((q, i) => {
          const stats = (phase: string) => q.phases.find((p) => p.phase === phase)?.stats;
          return [
            `Q${i + 1}. ${q.question.label}`,
            format(stats(last)?.answers),
            format(stats('before')?.mean ?? null),
            format(stats(last)?.mean ?? null),
            format(q.paired?.meanDifference ?? null),
            format(q.paired?.z ?? null),
            formatP(q.paired?.pValue ?? null, format, data),
          ];
        }),
      ),
    );
  }
  return parts;
}

export function carbonAndMethod(data: ReportData, words: ReportLabels, format: Format): Block[] {
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
    { kind: 'list', items: [...words.method, words.suppression.rule], style: 'body' },
    { kind: 'heading', level: 3, text: words.cover.dataVersion },
    { kind: 'paragraph', text: `${data.dataVersion} · ${data.generatedAt}`, style: 'note' },
    { kind: 'list', items: data.sources, style: 'note', before: 8 },
  ];
}
