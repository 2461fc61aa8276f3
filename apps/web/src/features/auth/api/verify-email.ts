// POST /api/auth/verify-email: the link's token opens the account and signs the person in.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { storeMe } from './me';

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<Me>('/api/auth/verify-email', { token }),
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
