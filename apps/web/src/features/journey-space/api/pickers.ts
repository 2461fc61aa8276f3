// What the resource form picks from: GET /api/orgs/:orgId/media (published files) and GET
// /api/orgs/:orgId/participants?groupId= (the group's participants, to name who a recording shows).
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useReadyMedia(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'media', 'space-picker'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/media', { params: { path: { orgId } } })),
    select: (list) => list.items.filter((media) => media.status === 'ready'),
  });
}

export function useGroupParticipants(orgId: string, groupId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'participants', 'space-picker', groupId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/participants', {
          params: { path: { orgId }, query: { groupId, limit: 200, offset: 0 } },
        }),
      ),
  });
}
