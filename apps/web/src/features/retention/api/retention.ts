// GET /api/orgs/:orgId/retention: the retention rules and the recent daily purges (admins).
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useRetentionOverview(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'retention'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/retention', { params: { path: { orgId } } })),
  });
}
