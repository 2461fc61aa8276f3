// GET /planning/runs and /planning/runs/:runId, polled every second while the run searches.
import { useQuery } from '@tanstack/react-query';
import type { PlanningRun, PlanningRunSummary } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export const planningQueryKey = (orgId: string) => ['orgs', orgId, 'planning'] as const;
export const runQueryKey = (orgId: string, runId: string) =>
  [...planningQueryKey(orgId), 'runs', runId] as const;

const POLL_MS = 1000;

export function usePlanningRuns(orgId: string, projectId?: string) {
  const query = projectId ? `?projectId=${projectId}` : '';
  return useQuery({
    queryKey: [...planningQueryKey(orgId), 'runs', 'list', projectId ?? null],
    queryFn: () =>
      api.get<{ items: PlanningRunSummary[] }>(`/api/orgs/${orgId}/planning/runs${query}`),
  });
}

export function usePlanningRun(orgId: string, runId: string) {
  return useQuery({
    queryKey: runQueryKey(orgId, runId),
    queryFn: () => api.get<PlanningRun>(`/api/orgs/${orgId}/planning/runs/${runId}`),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'queued' || status === 'running' ? POLL_MS : false;
    },
  });
}
