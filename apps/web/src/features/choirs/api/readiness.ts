// GET /api/orgs/:orgId/choirs/:choirId/readiness: readiness per piece × part × site, with alerts.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

export function useChoirReadiness(orgId: string, choirId: string, seasonId?: string) {
  return useQuery({
    queryKey: [...choirsQueryKey(orgId), choirId, 'readiness', seasonId ?? null],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/readiness', {
          params: { path: { orgId, choirId }, query: seasonId ? { seasonId } : {} },
        }),
      ),
  });
}
