// POST /projects, PATCH /projects/:id, POST /projects/:id/status, DELETE /projects/:id.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Project,
  ProjectCreateBody,
  ProjectStatus,
  ProjectUpdateBody,
} from '@tutti/contracts';
import { api } from '@/lib/api-client';
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
    mutationFn: (body: ProjectCreateBody) => api.post<Project>(`/api/orgs/${orgId}/projects`, body),
    onSuccess: saved,
  });
}

export function useUpdateProject(orgId: string, projectId: string) {
  const saved = useSaved(orgId);
  return useMutation({
    mutationFn: (body: ProjectUpdateBody) =>
      api.patch<Project>(`/api/orgs/${orgId}/projects/${projectId}`, body),
    onSuccess: saved,
  });
}

export function useProjectStatus(orgId: string, projectId: string) {
  const saved = useSaved(orgId);
  return useMutation({
    mutationFn: (status: ProjectStatus) =>
      api.post<Project>(`/api/orgs/${orgId}/projects/${projectId}/status`, { status }),
    onSuccess: saved,
  });
}

export function useDeleteProject(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/orgs/${orgId}/projects/${projectId}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: projectQueryKey(orgId, projectId) });
      return queryClient.invalidateQueries({ queryKey: projectsQueryKey(orgId) });
    },
  });
}
