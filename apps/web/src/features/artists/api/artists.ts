// GET /api/orgs/:orgId/artists (search, skill, archived, pages) and /artists/:artistId.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Artist, ArtistSummary, SessionKind } from '@tutti/contracts';
import { api } from '@/lib/api-client';

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
  const params = new URLSearchParams({
    limit: String(ARTISTS_PAGE_SIZE),
    offset: String(filters.offset),
    includeArchived: String(filters.includeArchived),
  });
  if (filters.q) params.set('q', filters.q);
  if (filters.skill) params.set('skill', filters.skill);
  return useQuery({
    queryKey: [...artistsQueryKey(orgId), 'list', filters],
    queryFn: () =>
      api.get<{ items: ArtistSummary[]; total: number }>(`/api/orgs/${orgId}/artists?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useArtist(orgId: string, artistId: string) {
  return useQuery({
    queryKey: artistQueryKey(orgId, artistId),
    queryFn: () => api.get<Artist>(`/api/orgs/${orgId}/artists/${artistId}`),
  });
}
