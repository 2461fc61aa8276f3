// GET /api/orgs/:orgId/attendance/sessions?from=&to=: the sessions of a period with their counts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AttendanceSessionSummary } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { attendanceQueryKey } from './keys';

export const SESSIONS_PAGE_SIZE = 50;

export function useAttendanceSessions(
  orgId: string,
  range: { from: string; to: string; offset: number },
) {
  const params = new URLSearchParams({
    from: range.from,
    to: range.to,
    limit: String(SESSIONS_PAGE_SIZE),
    offset: String(range.offset),
  });
  return useQuery({
    queryKey: [...attendanceQueryKey(orgId), 'sessions', range],
    queryFn: () =>
      api.get<{ items: AttendanceSessionSummary[]; total: number }>(
        `/api/orgs/${orgId}/attendance/sessions?${params}`,
      ),
    placeholderData: keepPreviousData,
  });
}
