// GET /api/orgs/:orgId/artists (search, skill, archived, pages) and /artists/:artistId.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SessionKind } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const artistsQueryKey = (orgId: string) => ['orgs', orgId, 'artists'] as const;
export const artistQueryKey = (orgId: string, artistId: string) =>
  [...artistsQueryKey(orgId), artistId] as const;

export type ArtistFilters = {
  q: string;
  skill: SessionKind | '';
  includeArchived: boolean;
  offset: number;
};

export const ARTISTS_PAGE_SIZE = 50;

export function useArtists(orgId: string, filters: ArtistFilters) {
  const query = {
    limit: ARTISTS_PAGE_SIZE,
    offset: filters.offset,
    includeArchived: filters.includeArchived ? ('true' as const) : ('false' as const),
    q: filters.q,
    skill: filters.skill || undefined,
  };
  return useQuery({
    queryKey: [...artistsQueryKey(orgId), 'list', filters],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/artists', { params: { path: { orgId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useArtist(orgId: string, artistId: string) {
  return useQuery({
    queryKey: artistQueryKey(orgId, artistId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/artists/{artistId}', {
          params: { path: { orgId, artistId } },
        }),
      ),
  });
}
