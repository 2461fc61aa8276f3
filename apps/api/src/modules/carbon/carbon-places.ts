// Where people and venues are: positions, road distances, rural or urban, and nearby-venue areas.
import type { AreaType } from '@tutti/carbon';
import { haversineKm, roadDistanceKm } from '@tutti/geo';

export type LatLon = { lat: number; lon: number };

/** A located place; `atCommuneCentre` when only its commune was known. */
export type Place = LatLon & {
  label: string;
  communeCode: string | null;
  atCommuneCentre: boolean;
};

export type CommuneLocation = LatLon & { densityClass: number | null };

/** Positions (and density classes) of communes by code; unknown codes are absent. */
export type CommuneLocations = ReadonlyMap<string, CommuneLocation>;

/**
 * Estimated road km between two points: great circle × the geo package's circuity factor.
 * @example roadKm({ lat: 49, lon: 5 }, { lat: 49.1, lon: 5 }) // ≈ 14.5
 */
export function roadKm(from: LatLon, to: LatLon): number {
  return roadDistanceKm(haversineKm(from, to));
}

/** A stored position, else the centre of its commune, else nothing. */
export function placeOf(
  row: {
    latitude: number | null;
    longitude: number | null;
    communeCode: string | null;
    label: string;
  },
  communes: CommuneLocations,
): Place | null {
  if (row.latitude !== null && row.longitude !== null) {
    return {
      lat: row.latitude,
      lon: row.longitude,
      label: row.label,
      communeCode: row.communeCode,
      atCommuneCentre: false,
    };
  }
  const commune = row.communeCode ? communes.get(row.communeCode) : undefined;
  if (!commune) return null;
  return { ...commune, label: row.label, communeCode: row.communeCode, atCommuneCentre: true };
}

/**
 * Rural or urban from the INSEE 7-level density grid: levels 5 to 7 (rural towns, dispersed and
 * very dispersed rural) are rural since INSEE's 2021 definition, 1 to 4 urban. Unknown: the
 * stated default, rural, where most of Tutti's sessions happen.
 */
export function areaTypeOf(densityClass: number | null | undefined): {
  areaType: AreaType;
  defaulted: boolean;
} {
  if (densityClass === null || densityClass === undefined)
    return { areaType: 'rural', defaulted: true };
  return { areaType: densityClass >= 5 ? 'rural' : 'urban', defaulted: false };
}

/** Venues this close (road km) form an area: the carbon model's 10 km hop between them holds. */
export const AREA_RADIUS_KM = 10;

/**
 * Groups venues into areas where every pair lies within `AREA_RADIUS_KM` by road, greedily in
 * the given order; the key is the first venue's id. Used to try grouping sessions by area.
 * @example areaKeys([{ id: 'a', place }, { id: 'b', place: near }]) // Map { a → 'area:a', b → 'area:a' }
 */
export function areaKeys(venues: readonly { id: string; place: LatLon | null }[]) {
  const areas: { key: string; members: LatLon[] }[] = [];
  const keyOf = new Map<string, string>();
  for (const venue of venues) {
    if (!venue.place || keyOf.has(venue.id)) continue;
    const place = venue.place;
    const area = areas.find((a) => a.members.every((m) => roadKm(m, place) <= AREA_RADIUS_KM));
    if (area) {
      area.members.push(place);
      keyOf.set(venue.id, area.key);
    } else {
      const key = `area:${venue.id}`;
      areas.push({ key, members: [place] });
      keyOf.set(venue.id, key);
    }
  }
  return keyOf;
}
