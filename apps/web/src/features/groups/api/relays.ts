// GET /api/orgs/:orgId/members, read for its relay persons (admins and coordinators choose them).
import { useQuery } from '@tanstack/react-query';
import { membersQueryKey } from '@/features/members';
import { apiClient, unwrap } from '@/lib/api-client';

export function useRelayOptions(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: membersQueryKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/members', { params: { path: { orgId } } })),
    select: (data) =>
      data.items
        .filter((member) => member.role === 'relay')
        .map((member) => ({ id: member.userId, name: member.displayName })),
    enabled,
  });
}
