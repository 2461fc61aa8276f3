// An organisation's member invitations (admins): list, send, revoke.

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MemberInvitation, Role } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export const memberInvitationsQueryKey = (orgId: string) =>
  ['orgs', orgId, 'member-invitations'] as const;

export function useMemberInvitations(orgId: string) {
  return useQuery(
    queryOptions({
      queryKey: memberInvitationsQueryKey(orgId),
      queryFn: () =>
        api.get<{ items: MemberInvitation[] }>(`/api/orgs/${orgId}/member-invitations`),
    }),
  );
}

export function useCreateMemberInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      api.post<MemberInvitation>(`/api/orgs/${orgId}/member-invitations`, body),
    // The invitation e-mail lands in the outbox too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId] }),
  });
}

export function useRevokeMemberInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberInvitationId: string) =>
      api.delete(`/api/orgs/${orgId}/member-invitations/${memberInvitationId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberInvitationsQueryKey(orgId) }),
  });
}
