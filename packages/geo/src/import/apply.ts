// Applies parsed official files to the commune data set, all lines or none.

import { type CommuneDataset, resolveCommune } from '../communes/dataset';
import type { Commune, LatLon } from '../types';
import type { CommuneCentreRecord } from './commune-centres';
import type { DensityRecord } from './density-grid';
import type { CulturalFacility } from './facilities';
import type { ImportIssue, ImportResult } from './result';

export type ApplyOutcome = {
  /** False when the import had errors: the data set is then returned unchanged. */
  ok: boolean;
  dataset: CommuneDataset;
  updated: number;
  /** Codes of the file that match no current commune (skipped, reported). */
  unknownCommunes: ImportIssue[];
};

function withCommunes(dataset: CommuneDataset, changed: Map<string, Commune>): CommuneDataset {
  const communes = dataset.communes.map((c) => changed.get(c.id) ?? c);
  return { ...dataset, communes, byId: new Map(communes.map((c) => [c.id, c])) };
}

function applyRecords<R extends { code: string }>(
  dataset: CommuneDataset,
  result: ImportResult<R>,
  update: (commune: Commune, record: R) => Commune,
): ApplyOutcome {
  if (!result.ok) return { ok: false, dataset, updated: 0, unknownCommunes: [] };
  const changed = new Map<string, Commune>();
  const unknownCommunes: ImportIssue[] = [];
  for (const record of result.records) {
    const commune = resolveCommune(dataset, record.code);
    if (!commune) {
      unknownCommunes.push({
        line: 0,
        code: 'unknownCommune',
        value: record.code,
        message: 'No such commune',
      });
      continue;
    }
    // A former commune's line must not overwrite its successor's own line.
    if (commune.id !== record.code && changed.has(commune.id)) continue;
    changed.set(commune.id, update(changed.get(commune.id) ?? commune, record));
  }
  const next = withCommunes(dataset, changed);
  return {
    ok: true,
    dataset: { ...next, sources: [...dataset.sources, result.source] },
    updated: changed.size,
    unknownCommunes,
  };
}

/**
 * Replaces GeoNames and approximate positions by the official centres of the file, and
 * fills area and density class where the file has them.
 *
 * @example applyCommuneCentres(dataset, parseCommuneCentres(text, { year: 2025 })).dataset
 */
export function applyCommuneCentres(
  dataset: CommuneDataset,
  result: ImportResult<CommuneCentreRecord>,
): ApplyOutcome {
  return applyRecords(dataset, result, (commune, record) => {
    // Only a commune's own line (not a former commune's) may move it.
    const own = commune.id === record.code;
    return {
      ...commune,
      ...(record.centre && record.centreKind && own
        ? {
            location: record.centre,
            coordinatesSource: 'imported',
            coordinatesMethod: record.centreKind,
          }
        : {}),
      areaKm2: own ? (record.areaKm2 ?? commune.areaKm2) : commune.areaKm2,
      densityClass: record.densityClass ?? commune.densityClass,
    };
  });
}

/**
 * Sets each commune's density class from the INSEE grid.
 *
 * @example applyDensityGrid(dataset, parseDensityGrid(text, { year: 2024 })).updated
 */
export function applyDensityGrid(
  dataset: CommuneDataset,
  result: ImportResult<DensityRecord>,
): ApplyOutcome {
  return applyRecords(dataset, result, (commune, record) => ({
    ...commune,
    densityClass:
      commune.id === record.code || !commune.densityClass
        ? record.densityClass
        : commune.densityClass,
  }));
}

export type PlacedFacility = CulturalFacility & {
  communeId: string | null;
  position: LatLon;
  /** `commune` when the file gave no position and the commune's own position is used. */
  positionSource: 'facility' | 'commune';
};

/**
 * Resolves each facility's commune (arrondissement and former codes included) and gives
 * facilities without coordinates their commune's position. Facilities with neither are
 * returned in `unplaced`.
 *
 * @example placeFacilities(dataset, parseFacilities(text, { year: 2024 }).records).placed
 */
export function placeFacilities(
  dataset: CommuneDataset,
  facilities: readonly CulturalFacility[],
): { placed: PlacedFacility[]; unplaced: CulturalFacility[] } {
  const placed: PlacedFacility[] = [];
  const unplaced: CulturalFacility[] = [];
  for (const facility of facilities) {
    const commune = facility.communeCode
      ? resolveCommune(dataset, facility.communeCode)
      : undefined;
    const position = facility.location ?? commune?.location;
    if (!position) {
      unplaced.push(facility);
      continue;
    }
    placed.push({
      ...facility,
      communeId: commune?.id ?? null,
      position,
      positionSource: facility.location ? 'facility' : 'commune',
    });
  }
  return { placed, unplaced };
}
