// GET /api/orgs/:orgId/attendance/sessions?from=&to=: the sessions of a period with their counts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { attendanceQueryKey } from './keys';

export const SESSIONS_PAGE_SIZE = 50;

export function useAttendanceSessions(
  orgId: string,
  range: { from: string; to: string; offset: number },
) {
  const query = { from: range.from, to: range.to, limit: SESSIONS_PAGE_SIZE, offset: range.offset };
  return useQuery({
    queryKey: [...attendanceQueryKey(orgId), 'sessions', range],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/attendance/sessions', {
          params: { path: { orgId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
