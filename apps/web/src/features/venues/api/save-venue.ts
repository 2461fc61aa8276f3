// POST /api/orgs/:orgId/venues, PATCH /venues/:venueId (also archives), DELETE.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VenueCreateBody, VenueUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { partnersQueryKey } from '@/lib/lookups';
import { venueQueryKey, venuesQueryKey } from './venues';

export function useCreateVenue(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VenueCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/venues', { params: { path: { orgId } }, body })),
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
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/venues/{venueId}', {
          params: { path: { orgId, venueId } },
          body,
        }),
      ),
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
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/venues/{venueId}', {
          params: { path: { orgId, venueId } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: venueQueryKey(orgId, venueId) });
      return queryClient.invalidateQueries({ queryKey: venuesQueryKey(orgId) });
    },
  });
}
