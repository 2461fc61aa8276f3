// POST /planning/runs/:runId/cancel: stops a run that has not finished.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanningRun } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { runQueryKey } from './runs';

export function useCancelRun(orgId: string, runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PlanningRun>(`/api/orgs/${orgId}/planning/runs/${runId}/cancel`, {}),
    onSuccess: (run) => queryClient.setQueryData(runQueryKey(orgId, runId), run),
  });
}
