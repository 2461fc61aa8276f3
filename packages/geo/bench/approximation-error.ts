// Leave-one-out check of the approximation: how far would the postal-code / EPCI centroid
// be from communes whose GeoNames position is known?

import { haversineKm, meanPosition } from '../src/distance/haversine';
import type { Commune, LatLon } from '../src/types';

export type ErrorSummary = { method: string; communes: number; medianKm: number; p90Km: number };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** Error of the first two approximation steps, measured on communes with a source position. */
export function approximationError(communes: readonly Commune[]): ErrorSummary[] {
  const known = communes.filter((c) => c.country === 'FR' && c.coordinatesSource === 'geonames');
  const byPostal = new Map<string, Commune[]>();
  const byEpci = new Map<string, Commune[]>();
  for (const c of known) {
    for (const p of c.postalCodes) {
      const key = `${c.departmentCode}|${p}`;
      byPostal.set(key, [...(byPostal.get(key) ?? []), c]);
    }
    if (c.epciCode) byEpci.set(c.epciCode, [...(byEpci.get(c.epciCode) ?? []), c]);
  }
  const errors: Record<string, number[]> = { 'postal-code-centroid': [], 'epci-centroid': [] };
  for (const c of known) {
    const others = (list: Commune[] | undefined) => (list ?? []).filter((o) => o.id !== c.id);
    const postal = [
      ...new Set(c.postalCodes.flatMap((p) => others(byPostal.get(`${c.departmentCode}|${p}`)))),
    ];
    const [method, points]: [string, LatLon[]] =
      postal.length > 0
        ? ['postal-code-centroid', postal.map((o) => o.location)]
        : [
            'epci-centroid',
            others(c.epciCode ? byEpci.get(c.epciCode) : undefined).map((o) => o.location),
          ];
    const guess = meanPosition(points);
    if (guess) errors[method]?.push(haversineKm(guess, c.location));
  }
  return Object.entries(errors).map(([method, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return {
      method,
      communes: sorted.length,
      medianKm: percentile(sorted, 0.5),
      p90Km: percentile(sorted, 0.9),
    };
  });
}
