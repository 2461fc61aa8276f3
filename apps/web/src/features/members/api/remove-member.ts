// DELETE /api/orgs/:orgId/members/:userId (admins).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { membersQueryKey } from './members';

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`/api/orgs/${orgId}/members/${userId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(orgId) }),
  });
}
