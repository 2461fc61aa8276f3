// GET /api/orgs/:orgId/directory/support-requests/map: where help to start an ensemble was asked
// for, per commune (counts, no person), for the maps of coordinators and admins.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useSupportRequestPoints(orgId: string, { enabled }: { enabled: boolean }) {
  return useQuery({
    enabled,
    // Under the directory's key, so that handling or deleting a request refreshes the maps too.
    queryKey: ['orgs', orgId, 'ensembles', 'support-requests', 'map'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/directory/support-requests/map', {
          params: { path: { orgId } },
        }),
      ),
  });
}
