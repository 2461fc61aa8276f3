// GET /api/orgs/:orgId/journeys (by project or group) and /journeys/:journeyId.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export const journeysQueryKey = (orgId: string) => ['orgs', orgId, 'journeys'] as const;

export function useJourneys(orgId: string, filters: { projectId?: string } = {}) {
  const query = { limit: 200, projectId: filters.projectId };
  return useQuery({
    queryKey: [...journeysQueryKey(orgId), 'list', filters],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/journeys', { params: { path: { orgId }, query } })),
  });
}

export function useJourney(orgId: string, journeyId: string) {
  return useQuery({
    queryKey: [...journeysQueryKey(orgId), journeyId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/journeys/{journeyId}', {
          params: { path: { orgId, journeyId } },
        }),
      ),
  });
}
