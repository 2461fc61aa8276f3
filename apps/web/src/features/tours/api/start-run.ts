// POST /planning/runs: starts a run (a fresh plan, or a re-plan of an earlier run with pins).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanningRun, PlanningRunCreateBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { planningQueryKey, runQueryKey } from './runs';

export function useStartRun(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanningRunCreateBody) =>
      api.post<PlanningRun>(`/api/orgs/${orgId}/planning/runs`, body),
    onSuccess: (run) => {
      queryClient.setQueryData(runQueryKey(orgId, run.id), run);
      return queryClient.invalidateQueries({
        queryKey: [...planningQueryKey(orgId), 'runs', 'list'],
      });
    },
  });
}
