// POST /planning/runs/:runId/cancel: stops a run that has not finished.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { runQueryKey } from './runs';

export function useCancelRun(orgId: string, runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/planning/runs/{runId}/cancel', {
          params: { path: { orgId, runId } },
          body: {},
        }),
      ),
    onSuccess: (run) => queryClient.setQueryData(runQueryKey(orgId, runId), run),
  });
}
