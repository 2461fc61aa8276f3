// GET /planning/runs and /planning/runs/:runId, polled every second while the run searches.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export const planningQueryKey = (orgId: string) => ['orgs', orgId, 'planning'] as const;
export const runQueryKey = (orgId: string, runId: string) =>
  [...planningQueryKey(orgId), 'runs', runId] as const;

const POLL_MS = 1000;

export function usePlanningRuns(orgId: string, projectId?: string) {
  return useQuery({
    queryKey: [...planningQueryKey(orgId), 'runs', 'list', projectId ?? null],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/planning/runs', {
          params: { path: { orgId }, query: { projectId } },
        }),
      ),
  });
}

export function usePlanningRun(orgId: string, runId: string) {
  return useQuery({
    queryKey: runQueryKey(orgId, runId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/planning/runs/{runId}', {
          params: { path: { orgId, runId } },
        }),
      ),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'queued' || status === 'running' ? POLL_MS : false;
    },
  });
}
