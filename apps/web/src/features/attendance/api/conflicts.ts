// GET /api/orgs/:orgId/attendance/conflicts: marks edited differently from several devices.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { attendanceQueryKey } from './keys';

export const CONFLICTS_PAGE_SIZE = 50;

export function useConflicts(orgId: string, offset: number) {
  return useQuery({
    queryKey: [...attendanceQueryKey(orgId), 'conflicts', offset],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/attendance/conflicts', {
          params: { path: { orgId }, query: { limit: CONFLICTS_PAGE_SIZE, offset } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
