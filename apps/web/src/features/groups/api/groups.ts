// GET /api/orgs/:orgId/groups (search, kind, archived, pages) and /groups/:groupId.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Group, GroupKind } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export const groupsQueryKey = (orgId: string) => ['orgs', orgId, 'groups'] as const;
export const groupQueryKey = (orgId: string, groupId: string) =>
  [...groupsQueryKey(orgId), groupId] as const;

export type GroupFilters = {
  q: string;
  kind: GroupKind | '';
  includeArchived: boolean;
  offset: number;
};

export const GROUPS_PAGE_SIZE = 50;

export function useGroups(orgId: string, filters: GroupFilters) {
  const params = new URLSearchParams({
    limit: String(GROUPS_PAGE_SIZE),
    offset: String(filters.offset),
    archived: filters.includeArchived ? 'include' : 'exclude',
  });
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  return useQuery({
    queryKey: [...groupsQueryKey(orgId), 'list', filters],
    queryFn: () =>
      api.get<{ items: Group[]; total: number }>(`/api/orgs/${orgId}/groups?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(orgId: string, groupId: string) {
  return useQuery(
    queryOptions({
      queryKey: groupQueryKey(orgId, groupId),
      queryFn: () => api.get<Group>(`/api/orgs/${orgId}/groups/${groupId}`),
    }),
  );
}

/** The groups in use, for a "group" select (the reader's own groups for a relay). */
export function useGroupOptions(orgId: string) {
  return useQuery({
    queryKey: [...groupsQueryKey(orgId), 'options'],
    queryFn: () =>
      api.get<{ items: Group[]; total: number }>(`/api/orgs/${orgId}/groups?limit=200`),
    select: (data) =>
      data.items.map((group) => ({
        id: group.id,
        name: group.name,
        listedIndividually: group.listedIndividually,
      })),
  });
}
