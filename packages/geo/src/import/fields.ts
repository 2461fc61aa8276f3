// Column lookup by normalised header name, and field parsers that report bad values.

import { normalizeName } from '../text/normalize';
import type { LatLon } from '../types';
import type { ImportIssue } from './result';

/**
 * Header names compared without case, accents or punctuation, so that
 * `Type_equipement_ou_lieu`, `type_equipement_ou_lieu` and `Type équipement ou lieu` agree.
 *
 * @example headerKey('Libellé_d_acheminement') // "libelle d acheminement"
 */
export function headerKey(name: string): string {
  return normalizeName(name);
}

export type ColumnMap<K extends string> = Record<K, number | undefined>;

/**
 * Positions of the logical columns, each known under several published names.
 *
 * @example mapColumns(['CODGEO', 'DENS'], { code: ['codgeo'], level: ['dens'] }) // { code: 0, level: 1 }
 */
export function mapColumns<K extends string>(
  header: readonly string[],
  aliases: Record<K, readonly string[]>,
): ColumnMap<K> {
  const keys = header.map(headerKey);
  const map = {} as ColumnMap<K>;
  for (const name of Object.keys(aliases) as K[]) {
    // Aliases are in order of preference ("codes_postaux" before "code_postal").
    const index = aliases[name].map((a) => keys.indexOf(headerKey(a))).find((i) => i !== -1);
    map[name] = index;
  }
  return map;
}

/** Reads a field; empty strings become undefined. */
export function field(fields: readonly string[], index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const value = fields[index]?.trim();
  return value === '' ? undefined : value;
}

/**
 * Parses a decimal written with `.` or `,` (French spreadsheets), with spaces as thousands
 * separators. Returns undefined for empty input and NaN for garbage.
 *
 * @example parseDecimal('1 234,5') // 1234.5
 */
export function parseDecimal(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

/**
 * Validates a WGS84 position; France overseas included, so the whole globe is accepted.
 *
 * @example toLatLon(45.43, 4.39) // { lat: 45.43, lon: 4.39 }
 */
export function toLatLon(lat: number | undefined, lon: number | undefined): LatLon | null {
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon))
    return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null;
  return { lat, lon };
}

// Five digits, or Corsica's 2A/2B followed by three digits.
const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/**
 * Normalises an INSEE commune code: pads 4-digit codes that lost their leading zero in a
 * spreadsheet, upper-cases Corsican 2a/2b. Returns null when it is not a code.
 *
 * @example normalizeCommuneCode('1001') // "01001"
 */
export function normalizeCommuneCode(value: string | undefined): string | null {
  if (!value) return null;
  const code = value.trim().toUpperCase();
  const padded = /^\d{4}$/.test(code) ? `0${code}` : code;
  return COMMUNE_CODE.test(padded) ? padded : null;
}

/** An issue pinned to a line and column. */
export function issue(
  line: number,
  code: ImportIssue['code'],
  column: string,
  value: string | undefined,
  message: string,
): ImportIssue {
  return value === undefined
    ? { line, code, column, message }
    : { line, code, column, value, message };
}
