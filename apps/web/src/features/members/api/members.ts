// GET /api/orgs/:orgId/members (admins and coordinators).

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Member } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export const membersQueryKey = (orgId: string) => ['orgs', orgId, 'members'] as const;

export const membersQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: membersQueryKey(orgId),
    queryFn: () => api.get<{ items: Member[] }>(`/api/orgs/${orgId}/members`),
  });

export function useMembers(orgId: string) {
  return useQuery(membersQueryOptions(orgId));
}
