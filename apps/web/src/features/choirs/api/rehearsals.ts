// GET /api/orgs/:orgId/choirs/:choirId/rehearsals: the next rehearsals with RSVPs and predicted
// attendance per part.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

export function useChoirRehearsals(
  orgId: string,
  choirId: string,
  query: { seasonId?: string; when: 'upcoming' | 'past' | 'all'; limit: number },
  enabled = true,
) {
  return useQuery({
    enabled,
    queryKey: [...choirsQueryKey(orgId), choirId, 'rehearsals', query],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/rehearsals', {
          params: { path: { orgId, choirId }, query },
        }),
      ),
  });
}
