// POST /planning/runs: starts a run (a fresh plan, or a re-plan of an earlier run with pins).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanningRunCreateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { planningQueryKey, runQueryKey } from './runs';

export function useStartRun(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanningRunCreateBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/planning/runs', { params: { path: { orgId } }, body }),
      ),
    onSuccess: (run) => {
      queryClient.setQueryData(runQueryKey(orgId, run.id), run);
      return queryClient.invalidateQueries({
        queryKey: [...planningQueryKey(orgId), 'runs', 'list'],
      });
    },
  });
}
