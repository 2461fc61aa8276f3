// The invitation link: GET a preview, then POST accept (with a name and password for a new account).

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationPreview, Me } from '@tutti/contracts';
import { storeMe } from '@/features/auth';
import { api } from '@/lib/api-client';

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { displayName?: string; password?: string }) =>
      api.post<Me>(`/api/invitations/${encodeURIComponent(token)}/accept`, body),
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
