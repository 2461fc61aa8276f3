// The organisation's groups and partners as several features name them: the query keys their
// caches live under (to refresh after a change) and the short lists their pickers offer.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './api-client';

export const groupsQueryKey = (orgId: string) => ['orgs', orgId, 'groups'] as const;
export const partnersQueryKey = (orgId: string) => ['orgs', orgId, 'partners'] as const;

/** `enabled: false` while the list is not needed (the query waits). */
type LookupOptions = { enabled?: boolean };

export function useGroupOptions(orgId: string, { enabled = true }: LookupOptions = {}) {
  return useQuery({
    enabled,
    queryKey: [...groupsQueryKey(orgId), 'options'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/groups', {
          params: { path: { orgId }, query: { limit: 200 } },
        }),
      ),
    select: (data) =>
      data.items.map((group) => ({
        id: group.id,
        name: group.name,
        listedIndividually: group.listedIndividually,
      })),
  });
}

export function usePartnerOptions(orgId: string, { enabled = true }: LookupOptions = {}) {
  return useQuery({
    enabled,
    queryKey: [...partnersQueryKey(orgId), 'options'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/partners', {
          params: { path: { orgId }, query: { limit: 200 } },
        }),
      ),
    select: (data) => data.items.map((partner) => ({ id: partner.id, name: partner.name })),
  });
}
