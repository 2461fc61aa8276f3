// POST /projects, PATCH /projects/:id, POST /projects/:id/status, DELETE /projects/:id.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Project,
  ProjectCreateBody,
  ProjectStatus,
  ProjectUpdateBody,
} from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { projectQueryKey, projectsQueryKey } from './projects';

function useSaved(orgId: string) {
  const queryClient = useQueryClient();
  return (project: Project) => {
    queryClient.setQueryData(projectQueryKey(orgId, project.id), project);
    return queryClient.invalidateQueries({ queryKey: projectsQueryKey(orgId) });
  };
}

export function useCreateProject(orgId: string) {
  const saved = useSaved(orgId);
  return useMutation({
    mutationFn: (body: ProjectCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/projects', { params: { path: { orgId } }, body })),
    onSuccess: saved,
  });
}

export function useUpdateProject(orgId: string, projectId: string) {
  const saved = useSaved(orgId);
  return useMutation({
    mutationFn: (body: ProjectUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/projects/{projectId}', {
          params: { path: { orgId, projectId } },
          body,
        }),
      ),
    onSuccess: saved,
  });
}

export function useProjectStatus(orgId: string, projectId: string) {
  const saved = useSaved(orgId);
  return useMutation({
    mutationFn: (status: ProjectStatus) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/projects/{projectId}/status', {
          params: { path: { orgId, projectId } },
          body: { status },
        }),
      ),
    onSuccess: saved,
  });
}

export function useDeleteProject(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/projects/{projectId}', {
          params: { path: { orgId, projectId } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: projectQueryKey(orgId, projectId) });
      return queryClient.invalidateQueries({ queryKey: projectsQueryKey(orgId) });
    },
  });
}
