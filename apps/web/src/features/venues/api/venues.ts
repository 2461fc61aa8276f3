// GET /api/orgs/:orgId/venues (search, kind, step-free, archived, pages) and /venues/:venueId.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Venue, VenueKind, VenueSummary } from '@tutti/contracts';
import { api } from '@/lib/api-client';

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
  const params = new URLSearchParams({
    limit: String(VENUES_PAGE_SIZE),
    offset: String(filters.offset),
    includeArchived: String(filters.includeArchived),
  });
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  return useQuery({
    queryKey: [...venuesQueryKey(orgId), 'list', filters],
    queryFn: () =>
      api.get<{ items: VenueSummary[]; total: number }>(`/api/orgs/${orgId}/venues?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useVenue(orgId: string, venueId: string) {
  return useQuery({
    queryKey: venueQueryKey(orgId, venueId),
    queryFn: () => api.get<Venue>(`/api/orgs/${orgId}/venues/${venueId}`),
  });
}
