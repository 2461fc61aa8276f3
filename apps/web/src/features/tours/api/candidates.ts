// GET /planning/candidates: the sessions of a project or a period (with why some cannot be
// planned) and the artists who could take them.
import { useQuery } from '@tanstack/react-query';
import type { PlanningCandidates } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { planningQueryKey } from './runs';

export type TourScope = { projectId?: string; from?: string; to?: string };

export function useCandidates(orgId: string, scope: TourScope | null) {
  const params = new URLSearchParams(
    Object.entries(scope ?? {}).filter((entry): entry is [string, string] => !!entry[1]),
  );
  return useQuery({
    queryKey: [...planningQueryKey(orgId), 'candidates', scope],
    queryFn: () => api.get<PlanningCandidates>(`/api/orgs/${orgId}/planning/candidates?${params}`),
    enabled: scope !== null,
  });
}
