// Importer for official commune centre files (data.gouv "communes-france", La Poste postal codes).

import type { DataSource, DensityClass, LatLon } from '../types';
import { readCsvTable } from './csv';
import {
  field,
  headerKey,
  issue,
  mapColumns,
  normalizeCommuneCode,
  parseDecimal,
  toLatLon,
} from './fields';
import {
  fileError,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  yearFrom,
} from './result';

export type CommuneCentreRecord = {
  code: string;
  name: string | null;
  centre: LatLon | null;
  centreKind: 'official-centre' | 'official-town-hall' | null;
  areaKm2: number | null;
  population: number | null;
  densityClass: DensityClass | null;
  postalCodes: string[];
};

const COMMUNES_FRANCE = {
  code: ['code_insee'],
  kind: ['typecom'],
  name: ['nom_standard'],
  postal: ['codes_postaux', 'code_postal'],
  population: ['population'],
  areaKm2: ['superficie_km2'],
  areaHa: ['superficie_hectare'],
  centreLat: ['latitude_centre'],
  centreLon: ['longitude_centre'],
  hallLat: ['latitude_mairie'],
  hallLon: ['longitude_mairie'],
  density: ['grille_densite'],
} as const;

const LAPOSTE = {
  code: ['code_commune_insee'],
  name: ['nom_commune', 'nom_de_la_commune'],
  postal: ['code_postal'],
  line5: ['ligne_5'],
  gps: ['coordonnees_gps', 'coordonnees_geographiques'],
  lat: ['latitude'],
  lon: ['longitude'],
} as const;

type Layout = 'communes-france' | 'laposte-hexasmal';

function layoutOf(header: readonly string[]): Layout | null {
  const keys = new Set(header.map(headerKey));
  if (keys.has('code insee') && keys.has('latitude centre')) return 'communes-france';
  if (keys.has('code commune insee') && keys.has('code postal')) return 'laposte-hexasmal';
  return null;
}

const SOURCES: Record<Layout, Omit<DataSource, 'year'>> = {
  'communes-france': {
    name: 'Communes et villes de France (communes-france)',
    publisher: 'data.gouv.fr (IGN ADMIN EXPRESS, INSEE)',
    licence: 'Licence Ouverte 2.0',
  },
  'laposte-hexasmal': {
    name: 'Base officielle des codes postaux (laposte_hexasmal)',
    publisher: 'La Poste',
    licence: 'as published with the file (ODbL for older editions)',
  },
};

/**
 * Parses a commune centre file in one of its published layouts, detected from the header:
 * data.gouv "communes-france-<year>.csv" (centre, town hall, area, density grid) or La Poste
 * "laposte_hexasmal.csv" (one line per postal code, GPS position). UTF-8 text with or
 * without BOM; Windows-1252 files must be decoded by the caller first.
 *
 * @example parseCommuneCentres(text, { fileName: 'communes-france-2025.csv' }).records[0]?.centre
 */
export function parseCommuneCentres(
  text: string,
  options: ImportOptions = {},
): ImportResult<CommuneCentreRecord> {
  const table = readCsvTable(text, (fields) => layoutOf(fields) !== null);
  const year = yearFrom(options);
  const layout = table ? layoutOf(table.header) : null;
  const base = SOURCES[layout ?? 'communes-france'];
  const source: DataSource = { ...base, year: year ?? 0, fileName: options.fileName };
  if (!table || !layout) {
    return fileError('unknownLayout', 'Header matches no commune centre layout', source, 'unknown');
  }
  if (!year)
    return fileError('missingYear', 'Data year not given nor in file name', source, layout);
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const records =
    layout === 'communes-france'
      ? readCommunesFrance(table.header, table.rows, errors, warnings)
      : readLaPoste(table.header, table.rows, errors, warnings);
  return {
    ok: errors.length === 0,
    records,
    errors,
    warnings,
    source,
    layout,
    linesRead: table.rows.length,
  };
}

type Row = { line: number; fields: string[] };

function readCommunesFrance(
  header: string[],
  rows: Row[],
  errors: ImportIssue[],
  warnings: ImportIssue[],
): CommuneCentreRecord[] {
  const col = mapColumns(header, COMMUNES_FRANCE);
  const records: CommuneCentreRecord[] = [];
  for (const { line, fields } of rows) {
    const rawCode = field(fields, col.code);
    const code = normalizeCommuneCode(rawCode);
    if (!code) {
      errors.push(issue(line, 'invalidCommuneCode', 'code_insee', rawCode, 'Not an INSEE code'));
      continue;
    }
    const kind = field(fields, col.kind);
    // Municipal arrondissements are folded into Paris, Lyon and Marseille.
    if (kind && kind !== 'COM') continue;
    const numbers = {
      population: parseDecimal(field(fields, col.population)),
      areaKm2: parseDecimal(field(fields, col.areaKm2)),
      areaHa: parseDecimal(field(fields, col.areaHa)),
      density: parseDecimal(field(fields, col.density)),
      centreLat: parseDecimal(field(fields, col.centreLat)),
      centreLon: parseDecimal(field(fields, col.centreLon)),
      hallLat: parseDecimal(field(fields, col.hallLat)),
      hallLon: parseDecimal(field(fields, col.hallLon)),
    };
    const bad = Object.entries(numbers).find(([, v]) => v !== undefined && Number.isNaN(v));
    if (bad) {
      errors.push(issue(line, 'invalidNumber', bad[0], undefined, `${bad[0]} is not a number`));
      continue;
    }
    const density = numbers.density;
    if (density !== undefined && !(Number.isInteger(density) && density >= 1 && density <= 7)) {
      errors.push(issue(line, 'invalidDensityClass', 'grille_densite', String(density), '1 to 7'));
      continue;
    }
    const centre = toLatLon(numbers.centreLat, numbers.centreLon);
    const hall = toLatLon(numbers.hallLat, numbers.hallLon);
    if (!centre && !hall) warnings.push(issue(line, 'noCoordinates', 'latitude_centre', code, ''));
    const areaKm2 = numbers.areaKm2 ?? (numbers.areaHa !== undefined ? numbers.areaHa / 100 : null);
    records.push({
      code,
      name: field(fields, col.name) ?? null,
      centre: centre ?? hall,
      centreKind: centre ? 'official-centre' : hall ? 'official-town-hall' : null,
      areaKm2,
      population: numbers.population ?? null,
      densityClass: (density as DensityClass | undefined) ?? null,
      postalCodes: (field(fields, col.postal) ?? '').match(/\d{5}/g) ?? [],
    });
  }
  return records;
}

function readLaPoste(
  header: string[],
  rows: Row[],
  errors: ImportIssue[],
  warnings: ImportIssue[],
): CommuneCentreRecord[] {
  const col = mapColumns(header, LAPOSTE);
  const byCode = new Map<string, CommuneCentreRecord & { fromLine5: boolean }>();
  for (const { line, fields } of rows) {
    const rawCode = field(fields, col.code);
    const code = normalizeCommuneCode(rawCode);
    if (!code) {
      errors.push(
        issue(line, 'invalidCommuneCode', 'Code_commune_INSEE', rawCode, 'Not an INSEE code'),
      );
      continue;
    }
    const gps = field(fields, col.gps)?.split(',');
    const lat = parseDecimal(gps ? gps[0] : field(fields, col.lat));
    const lon = parseDecimal(gps ? gps[1] : field(fields, col.lon));
    if ((lat !== undefined && Number.isNaN(lat)) || (lon !== undefined && Number.isNaN(lon))) {
      errors.push(issue(line, 'invalidCoordinates', 'coordonnees_gps', undefined, 'Bad position'));
      continue;
    }
    const position = toLatLon(lat, lon);
    // A Ligne_5 names a hamlet or former commune: its position is not the commune's own.
    const fromLine5 = field(fields, col.line5) !== undefined;
    const postal = field(fields, col.postal);
    const record = byCode.get(code);
    if (!record) {
      byCode.set(code, {
        code,
        name: field(fields, col.name) ?? null,
        centre: position,
        centreKind: position ? 'official-centre' : null,
        areaKm2: null,
        population: null,
        densityClass: null,
        postalCodes: postal ? [postal] : [],
        fromLine5,
      });
      continue;
    }
    if (postal && !record.postalCodes.includes(postal)) record.postalCodes.push(postal);
    if (position && (!record.centre || (record.fromLine5 && !fromLine5))) {
      record.centre = position;
      record.centreKind = 'official-centre';
      record.fromLine5 = fromLine5;
    }
  }
  const records = [...byCode.values()].map(({ fromLine5: _, ...record }) => record);
  for (const r of records)
    if (!r.centre) warnings.push(issue(0, 'noCoordinates', 'coordonnees_gps', r.code, ''));
  return records;
}
