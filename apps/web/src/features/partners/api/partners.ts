// GET /api/orgs/:orgId/partners (search, type, archived, pages) and /partners/:partnerId.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Partner, PartnerSummary, PartnerType } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export const partnersQueryKey = (orgId: string) => ['orgs', orgId, 'partners'] as const;
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
  const params = new URLSearchParams({
    limit: String(PARTNERS_PAGE_SIZE),
    offset: String(filters.offset),
    includeArchived: String(filters.includeArchived),
  });
  if (filters.q) params.set('q', filters.q);
  if (filters.type) params.set('type', filters.type);
  return useQuery({
    queryKey: [...partnersQueryKey(orgId), 'list', filters],
    queryFn: () =>
      api.get<{ items: PartnerSummary[]; total: number }>(`/api/orgs/${orgId}/partners?${params}`),
    placeholderData: keepPreviousData,
  });
}

export const partnerQueryOptions = (orgId: string, partnerId: string) =>
  queryOptions({
    queryKey: partnerQueryKey(orgId, partnerId),
    queryFn: () => api.get<Partner>(`/api/orgs/${orgId}/partners/${partnerId}`),
  });

export function usePartner(orgId: string, partnerId: string) {
  return useQuery(partnerQueryOptions(orgId, partnerId));
}

/** Names of the partners still in use (not archived), for a "linked partner" select. */
export function usePartnerOptions(orgId: string) {
  return useQuery({
    queryKey: [...partnersQueryKey(orgId), 'options'],
    queryFn: () =>
      api.get<{ items: PartnerSummary[]; total: number }>(`/api/orgs/${orgId}/partners?limit=200`),
    select: (data) => data.items.map((partner) => ({ id: partner.id, name: partner.name })),
  });
}
