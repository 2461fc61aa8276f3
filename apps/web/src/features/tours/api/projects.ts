// GET /projects?status=active: the projects a tour can be planned for.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useActiveProjects(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'projects', 'list', { status: 'active', tours: true }],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/projects', {
          params: { path: { orgId }, query: { status: 'active', limit: 200 } },
        }),
      ),
  });
}
