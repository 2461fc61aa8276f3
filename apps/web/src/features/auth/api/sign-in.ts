// POST /api/auth/sign-in.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me, SignInBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { storeMe } from './me';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => api.post<Me>('/api/auth/sign-in', body),
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
