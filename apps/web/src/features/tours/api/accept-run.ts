// POST /planning/runs/:runId/accept: applies the plan's dates and artists to the sessions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useAcceptRun(orgId: string, runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/planning/runs/{runId}/accept', {
          params: { path: { orgId, runId } },
          body: {},
        }),
      ),
    // Sessions moved: every calendar, project and footprint may show something else now.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId] }),
  });
}
