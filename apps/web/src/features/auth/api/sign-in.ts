// POST /api/auth/sign-in.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { storeMe } from './me';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => unwrap(apiClient.POST('/api/auth/sign-in', { body })),
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
