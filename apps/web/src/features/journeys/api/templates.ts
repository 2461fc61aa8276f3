// Journey templates: GET list and one, POST, PATCH (steps, archiving), DELETE.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JourneyTemplateCreateBody, JourneyTemplateUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const templatesQueryKey = (orgId: string) => ['orgs', orgId, 'journey-templates'] as const;

export function useTemplates(orgId: string, includeArchived = false) {
  return useQuery({
    queryKey: [...templatesQueryKey(orgId), 'list', includeArchived],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/journey-templates', {
          params: {
            path: { orgId },
            query: { includeArchived: includeArchived ? 'true' : 'false' },
          },
        }),
      ),
  });
}

export function useTemplate(orgId: string, templateId: string) {
  return useQuery({
    queryKey: [...templatesQueryKey(orgId), templateId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/journey-templates/{templateId}', {
          params: { path: { orgId, templateId } },
        }),
      ),
  });
}

export function useSaveTemplate(orgId: string, templateId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JourneyTemplateCreateBody | JourneyTemplateUpdateBody) =>
      templateId
        ? unwrap(
            apiClient.PATCH('/api/orgs/{orgId}/journey-templates/{templateId}', {
              params: { path: { orgId, templateId } },
              body,
            }),
          )
        : unwrap(
            apiClient.POST('/api/orgs/{orgId}/journey-templates', {
              params: { path: { orgId } },
              // A new template always comes from the whole form.
              body: body as JourneyTemplateCreateBody,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey(orgId) }),
  });
}

export function useDeleteTemplate(orgId: string, templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/journey-templates/{templateId}', {
          params: { path: { orgId, templateId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey(orgId) }),
  });
}
