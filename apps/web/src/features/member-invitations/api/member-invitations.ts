// An organisation's member invitations (admins): list, send, revoke.

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const memberInvitationsQueryKey = (orgId: string) =>
  ['orgs', orgId, 'member-invitations'] as const;

export function useMemberInvitations(orgId: string) {
  return useQuery(
    queryOptions({
      queryKey: memberInvitationsQueryKey(orgId),
      queryFn: () =>
        unwrap(
          apiClient.GET('/api/orgs/{orgId}/member-invitations', { params: { path: { orgId } } }),
        ),
    }),
  );
}

export function useCreateMemberInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/member-invitations', {
          params: { path: { orgId } },
          body,
        }),
      ),
    // The invitation e-mail lands in the outbox too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId] }),
  });
}

export function useRevokeMemberInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberInvitationId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/member-invitations/{memberInvitationId}', {
          params: { path: { orgId, memberInvitationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberInvitationsQueryKey(orgId) }),
  });
}
