// The commune reference data of this process: the built-in data set, loaded lazily on first use
// (≈ 1 s, ≈ 76 MB), with the imports recorded in the database applied on top and rebuilt as
// soon as a newer import is applied, so a running server picks up `territories:import` and the
// imports of the web app.
import type { ReferenceImportKind } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import {
  applyOverlay,
  buildCommuneSearch,
  type CommuneDataset,
  type CommuneSearch,
  type DataSource,
  type DensityClass,
  type ImportOverlay,
} from '@tutti/geo';
import { loadCommuneDataset } from '@tutti/geo/node';
import * as reference from './reference.repository';

export type LiveMusicFacility = Awaited<ReturnType<typeof reference.liveMusicFacilities>>[number];

export type CommuneReference = {
  dataset: CommuneDataset;
  /** Facilities of the latest import that host live music. */
  liveMusicFacilities: LiveMusicFacility[];
  /** Communes with a priority neighbourhood, from the latest priority-area import. */
  priorityCommuneIds: ReadonlySet<string>;
  latestImports: reference.ReferenceImportRow[];
  importOf(kind: ReferenceImportKind): reference.ReferenceImportRow | undefined;
  /** Built on first use (≈ 0.5 s). */
  search(): CommuneSearch;
};

let builtIn: CommuneDataset | undefined;

/** The data set every instance ships with (decoupage-administratif + GeoNames), without imports. */
export function builtInDataset(): CommuneDataset {
  builtIn ??= loadCommuneDataset().dataset;
  return builtIn;
}

type CacheEntry = { stamp: string; data: Promise<CommuneReference> };
const caches = new WeakMap<TuttiDatabase, CacheEntry>();

/**
 * The reference data as of the latest import recorded in `database` (one cheap query per call
 * to notice a new import; the data set is rebuilt only then).
 *
 * @example const { dataset } = await communeReference(deps.database)
 */
export async function communeReference(database: TuttiDatabase): Promise<CommuneReference> {
  const stamp = await reference.latestImportStamp(database.db);
  const cached = caches.get(database);
  if (cached?.stamp === stamp) return cached.data;
  const data = buildReference(database);
  caches.set(database, { stamp, data });
  data.catch(() => {
    if (caches.get(database)?.data === data) caches.delete(database);
  });
  return data;
}

async function buildReference(database: TuttiDatabase): Promise<CommuneReference> {
  const db = database.db;
  const latestImports = await reference.latestImports(db);
  const current = (kind: ReferenceImportKind) => latestImports.find((i) => i.kind === kind)?.id;
  const centres = await reference.communeCentres(db, current('commune-centres'));
  const density = await reference.communeDensity(db, current('density-grid'));
  const liveMusicFacilities = await reference.liveMusicFacilities(
    db,
    current('cultural-facilities'),
  );
  const priority = await reference.priorityCommuneIds(db, current('priority-areas'));
  const base = builtInDataset();
  const dataset =
    centres.length + density.length === 0
      ? withSources(base, latestImports)
      : applyOverlay(base, overlayOf(base, centres, density, latestImports));
  let search: CommuneSearch | undefined;
  return {
    dataset,
    liveMusicFacilities,
    priorityCommuneIds: new Set(priority),
    latestImports,
    importOf: (kind) => latestImports.find((i) => i.kind === kind),
    search() {
      search ??= buildCommuneSearch(dataset.communes, dataset.aliases);
      return search;
    },
  };
}

function sourceOf(row: reference.ReferenceImportRow): DataSource {
  return {
    name: row.sourceName,
    publisher: row.publisher,
    licence: row.licence,
    year: row.year,
    ...(row.fileName ? { fileName: row.fileName } : {}),
  };
}

function withSources(dataset: CommuneDataset, imports: reference.ReferenceImportRow[]) {
  if (imports.length === 0) return dataset;
  return { ...dataset, sources: [...dataset.sources, ...imports.map(sourceOf)] };
}

/** Imported centres first, then the density grid (it wins over a centres file's own classes). */
function overlayOf(
  base: CommuneDataset,
  centres: Awaited<ReturnType<typeof reference.communeCentres>>,
  density: Awaited<ReturnType<typeof reference.communeDensity>>,
  imports: reference.ReferenceImportRow[],
): ImportOverlay {
  const centreById = new Map(centres.map((c) => [c.communeId, c]));
  const densityById = new Map(density.map((d) => [d.communeId, d.densityClass]));
  const communes: ImportOverlay['communes'] = [];
  for (const id of new Set([...centreById.keys(), ...densityById.keys()])) {
    const commune = base.byId.get(id);
    if (!commune) continue;
    const centre = centreById.get(id);
    const official =
      centre && centre.latitude !== null && centre.longitude !== null && centre.coordinatesMethod
        ? {
            location: { lat: centre.latitude, lon: centre.longitude },
            method: centre.coordinatesMethod,
          }
        : null;
    const densityClass = densityById.get(id) ?? centre?.densityClass ?? commune.densityClass;
    communes.push({
      id,
      location: official?.location ?? commune.location,
      coordinatesSource: official ? 'imported' : commune.coordinatesSource,
      coordinatesMethod: official?.method ?? commune.coordinatesMethod,
      areaKm2: centre?.areaKm2 ?? commune.areaKm2,
      densityClass: (densityClass as DensityClass | null) ?? null,
    });
  }
  return { version: 1, sources: imports.map(sourceOf), communes, facilities: [] };
}

/**
 * The imported centres of `dataset` as an overlay, for a worker thread that loads the shipped data
 * set itself; null when none was imported.
 */
export function importedCentresOverlay(dataset: CommuneDataset): ImportOverlay | null {
  const communes = dataset.communes
    .filter((c) => c.coordinatesSource === 'imported')
    .map(({ id, location, coordinatesSource, coordinatesMethod, areaKm2, densityClass }) => ({
      id,
      location,
      coordinatesSource,
      coordinatesMethod,
      areaKm2,
      densityClass,
    }));
  return communes.length === 0 ? null : { version: 1, sources: [], communes, facilities: [] };
}
