// GET /api/orgs/:orgId/sessions/:sessionId/attendance: a session's roster, marks and head counts.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { attendanceQueryKey } from './keys';

export function useSessionAttendance(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: [...attendanceQueryKey(orgId), 'session', sessionId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{sessionId}/attendance', {
          params: { path: { orgId, sessionId } },
        }),
      ),
  });
}
