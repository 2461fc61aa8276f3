// POST /participants/:id/consents and POST /participants/:id/consents/:consentId/withdraw.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConsentCreateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { participantQueryKey } from './participants';
import { useRefreshParticipants } from './save-participant';

function useAfterConsent(orgId: string, participantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshParticipants(orgId);
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: participantQueryKey(orgId, participantId) }),
      refresh(),
    ]);
}

export function useAddConsent(orgId: string, participantId: string) {
  const after = useAfterConsent(orgId, participantId);
  return useMutation({
    mutationFn: (body: ConsentCreateBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/participants/{participantId}/consents', {
          params: { path: { orgId, participantId } },
          body,
        }),
      ),
    onSuccess: after,
  });
}

export function useWithdrawConsent(orgId: string, participantId: string) {
  const after = useAfterConsent(orgId, participantId);
  return useMutation({
    mutationFn: ({ consentId, withdrawnOn }: { consentId: string; withdrawnOn: string }) =>
      unwrap(
        apiClient.POST(
          '/api/orgs/{orgId}/participants/{participantId}/consents/{consentId}/withdraw',
          { params: { path: { orgId, participantId, consentId } }, body: { withdrawnOn } },
        ),
      ),
    onSuccess: after,
  });
}
