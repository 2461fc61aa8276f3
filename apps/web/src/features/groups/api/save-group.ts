// POST /api/orgs/:orgId/groups, PATCH /groups/:groupId (also archives), DELETE.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Group, GroupCreateBody, GroupUpdateBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { groupQueryKey, groupsQueryKey } from './groups';

export function useCreateGroup(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupCreateBody) => api.post<Group>(`/api/orgs/${orgId}/groups`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsQueryKey(orgId) }),
  });
}

export function useUpdateGroup(orgId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupUpdateBody) =>
      api.patch<Group>(`/api/orgs/${orgId}/groups/${groupId}`, body),
    onSuccess: (group) => {
      queryClient.setQueryData(groupQueryKey(orgId, groupId), group);
      return queryClient.invalidateQueries({ queryKey: groupsQueryKey(orgId) });
    },
  });
}

export function useDeleteGroup(orgId: string, groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/orgs/${orgId}/groups/${groupId}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: groupQueryKey(orgId, groupId) });
      return queryClient.invalidateQueries({ queryKey: groupsQueryKey(orgId) });
    },
  });
}
