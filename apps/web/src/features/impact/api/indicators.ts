// GET the impact indicators of a period, a project and a department, and the rows behind one.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TraceIndicator } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export type ImpactFilterValues = { from: string; to: string; project: string; department: string };

/** Empty filters are left out of the request. */
function filtersQuery(filters: ImpactFilterValues) {
  return {
    from: filters.from,
    to: filters.to,
    projects: filters.project,
    department: filters.department,
  };
}

export function useIndicators(orgId: string, filters: ImpactFilterValues) {
  const query = filtersQuery(filters);
  return useQuery({
    queryKey: ['orgs', orgId, 'impact', query],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/impact/indicators', {
          params: { path: { orgId }, query },
        }),
      ),
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
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/impact/trace', {
          params: { path: { orgId }, query: { ...query, indicator: indicator!, limit: 50 } },
        }),
      ),
    enabled: indicator !== null,
  });
}
