// GET /api/orgs/:orgId/journeys (by project or group) and /journeys/:journeyId.
import { useQuery } from '@tanstack/react-query';
import type { Journey, JourneySummary } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export const journeysQueryKey = (orgId: string) => ['orgs', orgId, 'journeys'] as const;

export function useJourneys(orgId: string, filters: { projectId?: string } = {}) {
  const params = new URLSearchParams({ limit: '200' });
  if (filters.projectId) params.set('projectId', filters.projectId);
  return useQuery({
    queryKey: [...journeysQueryKey(orgId), 'list', filters],
    queryFn: () =>
      api.get<{ items: JourneySummary[]; total: number }>(`/api/orgs/${orgId}/journeys?${params}`),
  });
}

export function useJourney(orgId: string, journeyId: string) {
  return useQuery({
    queryKey: [...journeysQueryKey(orgId), journeyId],
    queryFn: () => api.get<Journey>(`/api/orgs/${orgId}/journeys/${journeyId}`),
  });
}
