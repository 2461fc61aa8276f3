// GET and PATCH a project's carbon assumptions and a session's van.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectCarbonSettingsUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { carbonQueryKey } from './footprints';

export function useProjectCarbonSettings(orgId: string, projectId: string) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'settings', 'projects', projectId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/projects/{projectId}/carbon/settings', {
          params: { path: { orgId, projectId } },
        }),
      ),
  });
}

export function useSaveProjectCarbonSettings(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectCarbonSettingsUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/projects/{projectId}/carbon/settings', {
          params: { path: { orgId, projectId } },
          body,
        }),
      ),
    // Every figure may change: footprints, scenarios, the year.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}

export function useSessionCarbonSettings(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'settings', 'sessions', sessionId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{sessionId}/carbon/settings', {
          params: { path: { orgId, sessionId } },
        }),
      ),
  });
}

export function useSaveSessionVan(orgId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vanKm: number | null) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/sessions/{sessionId}/carbon/settings', {
          params: { path: { orgId, sessionId } },
          body: {
            vanKm,
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}
