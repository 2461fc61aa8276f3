// Documented approximate positions for communes that no source locates.

import { meanPosition } from '../distance/haversine';
import type { LatLon } from '../types';
import { type Located, OVERSEAS_COUNTRY_TO_DEPARTMENT } from './coordinates';
import type { FrenchCommuneBase } from './decoupage';
import type { GeoNamesPlace } from './geonames';

function push<K>(map: Map<K, LatLon[]>, key: K, point: LatLon): void {
  const list = map.get(key);
  if (list) list.push(point);
  else map.set(key, [point]);
}

/**
 * Gives every commune without a position an approximate one, trying in order:
 * 1. the mean position of located communes of the same department sharing a postal code;
 * 2. the mean position of located communes of the same EPCI;
 * 3. the mean position of located communes of the same department;
 * 4. for overseas territories, the mean position of their GeoNames places.
 * Only positions from sources are averaged, never other approximations. Communes for
 * which every step fails are left out of the returned map.
 *
 * @example approximatePositions(communes, located, places).get('01002')?.method // "postal-code-centroid"
 */
export function approximatePositions(
  communes: readonly FrenchCommuneBase[],
  located: ReadonlyMap<string, Located>,
  places: readonly GeoNamesPlace[],
): Map<string, Located> {
  const byPostal = new Map<string, LatLon[]>();
  const byEpci = new Map<string, LatLon[]>();
  const byDepartment = new Map<string, LatLon[]>();
  for (const c of communes) {
    const found = located.get(c.code);
    if (!found) continue;
    for (const postal of c.postalCodes)
      push(byPostal, `${c.departmentCode}|${postal}`, found.location);
    if (c.epciCode) push(byEpci, c.epciCode, found.location);
    push(byDepartment, c.departmentCode, found.location);
  }
  const byTerritory = new Map<string, LatLon[]>();
  for (const p of places) {
    const department = OVERSEAS_COUNTRY_TO_DEPARTMENT[p.country];
    if (department) push(byTerritory, department, { lat: p.lat, lon: p.lon });
  }
  const approximated = new Map<string, Located>();
  for (const c of communes) {
    if (located.has(c.code)) continue;
    // A neighbour sharing two postal codes with this commune counts once.
    const postalPoints = [
      ...new Set(c.postalCodes.flatMap((p) => byPostal.get(`${c.departmentCode}|${p}`) ?? [])),
    ];
    const steps: [Located['method'], LatLon[]][] = [
      ['postal-code-centroid', postalPoints],
      ['epci-centroid', c.epciCode ? (byEpci.get(c.epciCode) ?? []) : []],
      ['department-centroid', byDepartment.get(c.departmentCode) ?? []],
      ['territory-centroid', byTerritory.get(c.departmentCode) ?? []],
    ];
    for (const [method, points] of steps) {
      const location = meanPosition(points);
      if (location) {
        approximated.set(c.code, { location, method });
        break;
      }
    }
  }
  return approximated;
}
