// GET /api/orgs/:orgId/media (the list, followed while files upload or process), GET …/media/usage
// (admins), DELETE …/media/:mediaId.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MediaList } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const mediaQueryKey = (orgId: string) => ['orgs', orgId, 'media'] as const;
const usageQueryKey = (orgId: string) => ['orgs', orgId, 'media', 'usage'] as const;

/** A file still on its way: the list is read again every two seconds until none is. */
function busy(list: MediaList | undefined) {
  return (list?.items ?? []).some((m) => m.status === 'uploading' || m.status === 'processing');
}

export function useMediaList(orgId: string) {
  return useQuery({
    queryKey: mediaQueryKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/media', { params: { path: { orgId } } })),
    refetchInterval: (query) => (busy(query.state.data) ? 2_000 : false),
  });
}

export function useMediaUsage(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: usageQueryKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/media/usage', { params: { path: { orgId } } })),
    enabled,
  });
}

export function useDeleteMedia(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mediaId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/media/{mediaId}', {
          params: { path: { orgId, mediaId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mediaQueryKey(orgId) }),
  });
}

/** Where a published rendition is read (audio and video seek in it with byte ranges). */
export function mediaContentUrl(orgId: string, mediaId: string, variant: string) {
  return `/api/orgs/${orgId}/media/${mediaId}/content?variant=${variant}`;
}
