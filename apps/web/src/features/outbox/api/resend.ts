// POST /api/orgs/:orgId/outbox/:messageId/resend: a failed message is tried again now (admins).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useResendMessage(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/outbox/{messageId}/resend', {
          params: { path: { orgId, messageId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'outbox'] }),
  });
}
