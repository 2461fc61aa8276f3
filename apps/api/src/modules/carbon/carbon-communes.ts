// Locates the communes a footprint needs: the territories reference, else places the organisation knows.
import type { Executor, TuttiDatabase } from '@tutti/db';
import { resolveCommune } from '@tutti/geo';
import { communeReference } from '../communes';
import type { CommuneLocation } from './carbon-places';
import * as scope from './carbon-scope.repository';

/** A commune's position and density class by any of its codes, or null when unknown. */
export type CommuneLookup = (code: string) => CommuneLocation | null;

/**
 * The communes module's reference (built-in data set with the recorded imports: official
 * centres, density grid), read before the tenant transaction opens: its first use in a process
 * loads the data set.
 */
export async function referenceLookup(database: TuttiDatabase): Promise<CommuneLookup> {
  const { dataset } = await communeReference(database);
  return (code) => {
    const commune = resolveCommune(dataset, code);
    if (!commune) return null;
    return {
      lat: commune.location.lat,
      lon: commune.location.lon,
      densityClass: commune.densityClass,
    };
  };
}

/**
 * Positions by code from the reference; a code it does not know (a foreign or made-up one) is
 * placed at the mean of the organisation's venues and artists' homes recorded with it. Codes
 * found nowhere stay absent, and the footprint says how many people that concerns.
 */
export async function locateCommunes(
  tx: Executor,
  orgId: string,
  codes: Iterable<string>,
  lookup: CommuneLookup,
): Promise<Map<string, CommuneLocation>> {
  const located = new Map<string, CommuneLocation>();
  const missing = new Set<string>();
  for (const code of new Set(codes)) {
    const found = lookup(code);
    if (found) located.set(code, found);
    else missing.add(code);
  }
  if (missing.size === 0) return located;
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const known of await scope.findKnownCommunePositions(tx, orgId)) {
    if (!known.code || !missing.has(known.code) || known.lat === null || known.lon === null)
      continue;
    const sum = sums.get(known.code) ?? { lat: 0, lon: 0, n: 0 };
    sums.set(known.code, { lat: sum.lat + known.lat, lon: sum.lon + known.lon, n: sum.n + 1 });
  }
  for (const [code, sum] of sums) {
    located.set(code, { lat: sum.lat / sum.n, lon: sum.lon / sum.n, densityClass: null });
  }
  return located;
}
