// GET /api/orgs/:orgId/sessions (a calendar range) and /sessions/:sessionId.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Calendar, Session } from '@tutti/contracts';
import { api } from '@/lib/api-client';

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
  const params = new URLSearchParams({ from: range.from, to: range.to });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return useQuery({
    queryKey: [...sessionsQueryKey(orgId), 'calendar', range, filters],
    queryFn: () => api.get<Calendar>(`/api/orgs/${orgId}/sessions?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useSession(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: sessionQueryKey(orgId, sessionId),
    queryFn: () => api.get<Session>(`/api/orgs/${orgId}/sessions/${sessionId}`),
  });
}
