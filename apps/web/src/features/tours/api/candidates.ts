// GET /planning/candidates: the sessions of a project or a period (with why some cannot be
// planned) and the artists who could take them.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { planningQueryKey } from './runs';

export type TourScope = { projectId?: string; from?: string; to?: string };

export function useCandidates(orgId: string, scope: TourScope | null) {
  return useQuery({
    queryKey: [...planningQueryKey(orgId), 'candidates', scope],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/planning/candidates', {
          params: { path: { orgId }, query: { ...scope } },
        }),
      ),
    enabled: scope !== null,
  });
}
