// Imports official territorial files into the database: parse with @tutti/geo, report line by
// line, then apply every file or none in one transaction, recording source, year and counts.
// An operator command (`npm run territories:import`): it runs as the owner, with no actor.
import { randomUUID } from 'node:crypto';
import type { ReferenceImportKind } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import {
  applyCommuneCentres,
  applyDensityGrid,
  buildOverlay,
  type CommuneDataset,
  coverageStats,
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
import { builtInDataset, communeReference } from './reference-data';
import { type KindRows, replaceKind } from './reference-import.repository';

export type ImportFile = { text: string; fileName: string; year?: number | undefined };
export type ImportFiles = Partial<Record<ReferenceImportKind, ImportFile>>;

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

export type ImportRun = {
  /** True when every file parsed without error and everything was applied. */
  ok: boolean;
  batchId: string | null;
  files: FileReport[];
  /** Share of French communes with an approximate position, before and after the run. */
  approximateShare: { before: number; after: number };
};

const ORDER: ReferenceImportKind[] = [
  'commune-centres',
  'density-grid',
  'cultural-facilities',
  'priority-areas',
];

const frenchApproximateShare = (dataset: CommuneDataset) =>
  coverageStats(dataset).find((s) => s.country === 'FR')?.approximateShare ?? 0;

const optionsOf = (file: ImportFile): ImportOptions => ({
  fileName: file.fileName,
  year: file.year,
});

/**
 * Parses the given files, and applies them all in one transaction only if none has an error.
 * Each kind's previous rows are replaced; the running servers notice the new import and rebuild
 * their data set.
 *
 * @example await importReferenceFiles({ database, files: { 'density-grid': { text, fileName: 'grille_densite_7_niveaux_2024.csv' } } })
 */
export async function importReferenceFiles({
  database,
  files,
}: {
  database: TuttiDatabase;
  files: ImportFiles;
}): Promise<ImportRun> {
  const current = (await communeReference(database)).dataset;
  const base = builtInDataset();
  const reports: FileReport[] = [];
  const writes: KindRows[] = [];
  // Facilities without coordinates take their commune's position: the newest one known.
  let placement = current;
  for (const kind of ORDER) {
    const file = files[kind];
    if (!file) continue;
    const prepared = prepare(kind, file, base, placement);
    reports.push(prepared.report);
    if (prepared.write) writes.push(prepared.write);
    if (prepared.placement) placement = prepared.placement;
  }
  const before = frenchApproximateShare(current);
  if (reports.some((r) => !r.result.ok)) {
    return {
      ok: false,
      batchId: null,
      files: reports,
      approximateShare: { before, after: before },
    };
  }
  const batchId = randomUUID();
  await database.db.transaction(async (tx) => {
    for (const [i, write] of writes.entries()) {
      const { result, unknownCodes, applied } = reports[i]!;
      const s = result.source;
      await replaceKind(
        tx,
        {
          batchId,
          kind: write.kind,
          sourceName: s.name,
          publisher: s.publisher,
          licence: s.licence,
          year: s.year,
          fileName: s.fileName ?? null,
          layout: result.layout,
          linesRead: result.linesRead,
          records: result.records.length,
          applied,
          unknownCommunes: unknownCodes.length,
          warnings: result.warnings.length,
        },
        write,
      );
    }
  });
  const after = frenchApproximateShare((await communeReference(database)).dataset);
  return { ok: true, batchId, files: reports, approximateShare: { before, after } };
}

type Prepared = { report: FileReport; write?: KindRows; placement?: CommuneDataset };

function prepare(
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

const codesOf = (issues: ImportIssue[]) => issues.map((i) => i.value ?? '');
