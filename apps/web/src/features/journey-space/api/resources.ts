// GET, POST /api/orgs/:orgId/space-resources, PUT …/:resourceId and …/:resourceId/publication:
// the resource library shared by the organisation's journey spaces.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SpaceResourceBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { spacesQueryKey } from './space';

const libraryKey = (orgId: string) => ['orgs', orgId, 'space-resources'] as const;

export function useSpaceLibrary(orgId: string) {
  return useQuery({
    queryKey: libraryKey(orgId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/space-resources', {
          params: { path: { orgId }, query: { limit: 200 } },
        }),
      ),
  });
}

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: libraryKey(orgId) });
    void queryClient.invalidateQueries({ queryKey: spacesQueryKey(orgId) });
  };
}

export function useCreateSpaceResource(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: SpaceResourceBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/space-resources', { params: { path: { orgId } }, body }),
      ),
    onSuccess: refresh,
  });
}

export function useUpdateSpaceResource(orgId: string, resourceId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: SpaceResourceBody) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/space-resources/{resourceId}', {
          params: { path: { orgId, resourceId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useSetPublication(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ resourceId, published }: { resourceId: string; published: boolean }) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/space-resources/{resourceId}/publication', {
          params: { path: { orgId, resourceId } },
          body: { published },
        }),
      ),
    onSuccess: refresh,
  });
}

/** PUT and DELETE …/space-resources/:resourceId/captions/:lang: a video's captions by language. */
export function useSetCaptions(orgId: string, resourceId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ lang, vtt }: { lang: string; vtt: string }) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/space-resources/{resourceId}/captions/{lang}', {
          params: { path: { orgId, resourceId, lang } },
          body: { vtt },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveCaptions(orgId: string, resourceId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (lang: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/space-resources/{resourceId}/captions/{lang}', {
          params: { path: { orgId, resourceId, lang } },
        }),
      ),
    onSuccess: refresh,
  });
}
