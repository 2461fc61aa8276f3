// Where beneficiaries and sessions are: communes located and classed rural or priority, when known.
import type { TuttiDatabase } from '@tutti/db';
import { resolveCommune } from '@tutti/geo';
import { communeReference } from '../communes';

export type CommuneClass = {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** INSEE density classes 5–7 (rural towns and dispersed habitat); null when not imported. */
  rural: boolean | null;
  /** A priority neighbourhood (QPV) lies in the commune; null when not imported. */
  priority: boolean | null;
};

export type CommuneClasses = {
  byCode: Map<string, CommuneClass>;
  densityImported: boolean;
  priorityImported: boolean;
};

/** Classes of the given communes (any code: current, former, arrondissement) from the reference data. */
export async function classifyCommunes(
  database: TuttiDatabase,
  codes: Iterable<string>,
): Promise<CommuneClasses> {
  const reference = await communeReference(database);
  const densityImported = !!(
    reference.importOf('density-grid') ?? reference.importOf('commune-centres')
  );
  const priorityImported = !!reference.importOf('priority-areas');
  const byCode = new Map<string, CommuneClass>();
  for (const code of new Set(codes)) {
    const commune = resolveCommune(reference.dataset, code);
    if (!commune) continue;
    byCode.set(code, {
      id: commune.id,
      name: commune.name,
      latitude: commune.location.lat,
      longitude: commune.location.lon,
      rural: densityImported && commune.densityClass !== null ? commune.densityClass >= 5 : null,
      priority: priorityImported ? reference.priorityCommuneIds.has(commune.id) : null,
    });
  }
  return { byCode, densityImported, priorityImported };
}
