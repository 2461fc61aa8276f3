// POST /participants/:id/consents and POST /participants/:id/consents/:consentId/withdraw.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Consent, ConsentCreateBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
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
      api.post<Consent>(`/api/orgs/${orgId}/participants/${participantId}/consents`, body),
    onSuccess: after,
  });
}

export function useWithdrawConsent(orgId: string, participantId: string) {
  const after = useAfterConsent(orgId, participantId);
  return useMutation({
    mutationFn: ({ consentId, withdrawnOn }: { consentId: string; withdrawnOn: string }) =>
      api.post<Consent>(
        `/api/orgs/${orgId}/participants/${participantId}/consents/${consentId}/withdraw`,
        { withdrawnOn },
      ),
    onSuccess: after,
  });
}
