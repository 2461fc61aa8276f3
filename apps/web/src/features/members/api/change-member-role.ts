// PATCH /api/orgs/:orgId/members/:userId {role} (admins).

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@tutti/contracts';
import { meQueryKey } from '@/features/auth';
import { apiClient, unwrap } from '@/lib/api-client';
import { membersQueryKey } from './members';

export function useChangeMemberRole(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/members/{userId}', {
          params: { path: { orgId, userId } },
          body: { role },
        }),
      ),
    onSuccess: async () => {
      // The viewer may have changed their own role: the menu depends on it.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: membersQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]);
    },
  });
}
