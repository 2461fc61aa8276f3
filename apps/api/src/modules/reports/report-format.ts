// How the PDF of a report writes figures: numbers in the reader's language, hidden counts as
// "< 5" or "masked", rates as percentages, p-values with three decimals or "< 0,001".
import type { PeopleFigure } from '@tutti/contracts';
import { pValueFloor } from '../../platform/tabular';
import type { ReportData } from './report-data';
import type { ReportLabels } from './report-labels';
import { figure } from './report-tables';

export type Format = (value: PeopleFigure | number | string | null | undefined) => string;

const tagOf = (locale: string) => (locale === 'en' ? 'en-GB' : locale);
// Roboto has no narrow no-break space (French thousands): the plain no-break space instead.
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

export function formatter(data: ReportData, words: ReportLabels): Format {
  const number = new Intl.NumberFormat(tagOf(data.locale), { maximumFractionDigits: 2 });
  const text = (n: number) => printable(number.format(n));
  return (value) => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'number') return text(value);
    const printed = figure(value as PeopleFigure, words);
    return typeof printed === 'number' ? text(printed) : (printed ?? String(value));
  };
}

/** A p-value as read in papers: three decimals, or "< 0,001" (never 0). */
export function formatP(value: PeopleFigure | null | undefined, format: Format, data: ReportData) {
  if (typeof value !== 'number') return format(value);
  if (value < 0.001) return pValueFloor(data.locale);
  return value.toLocaleString(tagOf(data.locale), {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
}

/** A rate (0–1) as a percentage. */
export function formatRate(
  value: PeopleFigure | null | undefined,
  format: Format,
  data: ReportData,
) {
  if (typeof value !== 'number') return format(value);
  return printable(
    new Intl.NumberFormat(tagOf(data.locale), {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(value),
  );
}
