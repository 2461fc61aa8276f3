// An organisation's invitations (admins): list, send, revoke.

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Invitation, Role } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export const invitationsQueryKey = (orgId: string) => ['orgs', orgId, 'invitations'] as const;

export function useInvitations(orgId: string) {
  return useQuery(
    queryOptions({
      queryKey: invitationsQueryKey(orgId),
      queryFn: () => api.get<{ items: Invitation[] }>(`/api/orgs/${orgId}/invitations`),
    }),
  );
}

export function useCreateInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      api.post<Invitation>(`/api/orgs/${orgId}/invitations`, body),
    // The invitation e-mail lands in the outbox too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId] }),
  });
}

export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.delete(`/api/orgs/${orgId}/invitations/${invitationId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey(orgId) }),
  });
}
