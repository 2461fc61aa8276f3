// POST /journeys/preview (dates without saving), POST /journeys, DELETE /journeys/:id.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { JourneyCreateBody, JourneyCreated, JourneyPlan } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { journeysQueryKey } from './journeys';

export function useJourneyPreview(orgId: string) {
  return useMutation({
    mutationFn: (body: Omit<JourneyCreateBody, 'override'>) =>
      api.post<JourneyPlan>(`/api/orgs/${orgId}/journeys/preview`, body),
  });
}

export function useCreateJourney(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JourneyCreateBody) =>
      api.post<JourneyCreated>(`/api/orgs/${orgId}/journeys`, body),
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
    mutationFn: () => api.delete(`/api/orgs/${orgId}/journeys/${journeyId}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: journeysQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'sessions'] }),
      ]),
  });
}
