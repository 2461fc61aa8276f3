// A singer's calendar feed of their part's rehearsals: the calendar feeds of kind choirPart
// (GET, POST /api/orgs/:orgId/calendar-feeds, DELETE …/:feedId to revoke).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

const feedsKey = (orgId: string, partId: string) =>
  [...choirsQueryKey(orgId), 'part-feeds', partId] as const;

export function usePartFeeds(orgId: string, partId: string) {
  return useQuery({
    queryKey: feedsKey(orgId, partId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/calendar-feeds', {
          params: { path: { orgId }, query: { kind: 'choirPart', targetId: partId } },
        }),
      ),
  });
}

export function useCreatePartFeed(orgId: string, partId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/calendar-feeds', {
          params: { path: { orgId } },
          body: { kind: 'choirPart', targetId: partId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsKey(orgId, partId) }),
  });
}

export function useRevokePartFeed(orgId: string, partId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/calendar-feeds/{feedId}', {
          params: { path: { orgId, feedId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsKey(orgId, partId) }),
  });
}
