// GET /api/orgs/:orgId/choirs and GET …/choirs/:choirId: the account's choirs, one choir's
// seasons, sites, parts, roster and age bands.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

export function useChoirs(orgId: string) {
  return useQuery({
    queryKey: [...choirsQueryKey(orgId), 'list'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/choirs', { params: { path: { orgId } } })),
  });
}

export function useChoir(orgId: string, choirId: string, seasonId?: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...choirsQueryKey(orgId), choirId, 'choir', seasonId ?? null],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}', {
          params: { path: { orgId, choirId }, query: seasonId ? { seasonId } : {} },
        }),
      ),
  });
}
