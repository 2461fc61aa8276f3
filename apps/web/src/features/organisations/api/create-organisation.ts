// POST /api/orgs: the creator becomes its admin.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organisation } from '@tutti/contracts';
import { meQueryKey } from '@/features/auth';
import { api } from '@/lib/api-client';

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => api.post<Organisation>('/api/orgs', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
