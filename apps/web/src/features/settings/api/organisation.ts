// GET and PATCH /api/orgs/:orgId: the organisation's own settings.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '@/features/auth';
import { apiClient, unwrap } from '@/lib/api-client';

const organisationKey = (orgId: string) => ['orgs', orgId, 'organisation'] as const;

export function useOrganisation(orgId: string) {
  return useQuery({
    queryKey: organisationKey(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}', { params: { path: { orgId } } })),
  });
}

export function useRenameOrganisation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) =>
      unwrap(apiClient.PATCH('/api/orgs/{orgId}', { params: { path: { orgId } }, body })),
    onSuccess: async (organisation) => {
      queryClient.setQueryData(organisationKey(orgId), organisation);
      // The name shows in the header and the switcher, which read it from Me.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
