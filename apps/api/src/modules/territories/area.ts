// The area a coordinator asks for (department, EPCI, region or list), checked against the reference.
import type { AccessQuery, Area } from '@tutti/contracts';
import {
  type Commune,
  type CommuneDataset,
  communesInArea,
  type Area as GeoArea,
  resolveCommune,
} from '@tutti/geo';
import { AppError } from '../../platform/errors';
import type { LocatedVenue } from './places';

export type ResolvedArea = { area: Area; communes: Commune[] };

function unknown(field: string, message: string): AppError {
  return new AppError('TERRITORY.UNKNOWN_AREA', message, {
    fields: [{ path: `querystring.${field}`, message }],
  });
}

function resolved(dataset: CommuneDataset, geoArea: GeoArea, code: string | null, name: string) {
  const communes = communesInArea(dataset, geoArea);
  return {
    area: { kind: geoArea.kind, code, name, communeIds: communes.map((c) => c.id) },
    communes,
  };
}

function listName(communes: readonly Commune[]) {
  const names = communes.slice(0, 3).map((c) => c.name);
  return communes.length > 3 ? `${names.join(', ')} + ${communes.length - 3}` : names.join(', ');
}

/**
 * The asked area with its communes. Without one, the department where the organisation has the
 * most venues (null when it has none). Unknown codes answer 400 naming the parameter.
 */
export function resolveArea(
  dataset: CommuneDataset,
  query: AccessQuery,
  venues: readonly LocatedVenue[],
): ResolvedArea | null {
  if (query.department !== undefined) {
    const department = dataset.departments.get(query.department);
    if (!department) throw unknown('department', `No department ${query.department}`);
    return resolved(
      dataset,
      { kind: 'department', code: department.code },
      department.code,
      `${department.name} (${department.code})`,
    );
  }
  if (query.region !== undefined) {
    const region = dataset.regions.get(query.region);
    if (!region) throw unknown('region', `No region ${query.region}`);
    return resolved(dataset, { kind: 'region', code: region.code }, region.code, region.name);
  }
  if (query.epci !== undefined) {
    const epci = dataset.epcis.get(query.epci);
    if (!epci) throw unknown('epci', `No EPCI ${query.epci}`);
    return resolved(dataset, { kind: 'epci', code: epci.code }, epci.code, epci.name);
  }
  if (query.communes !== undefined) {
    const missing = query.communes.filter((id) => !resolveCommune(dataset, id));
    if (missing.length > 0) throw unknown('communes', `No commune ${missing.join(', ')}`);
    const ids = [...new Set(query.communes.map((id) => resolveCommune(dataset, id)!.id))];
    const communes = communesInArea(dataset, { kind: 'communes', ids });
    return {
      area: { kind: 'communes', code: null, name: listName(communes), communeIds: ids },
      communes,
    };
  }
  return defaultArea(dataset, venues);
}

function defaultArea(dataset: CommuneDataset, venues: readonly LocatedVenue[]) {
  const counts = new Map<string, number>();
  for (const venue of venues) {
    const commune = venue.communeId ? dataset.byId.get(venue.communeId) : undefined;
    if (commune?.country !== 'FR' || !commune.departmentCode) continue;
    counts.set(commune.departmentCode, (counts.get(commune.departmentCode) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) return null;
  return resolveArea(dataset, { department: best[0] }, venues);
}
