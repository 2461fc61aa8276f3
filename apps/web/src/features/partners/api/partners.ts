// GET /api/orgs/:orgId/partners (search, type, archived, pages) and /partners/:partnerId.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PartnerType } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { partnersQueryKey } from '@/lib/lookups';

export { partnersQueryKey };

export const partnerQueryKey = (orgId: string, partnerId: string) =>
  [...partnersQueryKey(orgId), partnerId] as const;

export type PartnerFilters = {
  q: string;
  type: PartnerType | '';
  includeArchived: boolean;
  offset: number;
};

export const PARTNERS_PAGE_SIZE = 50;

export function usePartners(orgId: string, filters: PartnerFilters) {
  const query = {
    limit: PARTNERS_PAGE_SIZE,
    offset: filters.offset,
    includeArchived: filters.includeArchived ? ('true' as const) : ('false' as const),
    q: filters.q,
    type: filters.type || undefined,
  };
  return useQuery({
    queryKey: [...partnersQueryKey(orgId), 'list', filters],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/partners', { params: { path: { orgId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export const partnerQueryOptions = (orgId: string, partnerId: string) =>
  queryOptions({
    queryKey: partnerQueryKey(orgId, partnerId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/partners/{partnerId}', {
          params: { path: { orgId, partnerId } },
        }),
      ),
  });

export function usePartner(orgId: string, partnerId: string) {
  return useQuery(partnerQueryOptions(orgId, partnerId));
}

/** Names of the partners still in use (not archived), for a "linked partner" select. */
