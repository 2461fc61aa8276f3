// POST /participants, PATCH /participants/:id (also archives), DELETE, POST /:id/anonymise.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ParticipantCreateBody, ParticipantUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { groupsQueryKey } from '@/lib/lookups';
import { participantQueryKey, participantsQueryKey } from './participants';

/** Counts of participants and missing consents show on groups too. */
export function useRefreshParticipants(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: participantsQueryKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: groupsQueryKey(orgId) }),
    ]);
}

export function useCreateParticipant(orgId: string) {
  const refresh = useRefreshParticipants(orgId);
  return useMutation({
    mutationFn: (body: ParticipantCreateBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/participants', { params: { path: { orgId } }, body }),
      ),
    onSuccess: refresh,
  });
}

export function useUpdateParticipant(orgId: string, participantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshParticipants(orgId);
  return useMutation({
    mutationFn: (body: ParticipantUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/participants/{participantId}', {
          params: { path: { orgId, participantId } },
          body,
        }),
      ),
    onSuccess: (participant) => {
      queryClient.setQueryData(participantQueryKey(orgId, participantId), participant);
      return refresh();
    },
  });
}

export function useDeleteParticipant(orgId: string, participantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshParticipants(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/participants/{participantId}', {
          params: { path: { orgId, participantId } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: participantQueryKey(orgId, participantId) });
      return refresh();
    },
  });
}

export function useAnonymiseParticipant(orgId: string, participantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshParticipants(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/participants/{participantId}/anonymise', {
          params: { path: { orgId, participantId } },
        }),
      ),
    onSuccess: (participant) => {
      queryClient.setQueryData(participantQueryKey(orgId, participantId), participant);
      return refresh();
    },
  });
}
