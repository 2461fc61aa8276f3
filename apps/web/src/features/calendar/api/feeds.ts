// GET, POST /api/orgs/:orgId/calendar-feeds and DELETE /calendar-feeds/:feedId (revoke).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed, CalendarFeedCreateBody, CalendarFeedCreated } from '@tutti/contracts';
import { api } from '@/lib/api-client';

const feedsQueryKey = (orgId: string) => ['orgs', orgId, 'calendar-feeds'] as const;

export function useFeeds(orgId: string) {
  return useQuery({
    queryKey: feedsQueryKey(orgId),
    queryFn: () => api.get<{ items: CalendarFeed[] }>(`/api/orgs/${orgId}/calendar-feeds`),
  });
}

export function useCreateFeed(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarFeedCreateBody) =>
      api.post<CalendarFeedCreated>(`/api/orgs/${orgId}/calendar-feeds`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsQueryKey(orgId) }),
  });
}

export function useRevokeFeed(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) => api.delete(`/api/orgs/${orgId}/calendar-feeds/${feedId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsQueryKey(orgId) }),
  });
}
