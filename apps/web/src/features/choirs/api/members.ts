// PATCH …/choirs/:choirId/members/:choirMemberId: a singer leaves the choir on a day (or comes
// back); the choir's pages are read again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChoirMemberUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

export function useUpdateChoirMember(orgId: string, choirId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: ChoirMemberUpdateBody }) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/choirs/{choirId}/members/{choirMemberId}', {
          params: { path: { orgId, choirId, choirMemberId: memberId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: choirsQueryKey(orgId) }),
  });
}
