// Locating communes for other modules (distances, maps): the current commune and its position.
import type { TuttiDatabase } from '@tutti/db';
import { resolveCommune } from '@tutti/geo';
import { communeReference } from './reference-data';

export type CommuneLocation = {
  communeId: string;
  name: string;
  latitude: number;
  longitude: number;
  /** True when the position was computed from neighbouring communes (≈ 4 km median error). */
  approximate: boolean;
};

/**
 * The position of a commune by any of its codes (current, former, arrondissement, `BE-…`),
 * or null when no commune has that code. The first call of a process loads the data set (≈ 1 s).
 *
 * @example await locateCommune(deps.database, '48094') // { communeId: '48094', name: 'Mende', latitude: 44.52, longitude: 3.50, approximate: false }
 */
export async function locateCommune(
  database: TuttiDatabase,
  code: string,
): Promise<CommuneLocation | null> {
  return (await locateCommunes(database, [code])).get(code) ?? null;
}

/**
 * Several communes at once (one cache check): a map from each code given to its location;
 * unknown codes are absent.
 *
 * @example (await locateCommunes(deps.database, ['48094', '75115'])).get('75115')?.communeId // "75056"
 */
export async function locateCommunes(
  database: TuttiDatabase,
  codes: readonly string[],
): Promise<Map<string, CommuneLocation>> {
  const { dataset } = await communeReference(database);
  const located = new Map<string, CommuneLocation>();
  for (const code of codes) {
    const commune = resolveCommune(dataset, code);
    if (!commune) continue;
    located.set(code, {
      communeId: commune.id,
      name: commune.name,
      latitude: commune.location.lat,
      longitude: commune.location.lon,
      approximate: commune.coordinatesSource === 'approximate',
    });
  }
  return located;
}
