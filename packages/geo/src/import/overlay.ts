// A saved import: the commune fields official files changed, replayable on a fresh data set.

import type { CommuneDataset } from '../communes/dataset';
import type { Commune, DataSource } from '../types';
import type { PlacedFacility } from './apply';

type OverlayFields = Pick<
  Commune,
  'id' | 'location' | 'coordinatesSource' | 'coordinatesMethod' | 'areaKm2' | 'densityClass'
>;

export type ImportOverlay = {
  version: 1;
  sources: DataSource[];
  communes: OverlayFields[];
  facilities: PlacedFacility[];
};

/**
 * The fields that differ between a data set and the same data set after imports.
 *
 * @example buildOverlay(before, after, placed)
 */
export function buildOverlay(
  before: CommuneDataset,
  after: CommuneDataset,
  facilities: PlacedFacility[],
): ImportOverlay {
  const communes: OverlayFields[] = [];
  for (const c of after.communes) {
    if (before.byId.get(c.id) === c) continue;
    const { id, location, coordinatesSource, coordinatesMethod, areaKm2, densityClass } = c;
    communes.push({ id, location, coordinatesSource, coordinatesMethod, areaKm2, densityClass });
  }
  return { version: 1, sources: after.sources.slice(before.sources.length), communes, facilities };
}

/**
 * Replays a saved overlay on a data set (ids missing from the data set are ignored).
 *
 * @example applyOverlay(dataset, JSON.parse(text) as ImportOverlay)
 */
export function applyOverlay(dataset: CommuneDataset, overlay: ImportOverlay): CommuneDataset {
  const changes = new Map(overlay.communes.map((c) => [c.id, c]));
  const communes = dataset.communes.map((c) => {
    const change = changes.get(c.id);
    return change ? { ...c, ...change } : c;
  });
  return {
    ...dataset,
    communes,
    byId: new Map(communes.map((c) => [c.id, c])),
    sources: [...dataset.sources, ...overlay.sources],
  };
}
