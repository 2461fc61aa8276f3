// POST /api/orgs/:orgId/artists, PATCH /artists/:artistId (also archives), DELETE.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Artist, ArtistCreateBody, ArtistUpdateBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { artistQueryKey, artistsQueryKey } from './artists';

export function useCreateArtist(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArtistCreateBody) => api.post<Artist>(`/api/orgs/${orgId}/artists`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: artistsQueryKey(orgId) }),
  });
}

export function useUpdateArtist(orgId: string, artistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArtistUpdateBody) =>
      api.patch<Artist>(`/api/orgs/${orgId}/artists/${artistId}`, body),
    onSuccess: (artist) => {
      queryClient.setQueryData(artistQueryKey(orgId, artistId), artist);
      return queryClient.invalidateQueries({ queryKey: artistsQueryKey(orgId) });
    },
  });
}

export function useDeleteArtist(orgId: string, artistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/orgs/${orgId}/artists/${artistId}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: artistQueryKey(orgId, artistId) });
      return queryClient.invalidateQueries({ queryKey: artistsQueryKey(orgId) });
    },
  });
}
