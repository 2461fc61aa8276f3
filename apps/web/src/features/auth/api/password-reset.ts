// POST /api/auth/password-reset and its confirmation with the e-mailed token.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { storeMe } from './me';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { email: string }) =>
      unwrap(apiClient.POST('/api/auth/password-reset', { body })),
  });
}

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      unwrap(apiClient.POST('/api/auth/password-reset/confirm', { body })),
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
