// The ranked list as CSV for spreadsheets: UTF-8 with BOM, `;` separators, the reader's language
// and decimal mark, the score's components and formula, and the approximate-position flag.
import type { AccessReport, Locale, RankedCommune } from '@tutti/contracts';
import { de, en, fr, type TranslationKey } from '@tutti/geo';
import { csvTexts } from './access-csv.i18n';

const messages = { fr, en, de } as const;
const BOM = '\uFEFF';

function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function decimal(locale: Locale) {
  const comma = locale !== 'en';
  return (value: number | null, digits = 1) => {
    if (value === null) return '';
    const text = String(Math.round(value * 10 ** digits) / 10 ** digits);
    return comma ? text.replace('.', ',') : text;
  };
}

/** A reason in words, i18next-style `{{param}}` interpolation with the locale's decimal mark. */
export function reasonText(
  locale: Locale,
  reason: { key: string; params: Record<string, number> },
): string {
  const template = messages[locale][reason.key as TranslationKey] ?? reason.key;
  const format = decimal(locale);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = reason.params[name];
    return value === undefined ? '' : format(value, 1);
  });
}

function row(locale: Locale, c: RankedCommune): string[] {
  const t = csvTexts[locale];
  const d = decimal(locale);
  const flag = (value: boolean) => (value ? t.yes : t.no);
  const nearest = c.nearestLiveMusic
    ? `${c.nearestLiveMusic.name} (${c.nearestLiveMusic.kind === 'facility' ? t.facility : t.venue})`
    : '';
  return [
    String(c.rank),
    c.communeId,
    c.name,
    c.departmentCode ?? '',
    String(c.population),
    d(c.score),
    d(c.points.distance, 2),
    d(c.points.activities, 2),
    d(c.points.rurality, 2),
    d(c.points.priority, 2),
    d(c.distanceToLiveMusicKm),
    c.carMinutes === null ? '' : String(c.carMinutes),
    nearest,
    String(c.activities),
    d(c.activitiesPer1000, 2),
    c.densityClass === null ? '' : String(c.densityClass),
    flag(c.priorityArea),
    flag(c.approximateLocation),
    t.coordinatesSource[c.coordinatesSource],
    c.reasons.map((r) => reasonText(locale, r)).join(' | '),
  ];
}

/**
 * The whole file: header, one line per commune in rank order, a blank line, then notes (area,
 * period, score formula, definitions, sources).
 *
 * @example accessCsv(report, 'fr', ['INSEE 2025']).startsWith('\uFEFFRang;') // true
 */
export function accessCsv(report: AccessReport, locale: Locale, sources: string[]): string {
  const t = csvTexts[locale];
  const lines = [t.columns, ...report.items.map((c) => row(locale, c))].map((fields) =>
    fields.map(cell).join(';'),
  );
  const notes = t.notes({
    area: report.area?.name ?? '—',
    from: report.periodStart,
    to: report.asOf,
    sources: sources.join(' ; '),
  });
  return `${BOM}${[...lines, '', ...notes.map(cell)].join('\r\n')}\r\n`;
}

/** `territoires-lozere-48-2025-06-30.csv`: ASCII, for every browser and file system. */
export function accessCsvFileName(report: AccessReport): string {
  const area = (report.area?.name ?? 'zone')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `territoires-${area || 'zone'}-${report.asOf}.csv`;
}
