// POST /journeys/preview (dates without saving), POST /journeys, DELETE /journeys/:id.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { JourneyCreateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { journeysQueryKey } from './journeys';

export function useJourneyPreview(orgId: string) {
  return useMutation({
    mutationFn: (body: Omit<JourneyCreateBody, 'override'>) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/journeys/preview', { params: { path: { orgId } }, body }),
      ),
  });
}

export function useCreateJourney(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JourneyCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/journeys', { params: { path: { orgId } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: journeysQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'sessions'] }),
        queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'projects'] }),
      ]),
  });
}

export function useDeleteJourney(orgId: string, journeyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/journeys/{journeyId}', {
          params: { path: { orgId, journeyId } },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: journeysQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'sessions'] }),
      ]),
  });
}
