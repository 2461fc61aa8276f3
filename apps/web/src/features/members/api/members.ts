// GET /api/orgs/:orgId/members (admins and coordinators).

import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export const membersQueryKey = (orgId: string) => ['orgs', orgId, 'members'] as const;

export const membersQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: membersQueryKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/members', { params: { path: { orgId } } })),
  });

export function useMembers(orgId: string) {
  return useQuery(membersQueryOptions(orgId));
}
