// GET, POST /api/orgs/:orgId/calendar-feeds and DELETE /calendar-feeds/:feedId (revoke).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedCreateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const feedsQueryKey = (orgId: string) => ['orgs', orgId, 'calendar-feeds'] as const;

export function useFeeds(orgId: string) {
  return useQuery({
    queryKey: feedsQueryKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/calendar-feeds', { params: { path: { orgId } } })),
  });
}

export function useCreateFeed(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarFeedCreateBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/calendar-feeds', { params: { path: { orgId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsQueryKey(orgId) }),
  });
}

export function useRevokeFeed(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/calendar-feeds/{feedId}', {
          params: { path: { orgId, feedId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsQueryKey(orgId) }),
  });
}
