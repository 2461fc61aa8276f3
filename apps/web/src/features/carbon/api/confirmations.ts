// PUT and DELETE a confirmation: a flagged input counts in the headline again, or no longer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { carbonQueryKey } from './footprints';

/** A flagged input of a session, by the key and fingerprint its flag gives. */
type Input = { sessionId: string; inputKey: string; fingerprint: string };

export function useConfirmInput(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, inputKey, fingerprint }: Input) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/sessions/{sessionId}/carbon/confirmations/{inputKey}', {
          params: { path: { orgId, sessionId, inputKey } },
          body: { fingerprint },
        }),
      ),
    // The headline of the session, its project, its year and the scenarios change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}

export function useWithdrawConfirmation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, inputKey }: Omit<Input, 'fingerprint'>) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/sessions/{sessionId}/carbon/confirmations/{inputKey}', {
          params: { path: { orgId, sessionId, inputKey } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}
