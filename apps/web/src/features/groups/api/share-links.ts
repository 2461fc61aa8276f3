// GET, POST /api/orgs/:orgId/groups/:groupId/share-links and POST …/:linkId/revoke.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { groupQueryKey } from './groups';

const shareLinksKey = (orgId: string, groupId: string) =>
  [...groupQueryKey(orgId, groupId), 'share-links'] as const;

export function useGroupShareLinks(orgId: string, groupId: string) {
  return useQuery({
    queryKey: shareLinksKey(orgId, groupId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/groups/{groupId}/share-links', {
          params: { path: { orgId, groupId } },
        }),
      ),
  });
}

/** A new link replaces the current one. */
export function useCreateGroupShareLink(orgId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string | null) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/groups/{groupId}/share-links', {
          params: { path: { orgId, groupId } },
          body: { note },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shareLinksKey(orgId, groupId) }),
  });
}

export function useRevokeGroupShareLink(orgId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/groups/{groupId}/share-links/{linkId}/revoke', {
          params: { path: { orgId, groupId, linkId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shareLinksKey(orgId, groupId) }),
  });
}
