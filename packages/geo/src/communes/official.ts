// The commune files Tutti ships, built from the official boundaries by `npm run build:communes`:
// a centre per current commune (data/communes-fr/centres.json) and shapes per department.

import type { CoordinatesMethod, DataSource, LatLon } from '../types';

export const ADMIN_EXPRESS_SOURCE: DataSource & { attribution: string } = {
  name: 'IGN Admin Express COG 2018 (GeoJSON by france-geojson), simplified by Tutti',
  publisher: 'IGN',
  licence: 'Licence Ouverte / Open Licence (Etalab)',
  year: 2018,
  attribution: 'IGN — Admin Express COG 2018',
};

/** Contents of `data/communes-fr/centres.json`. */
export type CommuneFilesIndex = {
  source: DataSource & { attribution: string };
  /** Simplification threshold (steradians) and quantization of the shapes. */
  build: { minWeight: number; quantization: number };
  columns: ['code', 'lat', 'lon'];
  /** One row per current commune of the departments covered, sorted by code. */
  centres: [code: string, lat: number, lon: number][];
  /** Current code → codes of the boundaries' year it is made of (merged or renumbered since). */
  merged: Record<string, string[]>;
  /** Current communes restored since the boundaries' year: no shape nor centre of their own. */
  withoutShape: { code: string; name: string }[];
  /** Department → its shapes file `shapes/<code>.json` (TopoJSON, object `communes`). */
  departments: Record<string, { communes: number; bytes: number; gzipBytes: number }>;
};

export type OfficialCentre = { location: LatLon; method: CoordinatesMethod };

/**
 * The centre of each current commune by INSEE code: inside its official shape, or for a commune
 * merged since the boundaries' year, inside the former commune holding its seat.
 *
 * @example officialCentres(index).get('58194')?.method // "official-shape-interior"
 */
export function officialCentres(index: CommuneFilesIndex): Map<string, OfficialCentre> {
  const centres = new Map<string, OfficialCentre>();
  for (const [code, lat, lon] of index.centres) {
    const former = index.merged[code] ?? [];
    // Placed in the seat's former territory only when it was one of several (the build's rule).
    const inSeat = former.length > 1 && former.includes(code);
    centres.set(code, {
      location: { lat, lon },
      method: inSeat ? 'official-seat-interior' : 'official-shape-interior',
    });
  }
  return centres;
}
