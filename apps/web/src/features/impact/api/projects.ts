// The organisation's projects as choices for filters and reports.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useProjectChoices(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'impact', 'project-choices'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/projects', {
          params: { path: { orgId }, query: { limit: 200 } },
        }),
      ),
  });
}
