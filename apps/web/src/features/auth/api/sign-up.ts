// POST /api/auth/sign-up: always accepted; the account opens from the e-mailed link.

import { useMutation } from '@tanstack/react-query';
import type { SignUpBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export function useSignUp() {
  return useMutation({
    mutationFn: (body: SignUpBody) => unwrap(apiClient.POST('/api/auth/sign-up', { body })),
  });
}
