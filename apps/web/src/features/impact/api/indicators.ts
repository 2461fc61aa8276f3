// GET the impact indicators of a period, a project and a department, and the rows behind one.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ImpactIndicators, Trace, TraceIndicator } from '@tutti/contracts';
import { api } from '@/lib/api-client';

export type ImpactFilterValues = { from: string; to: string; project: string; department: string };

export function filtersQuery(filters: ImpactFilterValues) {
  const query = new URLSearchParams();
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  if (filters.project) query.set('projects', filters.project);
  if (filters.department) query.set('department', filters.department);
  return query.toString();
}

export function useIndicators(orgId: string, filters: ImpactFilterValues) {
  const query = filtersQuery(filters);
  return useQuery({
    queryKey: ['orgs', orgId, 'impact', query],
    queryFn: () => api.get<ImpactIndicators>(`/api/orgs/${orgId}/impact/indicators?${query}`),
    placeholderData: keepPreviousData,
    // The footprint is computed in the background: ask again until it is there.
    refetchInterval: (result) => (result.state.data?.carbon.state === 'current' ? false : 3_000),
  });
}

export function useTrace(
  orgId: string,
  filters: ImpactFilterValues,
  indicator: TraceIndicator | null,
) {
  const query = filtersQuery(filters);
  return useQuery({
    queryKey: ['orgs', orgId, 'impact', 'trace', indicator, query],
    queryFn: () =>
      api.get<Trace>(`/api/orgs/${orgId}/impact/trace?indicator=${indicator}&limit=50&${query}`),
    enabled: indicator !== null,
  });
}
