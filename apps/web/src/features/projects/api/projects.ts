// GET /api/orgs/:orgId/projects (status, search, pages) and /projects/:projectId.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProjectStatus } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const projectsQueryKey = (orgId: string) => ['orgs', orgId, 'projects'] as const;
export const projectQueryKey = (orgId: string, projectId: string) =>
  [...projectsQueryKey(orgId), projectId] as const;

export const PROJECTS_PAGE_SIZE = 50;

export function useProjects(
  orgId: string,
  filters: { status: ProjectStatus | ''; offset: number },
) {
  const query = {
    limit: PROJECTS_PAGE_SIZE,
    offset: filters.offset,
    status: filters.status || undefined,
  };
  return useQuery({
    queryKey: [...projectsQueryKey(orgId), 'list', filters],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/projects', { params: { path: { orgId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useProject(orgId: string, projectId: string) {
  return useQuery({
    queryKey: projectQueryKey(orgId, projectId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/projects/{projectId}', {
          params: { path: { orgId, projectId } },
        }),
      ),
  });
}
