// GET /api/orgs/:orgId/sessions (a calendar range) and /sessions/:sessionId.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export const sessionsQueryKey = (orgId: string) => ['orgs', orgId, 'sessions'] as const;
export const sessionQueryKey = (orgId: string, sessionId: string) =>
  [...sessionsQueryKey(orgId), 'one', sessionId] as const;

export type CalendarFilters = {
  projectId?: string;
  venueId?: string;
  artistId?: string;
  groupId?: string;
  journeyId?: string;
};

/** Local dates, `to` exclusive (at most six weeks). */
export function useCalendar(
  orgId: string,
  range: { from: string; to: string },
  filters: CalendarFilters,
) {
  const query = { ...filters, from: range.from, to: range.to };
  return useQuery({
    queryKey: [...sessionsQueryKey(orgId), 'calendar', range, filters],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/sessions', { params: { path: { orgId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useSession(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: sessionQueryKey(orgId, sessionId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{sessionId}', {
          params: { path: { orgId, sessionId } },
        }),
      ),
  });
}
