// GET /api/orgs/:orgId/members, read for its relay persons (admins and coordinators choose them).
import { useQuery } from '@tanstack/react-query';
import type { Member } from '@tutti/contracts';
import { membersQueryKey } from '@/features/members';
import { api } from '@/lib/api-client';

export function useRelayOptions(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: membersQueryKey(orgId),
    queryFn: () => api.get<{ items: Member[] }>(`/api/orgs/${orgId}/members`),
    select: (data) =>
      data.items
        .filter((member) => member.role === 'relay')
        .map((member) => ({ id: member.userId, name: member.displayName })),
    enabled,
  });
}
