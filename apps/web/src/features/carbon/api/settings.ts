// GET and PATCH a project's carbon assumptions and a session's van.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ProjectCarbonSettings,
  ProjectCarbonSettingsUpdateBody,
  SessionCarbonSettings,
} from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { carbonQueryKey } from './footprints';

export function useProjectCarbonSettings(orgId: string, projectId: string) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'settings', 'projects', projectId],
    queryFn: () =>
      api.get<ProjectCarbonSettings>(`/api/orgs/${orgId}/projects/${projectId}/carbon/settings`),
  });
}

export function useSaveProjectCarbonSettings(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectCarbonSettingsUpdateBody) =>
      api.patch<ProjectCarbonSettings>(
        `/api/orgs/${orgId}/projects/${projectId}/carbon/settings`,
        body,
      ),
    // Every figure may change: footprints, scenarios, the year.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}

export function useSessionCarbonSettings(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'settings', 'sessions', sessionId],
    queryFn: () =>
      api.get<SessionCarbonSettings>(`/api/orgs/${orgId}/sessions/${sessionId}/carbon/settings`),
  });
}

export function useSaveSessionVan(orgId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vanKm: number | null) =>
      api.patch<SessionCarbonSettings>(`/api/orgs/${orgId}/sessions/${sessionId}/carbon/settings`, {
        vanKm,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carbonQueryKey(orgId) }),
  });
}
