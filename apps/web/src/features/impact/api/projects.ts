// The organisation's projects as choices for filters and reports.
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function useProjectChoices(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'impact', 'project-choices'],
    queryFn: () =>
      api.get<{ items: { id: string; name: string }[] }>(`/api/orgs/${orgId}/projects?limit=200`),
  });
}
