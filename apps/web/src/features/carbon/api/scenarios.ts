// GET a project's scenarios side by side, and the comparison of two of them.
import { useQuery } from '@tanstack/react-query';
import type { ProjectScenarios, ScenarioChoice, ScenarioPair } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { carbonQueryKey } from './footprints';

export function useProjectScenarios(orgId: string, projectId: string) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'projects', projectId, 'scenarios'],
    queryFn: () =>
      api.get<ProjectScenarios>(`/api/orgs/${orgId}/projects/${projectId}/carbon/scenarios`),
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
      api.get<ScenarioPair>(
        `/api/orgs/${orgId}/projects/${projectId}/carbon/scenarios/compare?a=${pair!.a}&b=${pair!.b}`,
      ),
    enabled: pair !== null,
  });
}
