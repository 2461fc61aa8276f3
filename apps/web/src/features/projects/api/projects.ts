// GET /api/orgs/:orgId/projects (status, search, pages) and /projects/:projectId.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Project, ProjectStatus, ProjectSummary } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export const projectsQueryKey = (orgId: string) => ['orgs', orgId, 'projects'] as const;
export const projectQueryKey = (orgId: string, projectId: string) =>
  [...projectsQueryKey(orgId), projectId] as const;

export const PROJECTS_PAGE_SIZE = 50;

export function useProjects(
  orgId: string,
  filters: { status: ProjectStatus | ''; offset: number },
) {
  const params = new URLSearchParams({
    limit: String(PROJECTS_PAGE_SIZE),
    offset: String(filters.offset),
  });
  if (filters.status) params.set('status', filters.status);
  return useQuery({
    queryKey: [...projectsQueryKey(orgId), 'list', filters],
    queryFn: () =>
      api.get<{ items: ProjectSummary[]; total: number }>(`/api/orgs/${orgId}/projects?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useProject(orgId: string, projectId: string) {
  return useQuery({
    queryKey: projectQueryKey(orgId, projectId),
    queryFn: () => api.get<Project>(`/api/orgs/${orgId}/projects/${projectId}`),
  });
}
