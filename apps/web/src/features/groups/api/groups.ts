// GET /api/orgs/:orgId/groups (search, kind, archived, pages) and /groups/:groupId.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { GroupKind } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { groupsQueryKey } from '@/lib/lookups';

export { groupsQueryKey };

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
  const query = {
    limit: GROUPS_PAGE_SIZE,
    offset: filters.offset,
    archived: filters.includeArchived ? ('include' as const) : ('exclude' as const),
    q: filters.q,
    kind: filters.kind || undefined,
  };
  return useQuery({
    queryKey: [...groupsQueryKey(orgId), 'list', filters],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/groups', { params: { path: { orgId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(orgId: string, groupId: string) {
  return useQuery(
    queryOptions({
      queryKey: groupQueryKey(orgId, groupId),
      queryFn: () =>
        unwrap(
          apiClient.GET('/api/orgs/{orgId}/groups/{groupId}', {
            params: { path: { orgId, groupId } },
          }),
        ),
    }),
  );
}

/** The groups in use, for a "group" select (the reader's own groups for a relay). */
