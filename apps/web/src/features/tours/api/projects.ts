// GET /projects?status=active: the projects a tour can be planned for.
import { useQuery } from '@tanstack/react-query';
import type { ProjectSummary } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export function useActiveProjects(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'projects', 'list', { status: 'active', tours: true }],
    queryFn: () =>
      api.get<{ items: ProjectSummary[] }>(`/api/orgs/${orgId}/projects?status=active&limit=200`),
  });
}
