// The member invitation link: GET a preview, then POST accept (with a name and password for a new account).

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeMe } from '@/features/auth';
import { apiClient, unwrap } from '@/lib/api-client';

export function useMemberInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['member-invitation', token],
    queryFn: () =>
      unwrap(apiClient.GET('/api/member-invitations/{token}', { params: { path: { token } } })),
    retry: false,
  });
}

export function useAcceptMemberInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { displayName?: string; password?: string }) =>
      unwrap(
        apiClient.POST('/api/member-invitations/{token}/accept', {
          params: { path: { token } },
          body,
        }),
      ),
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
