// GET a project's scenarios side by side, and the comparison of two of them.
import { useQuery } from '@tanstack/react-query';
import type { ScenarioChoice } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { carbonQueryKey } from './footprints';

export function useProjectScenarios(orgId: string, projectId: string) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'projects', projectId, 'scenarios'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/projects/{projectId}/carbon/scenarios', {
          params: { path: { orgId, projectId } },
        }),
      ),
  });
}

export function useScenarioPair(
  orgId: string,
  projectId: string,
  pair: { a: ScenarioChoice; b: ScenarioChoice } | null,
) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'projects', projectId, 'pair', pair],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/projects/{projectId}/carbon/scenarios/compare', {
          params: { path: { orgId, projectId }, query: { a: pair!.a, b: pair!.b } },
        }),
      ),
    enabled: pair !== null,
  });
}
