// GET /api/orgs/:orgId/territories/access (admins, coordinators, viewers): the ranked area.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

/** The query string of an area: `department=48`, `communes=48095,BE-81001`, with `asOf`. */
export type AreaParams = Record<string, string>;

/** The same figures as a spreadsheet file (the browser downloads it with the login cookie). */
export const accessCsvPath = (orgId: string, params: AreaParams) =>
  `/api/orgs/${orgId}/territories/access.csv?${new URLSearchParams(params)}`;

export function useAccessReport(orgId: string, params: AreaParams) {
  return useQuery({
    queryKey: ['orgs', orgId, 'territories', 'access', params],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/territories/access', {
          params: { path: { orgId }, query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
