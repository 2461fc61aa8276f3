// What the share form picks from: GET /api/orgs/:orgId/journey-templates (the organisation's
// templates) and GET /api/orgs/:orgId/media (its published files).
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useOwnTemplates(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['orgs', orgId, 'journey-templates', 'library-picker'],
    enabled,
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/journey-templates', {
          params: { path: { orgId }, query: { includeArchived: 'false' } },
        }),
      ),
  });
}

export function useOwnMedia(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['orgs', orgId, 'media', 'library-picker'],
    enabled,
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/media', { params: { path: { orgId } } })),
    select: (list) => list.items.filter((media) => media.status === 'ready'),
  });
}
