// POST /participants, PATCH /participants/:id (also archives), DELETE, POST /:id/anonymise.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ParticipantCreateBody,
  ParticipantDetail,
  ParticipantUpdateBody,
} from '@tutti/contracts';
import { groupsQueryKey } from '@/features/groups';
import { api } from '@/lib/api-client';
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
      api.post<ParticipantDetail>(`/api/orgs/${orgId}/participants`, body),
    onSuccess: refresh,
  });
}

export function useUpdateParticipant(orgId: string, participantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshParticipants(orgId);
  return useMutation({
    mutationFn: (body: ParticipantUpdateBody) =>
      api.patch<ParticipantDetail>(`/api/orgs/${orgId}/participants/${participantId}`, body),
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
    mutationFn: () => api.delete(`/api/orgs/${orgId}/participants/${participantId}`),
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
      api.post<ParticipantDetail>(`/api/orgs/${orgId}/participants/${participantId}/anonymise`),
    onSuccess: (participant) => {
      queryClient.setQueryData(participantQueryKey(orgId, participantId), participant);
      return refresh();
    },
  });
}
