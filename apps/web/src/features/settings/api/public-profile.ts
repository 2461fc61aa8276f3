// GET and PUT /api/orgs/:orgId/public-profile: whether the organisation publishes its pages.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublicProfileUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const publicProfileKey = (orgId: string) => ['orgs', orgId, 'public-profile'] as const;

export function usePublicProfile(orgId: string) {
  return useQuery({
    queryKey: publicProfileKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/public-profile', { params: { path: { orgId } } })),
  });
}

export function useUpdatePublicProfile(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublicProfileUpdateBody) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/public-profile', { params: { path: { orgId } }, body }),
      ),
    onSuccess: (profile) => queryClient.setQueryData(publicProfileKey(orgId), profile),
  });
}
