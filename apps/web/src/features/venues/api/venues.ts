// GET /api/orgs/:orgId/venues (search, kind, step-free, archived, pages) and /venues/:venueId.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { VenueKind } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const venuesQueryKey = (orgId: string) => ['orgs', orgId, 'venues'] as const;
export const venueQueryKey = (orgId: string, venueId: string) =>
  [...venuesQueryKey(orgId), venueId] as const;

export type VenueFilters = {
  q: string;
  kind: VenueKind | '';
  includeArchived: boolean;
  offset: number;
};

export const VENUES_PAGE_SIZE = 50;

export function useVenues(orgId: string, filters: VenueFilters) {
  const query = {
    limit: VENUES_PAGE_SIZE,
    offset: filters.offset,
    includeArchived: filters.includeArchived ? ('true' as const) : ('false' as const),
    q: filters.q,
    kind: filters.kind || undefined,
  };
  return useQuery({
    queryKey: [...venuesQueryKey(orgId), 'list', filters],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/venues', { params: { path: { orgId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useVenue(orgId: string, venueId: string) {
  return useQuery({
    queryKey: venueQueryKey(orgId, venueId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/venues/{venueId}', {
          params: { path: { orgId, venueId } },
        }),
      ),
  });
}
