// POST /api/orgs: the creator becomes its admin.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '@/features/auth';
import { apiClient, unwrap } from '@/lib/api-client';

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => unwrap(apiClient.POST('/api/orgs', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
