// GET /api/orgs/:orgId/choirs/:choirId/learning: singer × piece of one part, each singer's own
// learning status (every part for conductors, the parts they lead for section leaders).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

export function useLearningGrid(
  orgId: string,
  choirId: string,
  filter: { seasonId?: string | undefined; partId?: string | undefined },
) {
  const query = {
    ...(filter.seasonId ? { seasonId: filter.seasonId } : {}),
    ...(filter.partId ? { partId: filter.partId } : {}),
  };
  return useQuery({
    queryKey: [...choirsQueryKey(orgId), choirId, 'learning', query],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/learning', {
          params: { path: { orgId, choirId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
