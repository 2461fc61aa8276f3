// Journey templates: GET list and one, POST, PATCH (steps, archiving), DELETE.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  JourneyTemplate,
  JourneyTemplateCreateBody,
  JourneyTemplateUpdateBody,
} from '@tutti/contracts';
import { api } from '@/lib/api-client';

const templatesQueryKey = (orgId: string) => ['orgs', orgId, 'journey-templates'] as const;

export function useTemplates(orgId: string, includeArchived = false) {
  return useQuery({
    queryKey: [...templatesQueryKey(orgId), 'list', includeArchived],
    queryFn: () =>
      api.get<{ items: JourneyTemplate[] }>(
        `/api/orgs/${orgId}/journey-templates?includeArchived=${includeArchived}`,
      ),
  });
}

export function useTemplate(orgId: string, templateId: string) {
  return useQuery({
    queryKey: [...templatesQueryKey(orgId), templateId],
    queryFn: () => api.get<JourneyTemplate>(`/api/orgs/${orgId}/journey-templates/${templateId}`),
  });
}

export function useSaveTemplate(orgId: string, templateId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JourneyTemplateCreateBody | JourneyTemplateUpdateBody) =>
      templateId
        ? api.patch<JourneyTemplate>(`/api/orgs/${orgId}/journey-templates/${templateId}`, body)
        : api.post<JourneyTemplate>(`/api/orgs/${orgId}/journey-templates`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey(orgId) }),
  });
}

export function useDeleteTemplate(orgId: string, templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/orgs/${orgId}/journey-templates/${templateId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey(orgId) }),
  });
}
