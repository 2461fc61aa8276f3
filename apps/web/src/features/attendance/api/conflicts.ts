// GET /api/orgs/:orgId/attendance/conflicts: marks edited differently from several devices.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AttendanceConflict } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { attendanceQueryKey } from './keys';

export const CONFLICTS_PAGE_SIZE = 50;

export function useConflicts(orgId: string, offset: number) {
  return useQuery({
    queryKey: [...attendanceQueryKey(orgId), 'conflicts', offset],
    queryFn: () =>
      api.get<{ items: AttendanceConflict[]; total: number }>(
        `/api/orgs/${orgId}/attendance/conflicts?limit=${CONFLICTS_PAGE_SIZE}&offset=${offset}`,
      ),
    placeholderData: keepPreviousData,
  });
}
