// GET /api/orgs/:orgId/choirs/:choirId/pieces: the season's repertoire with learning tracks.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

export function useChoirPieces(orgId: string, choirId: string, seasonId?: string) {
  return useQuery({
    queryKey: [...choirsQueryKey(orgId), choirId, 'pieces', seasonId ?? null],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/pieces', {
          params: { path: { orgId, choirId }, query: seasonId ? { seasonId } : {} },
        }),
      ),
  });
}
