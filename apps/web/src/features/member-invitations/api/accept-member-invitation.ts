// The member invitation link: GET a preview, then POST accept (with a name and password for a new account).

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, MemberInvitationPreview } from '@tutti/contracts';
import { storeMe } from '@/features/auth';
import { api } from '@/lib/api-client';

export function useMemberInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['member-invitation', token],
    queryFn: () =>
      api.get<MemberInvitationPreview>(`/api/member-invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAcceptMemberInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { displayName?: string; password?: string }) =>
      api.post<Me>(`/api/member-invitations/${encodeURIComponent(token)}/accept`, body),
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
