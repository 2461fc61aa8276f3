// DELETE /api/orgs/:orgId/members/:userId (admins).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { membersQueryKey } from './members';

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/members/{userId}', {
          params: { path: { orgId, userId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(orgId) }),
  });
}
