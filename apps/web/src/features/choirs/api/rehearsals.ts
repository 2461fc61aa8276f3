// GET /api/orgs/:orgId/choirs/:choirId/rehearsals: the next rehearsals with RSVPs and predicted
// attendance per part; GET …/me: the singer's own rehearsals.
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

/** The rehearsals of the signed-in singer's site (a section leader's roll calls). */
export function useMyRehearsals(orgId: string, choirId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: [...choirsQueryKey(orgId), choirId, 'me'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/me', {
          params: { path: { orgId, choirId } },
        }),
      ),
    select: (page) => page.rehearsals,
  });
}
