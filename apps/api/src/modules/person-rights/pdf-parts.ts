// What the PDFs of a person's rights share: dates in the reader's language, paragraphs, tables
// that say when they are empty, and one set of styles.
import type { Locale } from '@tutti/contracts';
import type { Block, PdfDefinition } from '../../platform/pdf';
import type { ExportLabels } from './export-labels';

export function formats(locale: Locale) {
  const tag = locale === 'en' ? 'en-GB' : locale;
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    /** A calendar date, `YYYY-MM-DD`. */
    date: (value: string | null) => (value ? day.format(new Date(`${value}T12:00:00Z`)) : '—'),
    /** An instant, shown as its date in `timeZone`. */
    instant: (value: string | null, timeZone = 'Europe/Paris') =>
      value
        ? new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone }).format(new Date(value))
        : '—',
    /** An instant with its time. */
    moment: (value: string, timeZone: string) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
        new Date(value),
      ),
  };
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text, after: 8 });

export function orNone(
  rows: (string | number)[][],
  table: () => Block,
  words: ExportLabels,
): Block {
  return rows.length > 0 ? table() : paragraph(words.none);
}

export function label<K extends string>(map: Record<K, string>, key: string): string {
  return (map as Record<string, string>)[key] ?? key;
}

export const PDF_STYLES: PdfDefinition['styles'] = {
  title: { size: 22, bold: true },
  subtitle: { size: 14, colour: '#1e3a8a' },
  h2: { size: 14, bold: true, colour: '#1e3a8a', before: 14, after: 6 },
  h3: { size: 11, bold: true, before: 8, after: 4 },
  th: { size: 9, bold: true },
  td: { size: 9 },
  body: { size: 10 },
  footer: { size: 8, colour: '#4b5563' },
};
