// PATCH /participants/:id/access-needs: sets or clears them (admins and coordinators only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccessNeedsUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { participantQueryKey } from './participants';

export function useUpdateAccessNeeds(orgId: string, participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccessNeedsUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/participants/{participantId}/access-needs', {
          params: { path: { orgId, participantId } },
          body,
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: participantQueryKey(orgId, participantId) }),
  });
}
