// GET /api/territories/departments/:code/shapes (every signed-in person): the communes of a
// department as TopoJSON, loaded only for the departments a map shows, and kept for the session.
import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { apiClient, unwrap } from '@/lib/api-client';

export type CommuneShape = Feature<Polygon | MultiPolygon>;

async function fetchShapes(code: string): Promise<Map<string, CommuneShape>> {
  const topology = (await unwrap(
    apiClient.GET('/api/territories/departments/{code}/shapes', {
      params: { path: { code } },
      parseAs: 'json',
    }),
  )) as unknown as Topology<{ communes: GeometryCollection }>;
  const collection = feature(topology, topology.objects.communes);
  return new Map(collection.features.map((f) => [String(f.id), f as CommuneShape]));
}

export type LoadedShapes = {
  /** Every department answered (or failed). */
  ready: boolean;
  /** A department failed: its communes have no shape. */
  failed: boolean;
  /** By INSEE code. */
  shapes: ReadonlyMap<string, CommuneShape>;
};

// Outside the component, so that the combined answer stays the same object until a query changes.
function combine(results: UseQueryResult<Map<string, CommuneShape>>[]): LoadedShapes {
  const ready = results.every((r) => !r.isPending);
  const shapes = new Map<string, CommuneShape>();
  if (ready) for (const r of results) for (const [id, shape] of r.data ?? []) shapes.set(id, shape);
  return { ready, failed: results.some((r) => r.isError), shapes };
}

/** The shapes of the communes of the given departments, fetched at once, kept for the session. */
export function useDepartmentShapes(departments: readonly string[]): LoadedShapes {
  return useQueries({
    queries: departments.map((code) => ({
      queryKey: ['territories', 'shapes', code],
      queryFn: () => fetchShapes(code),
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 30 * 60_000,
      retry: 1,
    })),
    combine,
  });
}
