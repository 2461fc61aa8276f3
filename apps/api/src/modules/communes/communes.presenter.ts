// Shapes communes of the reference data set for the API.
import type { Commune, CommuneMatch, ReferenceImport } from '@tutti/contracts';
import type {
  CommuneDataset,
  Commune as GeoCommune,
  CommuneMatch as GeoCommuneMatch,
} from '@tutti/geo';
import type { ReferenceImportRow } from './reference.repository';

export function presentCommune(dataset: CommuneDataset, commune: GeoCommune): Commune {
  const french = commune.country === 'FR';
  return {
    id: commune.id,
    country: commune.country,
    name: commune.name,
    departmentCode: commune.departmentCode,
    departmentName: french
      ? (dataset.departments.get(commune.departmentCode ?? '')?.name ?? null)
      : null,
    regionCode: commune.regionCode,
    epciCode: commune.epciCode,
    postalCodes: commune.postalCodes,
    population: commune.population,
    latitude: commune.location.lat,
    longitude: commune.location.lon,
    coordinatesSource: commune.coordinatesSource,
    coordinatesMethod: commune.coordinatesMethod,
    approximate: commune.coordinatesSource === 'approximate',
    areaKm2: commune.areaKm2,
    densityClass: commune.densityClass,
  };
}

export function presentMatch(dataset: CommuneDataset, match: GeoCommuneMatch): CommuneMatch {
  return {
    ...presentCommune(dataset, match.commune),
    matchedName: match.matchedName,
    match: match.match,
  };
}

/** An applied official file; dated when it became the current one of its kind. */
export function presentImport(row: ReferenceImportRow): ReferenceImport {
  return {
    kind: row.kind,
    sourceName: row.sourceName,
    publisher: row.publisher,
    licence: row.licence,
    year: row.year,
    fileName: row.fileName,
    linesRead: row.linesRead,
    records: row.records,
    applied: row.applied,
    unknownCommunes: row.unknownCommunes,
    importedAt: (row.appliedAt ?? row.importedAt).toISOString(),
  };
}
