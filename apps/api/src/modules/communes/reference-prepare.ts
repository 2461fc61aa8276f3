// One official file read into the rows its table takes, with a line-by-line report: what the
// command line and the web app's import job share (the latter runs it in a worker thread).
import type { ReferenceImportKind } from '@tutti/contracts';
import {
  applyCommuneCentres,
  applyDensityGrid,
  buildOverlay,
  type CommuneDataset,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  parseCommuneCentres,
  parseDensityGrid,
  parseFacilities,
  parsePriorityAreas,
  placeFacilities,
  resolveCommune,
} from '@tutti/geo';
import type { KindRows } from './reference-import.repository';

export type ImportFile = { text: string; fileName: string; year?: number | undefined };

export type FileReport = {
  kind: ReferenceImportKind;
  result: ImportResult<unknown>;
  /** Codes of the file that match no current commune: skipped and reported. */
  unknownCodes: string[];
  /** Communes updated, facilities placed, priority areas kept. */
  applied: number;
  /** Facilities that have neither coordinates nor a known commune. */
  unplaced: number;
};

export type Prepared = { report: FileReport; write?: KindRows; placement?: CommuneDataset };

/** UTF-8 with or without BOM; a file a spreadsheet saved in Windows-1252 is detected and decoded. */
export function decodeReferenceText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

const optionsOf = (file: ImportFile): ImportOptions => ({
  fileName: file.fileName,
  year: file.year,
});

const codesOf = (issues: ImportIssue[]) => issues.map((i) => i.value ?? '');

/**
 * Parses one file of `kind` and prepares its rows: `base` is the shipped data set (what centres
 * and densities are compared with), `placement` the current one (where facilities without
 * coordinates are placed, where priority areas' codes are resolved). No rows when it has errors.
 *
 * @example prepareReferenceFile('density-grid', { text, fileName: 'grille_densite_7_niveaux_2024.csv' }, base, base).write?.rows.length
 */
export function prepareReferenceFile(
  kind: ReferenceImportKind,
  file: ImportFile,
  base: CommuneDataset,
  placement: CommuneDataset,
): Prepared {
  const report = (result: ImportResult<unknown>, extra: Partial<FileReport> = {}): FileReport => ({
    kind,
    result,
    unknownCodes: [],
    applied: 0,
    unplaced: 0,
    ...extra,
  });
  switch (kind) {
    case 'commune-centres': {
      const result = parseCommuneCentres(file.text, optionsOf(file));
      if (!result.ok) return { report: report(result) };
      const outcome = applyCommuneCentres(base, result);
      const changed = buildOverlay(base, outcome.dataset, []).communes;
      const rows = changed.map((c) => {
        const official = c.coordinatesSource === 'imported';
        return {
          communeId: c.id,
          latitude: official ? c.location.lat : null,
          longitude: official ? c.location.lon : null,
          coordinatesMethod:
            official &&
            (c.coordinatesMethod === 'official-centre' ||
              c.coordinatesMethod === 'official-town-hall')
              ? c.coordinatesMethod
              : null,
          areaKm2: c.areaKm2,
          densityClass: c.densityClass,
        };
      });
      return {
        report: report(result, {
          applied: outcome.updated,
          unknownCodes: codesOf(outcome.unknownCommunes),
        }),
        write: { kind, rows },
        placement: applyCommuneCentres(placement, result).dataset,
      };
    }
    case 'density-grid': {
      const result = parseDensityGrid(file.text, optionsOf(file));
      if (!result.ok) return { report: report(result) };
      const outcome = applyDensityGrid(base, result);
      const rows = buildOverlay(base, outcome.dataset, []).communes.flatMap((c) =>
        c.densityClass ? [{ communeId: c.id, densityClass: c.densityClass }] : [],
      );
      return {
        report: report(result, {
          applied: outcome.updated,
          unknownCodes: codesOf(outcome.unknownCommunes),
        }),
        write: { kind, rows },
      };
    }
    case 'cultural-facilities': {
      const result = parseFacilities(file.text, optionsOf(file));
      if (!result.ok) return { report: report(result) };
      const { placed, unplaced } = placeFacilities(placement, result.records);
      const unknownCodes = placed.flatMap((f) =>
        f.communeCode && !f.communeId ? [f.communeCode] : [],
      );
      const rows = placed.map((f) => ({
        sourceId: f.id,
        name: f.name,
        typeLabel: f.typeLabel,
        kind: f.kind,
        hostsLiveMusic: f.hostsLiveMusic,
        communeId: f.communeId,
        latitude: f.position.lat,
        longitude: f.position.lon,
        positionSource: f.positionSource,
        domain: f.domain,
        subdomain: f.subdomain,
        labels: f.labels,
        priorityNeighbourhoodId: f.priorityNeighbourhoodId,
      }));
      return {
        report: report(result, { applied: placed.length, unplaced: unplaced.length, unknownCodes }),
        write: { kind, rows },
      };
    }
    case 'priority-areas': {
      const result = parsePriorityAreas(file.text, optionsOf(file));
      if (!result.ok) return { report: report(result) };
      const unknownCodes: string[] = [];
      const rows = result.records.map((area) => {
        const ids = area.communeCodes.flatMap((code) => {
          const commune = resolveCommune(placement, code);
          if (!commune) unknownCodes.push(code);
          return commune ? [commune.id] : [];
        });
        return { ...area, communeIds: [...new Set(ids)] };
      });
      return {
        report: report(result, {
          applied: rows.filter((r) => r.communeIds.length > 0).length,
          unknownCodes,
        }),
        write: { kind, rows },
      };
    }
  }
}
