// Importer for the Ministry of Culture's base of cultural places and facilities (Basilic).

import type { DataSource, LatLon } from '../types';
import { readCsvTable } from './csv';
import { classifyFacility, type FacilityKind, LIVE_MUSIC_KINDS } from './facility-kind';
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

export type CulturalFacility = {
  id: string;
  name: string;
  /** INSEE code as published (may be an arrondissement or former code; resolve it). */
  communeCode: string | null;
  location: LatLon | null;
  typeLabel: string;
  domain: string | null;
  subdomain: string | null;
  labels: string[];
  kind: FacilityKind;
  hostsLiveMusic: boolean;
  /** Priority neighbourhood (QPV) id when the facility lies in one. */
  priorityNeighbourhoodId: string | null;
};

// Field names of the data.culture.gouv.fr export; headers are compared folded, so the
// capitalised names of the workbook edition (Nom, Type_equipement_ou_lieu...) match too.
const COLUMNS = {
  id: ['identifiant', 'identifiant_deps', 'id', 'identifiant_origine'],
  name: ['nom'],
  type: ['type_equipement_ou_lieu'],
  code: ['code_insee', 'code_insee_commune'],
  lat: ['latitude'],
  lon: ['longitude'],
  latLon: ['coordonnees_gps_lat_lon', 'coordonnees_gps', 'geolocalisation'],
  domain: ['domaine'],
  subdomain: ['sous_domaine', 'sous_domaines'],
  labels: ['label_et_appellation'],
  qpv: ['identifiant_qpv_24', 'identifiant_qpv'],
} as const;

const SOURCE: Omit<DataSource, 'year'> = {
  name: 'Base des lieux et équipements culturels (Basilic)',
  publisher: 'Ministère de la Culture (DEPS)',
  licence: 'Licence Ouverte 2.0',
};

function isHeader(fields: string[]): boolean {
  const keys = new Set(fields.map(headerKey));
  return keys.has('nom') && keys.has('type equipement ou lieu');
}

/**
 * Parses the Basilic CSV export (`base-des-lieux-et-des-equipements-culturels.csv`, `;`).
 * Each facility is classified (`kind`) and flagged when it is assumed to host live music.
 * Facilities without coordinates are kept with a warning: the caller places them at their
 * commune's position (see `placeFacilities`).
 *
 * @example parseFacilities(text, { year: 2024 }).records.filter((f) => f.hostsLiveMusic)
 */
export function parseFacilities(
  text: string,
  options: ImportOptions = {},
): ImportResult<CulturalFacility> {
  const table = readCsvTable(text, isHeader);
  const year = yearFrom(options);
  const source: DataSource = { ...SOURCE, year: year ?? 0, fileName: options.fileName };
  const layout = 'basilic';
  if (!table)
    return fileError('unknownLayout', 'No nom / type_equipement_ou_lieu header', source, layout);
  if (!year)
    return fileError('missingYear', 'Data year not given nor in file name', source, layout);
  const col = mapColumns(table.header, COLUMNS);
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const records: CulturalFacility[] = [];
  for (const { line, fields } of table.rows) {
    const name = field(fields, col.name);
    if (!name) {
      errors.push(issue(line, 'missingName', 'nom', undefined, 'Facility without a name'));
      continue;
    }
    const rawCode = field(fields, col.code);
    // Some lines list several codes ("75101, 75102"): the first one locates the facility.
    const communeCode = normalizeCommuneCode(rawCode?.split(/[,;|]/)[0]);
    if (rawCode && !communeCode) {
      errors.push(issue(line, 'invalidCommuneCode', 'code_insee', rawCode, 'Not an INSEE code'));
      continue;
    }
    const pair = field(fields, col.latLon)?.split(',');
    const lat = parseDecimal(field(fields, col.lat) ?? pair?.[0]);
    const lon = parseDecimal(field(fields, col.lon) ?? pair?.[1]);
    const location = toLatLon(lat, lon);
    if ((lat !== undefined || lon !== undefined) && !location) {
      errors.push(issue(line, 'invalidCoordinates', 'latitude', `${lat},${lon}`, 'Bad position'));
      continue;
    }
    if (!location) warnings.push(issue(line, 'noCoordinates', 'latitude', name, 'No position'));
    const typeLabel = field(fields, col.type) ?? '';
    const domain = field(fields, col.domain) ?? null;
    const subdomain = field(fields, col.subdomain) ?? null;
    const labels = (field(fields, col.labels) ?? '').split(/\s*[;|]\s*/).filter(Boolean);
    const kind = classifyFacility({ type: typeLabel, domain, subdomain, labels, name });
    records.push({
      id: field(fields, col.id) ?? `line-${line}`,
      name,
      communeCode,
      location,
      typeLabel,
      domain,
      subdomain,
      labels,
      kind,
      hostsLiveMusic: LIVE_MUSIC_KINDS.includes(kind),
      priorityNeighbourhoodId: field(fields, col.qpv) ?? null,
    });
  }
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
