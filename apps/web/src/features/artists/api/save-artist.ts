// POST /api/orgs/:orgId/artists, PATCH /artists/:artistId (also archives), DELETE.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ArtistCreateBody, ArtistUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { artistQueryKey, artistsQueryKey } from './artists';

export function useCreateArtist(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArtistCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/artists', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: artistsQueryKey(orgId) }),
  });
}

export function useUpdateArtist(orgId: string, artistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArtistUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/artists/{artistId}', {
          params: { path: { orgId, artistId } },
          body,
        }),
      ),
    onSuccess: (artist) => {
      queryClient.setQueryData(artistQueryKey(orgId, artistId), artist);
      return queryClient.invalidateQueries({ queryKey: artistsQueryKey(orgId) });
    },
  });
}

export function useDeleteArtist(orgId: string, artistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/artists/{artistId}', {
          params: { path: { orgId, artistId } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: artistQueryKey(orgId, artistId) });
      return queryClient.invalidateQueries({ queryKey: artistsQueryKey(orgId) });
    },
  });
}
