// The ranked list as CSV for spreadsheets in the reader's language and decimal mark: the score's
// components and formula, and the approximate-position flag.
import type { AccessReport, Locale, RankedCommune } from '@tutti/contracts';
import { de, en, fr, type TranslationKey } from '@tutti/geo';
import { type CsvCell, writeCsv } from '@tutti/kit/csv';
import { fileSlug } from '@tutti/kit/text';
import { csvTexts } from './access-csv.i18n';

const messages = { fr, en, de } as const;

function rounded(value: number | null, digits = 1): number | null {
  return value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
}

/** A reason in words, i18next-style `{{param}}` interpolation with the locale's decimal mark. */
export function reasonText(
  locale: Locale,
  reason: { key: string; params: Record<string, number> },
): string {
  const template = messages[locale][reason.key as TranslationKey] ?? reason.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = rounded(reason.params[name] ?? null);
    if (value === null) return '';
    return locale === 'en' ? String(value) : String(value).replace('.', ',');
  });
}

function row(locale: Locale, c: RankedCommune): CsvCell[] {
  const t = csvTexts[locale];
  const flag = (value: boolean | null) => (value === null ? t.unknown : value ? t.yes : t.no);
  const nearest = c.nearestLiveMusic
    ? `${c.nearestLiveMusic.name} (${c.nearestLiveMusic.kind === 'facility' ? t.facility : t.venue})`
    : '';
  return [
    c.rank,
    c.communeId,
    c.name,
    c.departmentCode ?? '',
    c.population,
    rounded(c.score),
    rounded(c.points.distance, 2),
    rounded(c.points.activities, 2),
    rounded(c.points.rurality, 2),
    rounded(c.points.priority, 2),
    rounded(c.possiblePoints, 2),
    c.unknown.map((d) => t.dimensions[d]).join(', '),
    rounded(c.distanceToLiveMusicKm),
    c.carMinutes,
    nearest,
    c.activities,
    rounded(c.activitiesPer1000, 2),
    c.densityClass,
    flag(c.priorityArea),
    flag(c.approximateLocation),
    t.coordinatesSource[c.coordinatesSource],
    c.reasons.map((r) => reasonText(locale, r)).join(' | '),
  ];
}

/** What the scores rest on, in words: the missing components, distance from own places, ties. */
function dataNotes(report: AccessReport, locale: Locale): string[] {
  const t = csvTexts[locale];
  const d = report.dimensions;
  const missing = (['distance', 'rurality', 'priority'] as const).filter(
    (k) => d[k].status !== 'present' && !(k === 'distance' && d.distance.knownCommunes > 0),
  );
  const notes: string[] = [];
  if (missing.length > 0) notes.push(t.missing(missing.map((k) => t.dimensions[k]).join(', ')));
  if (d.distance.status === 'partial' && d.distance.facilities === 0) {
    notes.push(t.ownPlacesOnly(d.distance.ownPlaces));
  }
  if (report.summary.communes > 1 && report.summary.distinctScores === 1) notes.push(t.allEqual);
  return notes;
}

/**
 * The whole file (see `writeCsv`): header, one line per commune in rank order, a blank line,
 * then notes (area, period, what data is missing, score formula, definitions, sources).
 *
 * @example accessCsv(report, 'fr', ['INSEE 2025']).startsWith('\uFEFFRang;') // true
 */
export function accessCsv(report: AccessReport, locale: Locale, sources: string[]): string {
  const t = csvTexts[locale];
  const [areaNote, ...otherNotes] = t.notes({
    area: report.area?.name ?? '—',
    from: report.periodStart,
    to: report.asOf,
    sources: sources.join(' ; '),
  });
  const notes = [areaNote!, ...dataNotes(report, locale), ...otherNotes];
  return writeCsv(
    [t.columns, ...report.items.map((c) => row(locale, c)), [], ...notes.map((note) => [note])],
    { decimalMark: locale === 'en' ? '.' : ',' },
  );
}

/** `territoires-lozere-48-2025-06-30.csv`: ASCII, for every browser and file system. */
export function accessCsvFileName(report: AccessReport): string {
  return `territoires-${fileSlug(report.area?.name ?? '', 'zone')}-${report.asOf}.csv`;
}
