// PATCH /participants/:id/access-needs: sets or clears them (admins and coordinators only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccessNeeds, AccessNeedsUpdateBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { participantQueryKey } from './participants';

export function useUpdateAccessNeeds(orgId: string, participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccessNeedsUpdateBody) =>
      api.patch<{ accessNeeds: AccessNeeds | null }>(
        `/api/orgs/${orgId}/participants/${participantId}/access-needs`,
        body,
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: participantQueryKey(orgId, participantId) }),
  });
}
