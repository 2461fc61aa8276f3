// Great-circle distances on a spherical Earth (the radius geokdbush also uses).

import type { LatLon } from '../types';

/** Mean Earth radius in km (IUGG), as used by geokdbush so both agree. */
export const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/**
 * Great-circle distance between two points, in kilometres (haversine formula).
 *
 * @example haversineKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 }) // ≈ 391.5
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Mean of a set of points. Plain averaging of degrees is accurate enough for the small
 * extents it is used on (a postal code, an EPCI, a department); not for points across ±180°.
 *
 * @example meanPosition([{ lat: 0, lon: 0 }, { lat: 2, lon: 2 }]) // { lat: 1, lon: 1 }
 */
export function meanPosition(points: readonly LatLon[]): LatLon | null {
  if (points.length === 0) return null;
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    lat += p.lat;
    lon += p.lon;
  }
  return { lat: lat / points.length, lon: lon / points.length };
}
