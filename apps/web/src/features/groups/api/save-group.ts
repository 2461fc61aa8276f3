// POST /api/orgs/:orgId/groups, PATCH /groups/:groupId (also archives), DELETE.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GroupCreateBody, GroupUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { groupQueryKey, groupsQueryKey } from './groups';

export function useCreateGroup(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/groups', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsQueryKey(orgId) }),
  });
}

export function useUpdateGroup(orgId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/groups/{groupId}', {
          params: { path: { orgId, groupId } },
          body,
        }),
      ),
    onSuccess: (group) => {
      queryClient.setQueryData(groupQueryKey(orgId, groupId), group);
      return queryClient.invalidateQueries({ queryKey: groupsQueryKey(orgId) });
    },
  });
}

export function useDeleteGroup(orgId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/groups/{groupId}', {
          params: { path: { orgId, groupId } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: groupQueryKey(orgId, groupId) });
      return queryClient.invalidateQueries({ queryKey: groupsQueryKey(orgId) });
    },
  });
}
