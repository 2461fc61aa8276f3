// POST /api/auth/verify-email: the link's token opens the account and signs the person in.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { storeMe } from './me';

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(apiClient.POST('/api/auth/verify-email', { body: { token } })),
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
