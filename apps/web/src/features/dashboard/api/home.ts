// GET /api/orgs/:orgId/home: the home page's one request, shaped by the reader's role.

import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export const homeQueryKey = (orgId: string) => ['orgs', orgId, 'home'] as const;

export function useHome(orgId: string) {
  return useQuery({
    queryKey: homeQueryKey(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/home', { params: { path: { orgId } } })),
  });
}
