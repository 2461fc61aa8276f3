// POST /api/orgs/:orgId/venues, PATCH /venues/:venueId (also archives), DELETE.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Venue, VenueCreateBody, VenueUpdateBody } from '@tutti/contracts';
import { partnersQueryKey } from '@/features/partners';
import { api } from '@/lib/api-client';
import { venueQueryKey, venuesQueryKey } from './venues';

export function useCreateVenue(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VenueCreateBody) => api.post<Venue>(`/api/orgs/${orgId}/venues`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: venuesQueryKey(orgId) }),
        // A partner's page lists its venues.
        queryClient.invalidateQueries({ queryKey: partnersQueryKey(orgId) }),
      ]),
  });
}

export function useUpdateVenue(orgId: string, venueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VenueUpdateBody) =>
      api.patch<Venue>(`/api/orgs/${orgId}/venues/${venueId}`, body),
    onSuccess: (venue) => {
      queryClient.setQueryData(venueQueryKey(orgId, venueId), venue);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: venuesQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: partnersQueryKey(orgId) }),
      ]);
    },
  });
}

export function useDeleteVenue(orgId: string, venueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/orgs/${orgId}/venues/${venueId}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: venueQueryKey(orgId, venueId) });
      return queryClient.invalidateQueries({ queryKey: venuesQueryKey(orgId) });
    },
  });
}
